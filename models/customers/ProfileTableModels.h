#pragma once

#include "CustomerLocations.h"
#include "RemittanceCustomer.h"

#include <QAbstractTableModel>
#include <QList>

// The lists of the Customer 360 and Remittance lookup views, as read-only
// tables. Qt::DisplayRole is what the teller reads (dates dd/MM/yyyy, codes
// with their descriptions); sortRole is a key that sorts right (dates as
// yyyyMMdd), for a QSortFilterProxyModel with setSortRole(sortRole).
namespace ProfileTables {
constexpr int sortRole = Qt::UserRole + 1;
}

// Get Customer Locations: one row per address, with its phones and who
// created/updated it where.
class CustomerLocationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Type, Address, Neighborhood, City, Department, Phones, Status, Created, Updated, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setLocations(const QList<CustomerLocation> &locations);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CustomerLocation> m_locations;
};

// Get Customer Locations: the customer's e-mails and phones (emailFromInfo,
// phoneNum), one row each.
class CustomerContactPointTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Value, Status, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setContactPoints(const CustomerLocations &locations);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString kind;
        QString value;
        QString status;
    };
    QList<Row> m_rows;
};

// Remittances - Consult customer: listAddress[].
class RemittanceAddressTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Type, Address, City, StateProv, Country, PostalCode, Phone, CellPhone, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setAddresses(const QList<RemittanceAddress> &addresses);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RemittanceAddress> m_addresses;
};

// Remittances - Consult customer: beneficiary[] (the recipients).
class RemittanceBeneficiaryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Identification, Email, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setBeneficiaries(const QList<RemittanceBeneficiary> &beneficiaries);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RemittanceBeneficiary> m_beneficiaries;
};
