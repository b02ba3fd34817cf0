#pragma once

// Private to the SettingsForm*.cpp files (the form is implemented across
// several files, one per section): what more than one section uses.

#include "Environment.h"

#include <QLabel>
#include <QList>
#include <QString>

namespace SettingsFormSupport {

// Field ids of an environment's issues (EnvironmentDraft::issues).
inline const QString caBundleField = QStringLiteral("caBundle");
inline const QString clientIdField = QStringLiteral("clientId");
inline const QString clientSecretField = QStringLiteral("clientSecret");

inline QString uriField(ApiDocument api)
{
    return QStringLiteral("uri:") + Environment::documentName(api);
}

inline const QList<EnvironmentKind> &configurableKinds()
{
    static const QList<EnvironmentKind> kinds = {EnvironmentKind::Sandbox, EnvironmentKind::QA, EnvironmentKind::Live};
    return kinds;
}

inline const QList<EnvironmentKind> &allKinds()
{
    static const QList<EnvironmentKind> kinds = {EnvironmentKind::Training, EnvironmentKind::Sandbox,
                                                 EnvironmentKind::QA, EnvironmentKind::Live};
    return kinds;
}

inline QLabel *makeNote(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #3c4043;"));
    return label;
}

} // namespace SettingsFormSupport
