#pragma once

#include "CustomerBasicData.h"

#include <QAbstractTableModel>
#include <QList>

// The postal addresses of one customer, as a read-only table: address, city
// code, department code, postal code, type, in the bank's own codes.
class CustomerAddressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Address, CityCode, DepartmentCode, PostalCode, Type, ColumnCount };

    explicit CustomerAddressModel(QObject *parent = nullptr);

    void setAddresses(const QList<CustomerPostalAddress> &addresses);
    const QList<CustomerPostalAddress> &addresses() const { return m_addresses; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CustomerPostalAddress> m_addresses;
};
