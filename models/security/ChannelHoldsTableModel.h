#pragma once

#include "ChannelHolds.h"

#include <QAbstractTableModel>

// One page of channel holds for a table view.
class ChannelHoldsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Channel, SubChannel, Scope, Product, Status, LockedBy, LockedAt, UnlockedBy, UnlockedAt, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setHolds(const QList<ChannelHold> &holds);
    const ChannelHold *hold(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ChannelHold> m_holds;
};
