#pragma once

#include "ItauCustomer.h"

#include <QAbstractTableModel>

// The relationship managers (gerentes) of an Itau client, for a table view.
class ItauManagersTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Who and how to reach them first: the rest may scroll out of view.
    enum Column { Email, Phones, Racf, Functional, Category, Segment, Portfolio, Platform, DigitalService,
                  Structure, Position, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setManagers(const QList<ItauManager> &managers);
    const ItauManager *manager(int row) const;

    // "+57 (4) 6047070 ext. 331 (main); +57 3104567788 (mobile)".
    static QString phonesText(const QList<ItauPhone> &phones);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ItauManager> m_managers;
};
