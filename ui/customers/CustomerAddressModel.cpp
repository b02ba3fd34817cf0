#include "CustomerAddressModel.h"

CustomerAddressModel::CustomerAddressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomerAddressModel::setAddresses(const QList<CustomerPostalAddress> &addresses)
{
    beginResetModel();
    m_addresses = addresses;
    endResetModel();
}

int CustomerAddressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_addresses.size());
}

int CustomerAddressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerAddressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const CustomerPostalAddress &address = m_addresses.at(index.row());
    switch (index.column()) {
    case Address: return address.addr1;
    case CityCode: return address.cityId;
    case DepartmentCode: return address.stateProv;
    case PostalCode: return address.postalCode;
    case Type: return address.addrType;
    default: return {};
    }
}

QVariant CustomerAddressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Address: return tr("Address");
    case CityCode: return tr("City code");
    case DepartmentCode: return tr("Department code");
    case PostalCode: return tr("Postal code");
    case Type: return tr("Type");
    default: return {};
    }
}
