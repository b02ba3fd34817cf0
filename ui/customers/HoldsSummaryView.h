#pragma once

#include "ChannelHolds.h"

#include <QWidget>

class ChannelHoldsTableModel;
class FilterableTable;
class QLabel;

// The channel holds of the 360 view (SecurityApi::channelHolds, first page):
// how many, how many locked, and the rows.
class HoldsSummaryView : public QWidget
{
    Q_OBJECT
public:
    explicit HoldsSummaryView(QWidget *parent = nullptr);

    void showHolds(const ChannelHolds &holds);
    QString plainText() const;

private:
    QLabel *m_summary;
    ChannelHoldsTableModel *m_model;
    FilterableTable *m_table;
};
