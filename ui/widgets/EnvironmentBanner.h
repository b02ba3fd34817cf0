#pragma once

#include "Environment.h"

#include <QLabel>

// The strip across the top of every screen saying which bank environment the
// console talks to. Training and Live must never be mistaken for each other,
// so each environment has its own colour and its own words.
class EnvironmentBanner : public QLabel
{
    Q_OBJECT
public:
    explicit EnvironmentBanner(QWidget *parent = nullptr);

    void setEnvironment(EnvironmentKind kind);
    EnvironmentKind environment() const { return m_kind; }

    // The short word shown in capitals ("TRAINING", "LIVE" ...), translated.
    static QString label(EnvironmentKind kind);
    // One sentence on what working in that environment means.
    static QString explanation(EnvironmentKind kind);

private:
    EnvironmentKind m_kind = EnvironmentKind::Training;
};
