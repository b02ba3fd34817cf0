#include "ProfileTableModels.h"

#include "BankJson.h"
#include "DisplayFormat.h"
#include "ProfileCodes.h"

#include <QStringList>

namespace {
bool wanted(int role)
{
    return role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole
           || role == ProfileTables::sortRole;
}

// "CODE description" when the bank sent a description, else the code.
QString coded(const QString &code, const QString &description)
{
    if (description.trimmed().isEmpty())
        return code.trimmed();
    if (code.trimmed().isEmpty())
        return description.trimmed();
    return QStringLiteral("%1 %2").arg(code.trimmed(), description.trimmed());
}

// dd/MM/yyyy for display, yyyyMMdd for sorting; as sent when unreadable.
QVariant dateCell(const QString &asSent, int role)
{
    const QDate date = BankJson::date(asSent);
    if (!date.isValid())
        return asSent;
    return role == ProfileTables::sortRole ? date.toString(QStringLiteral("yyyyMMdd")) : DisplayFormat::date(date);
}

QString byWhomWhere(const QString &user, const QString &office)
{
    if (user.isEmpty() && office.isEmpty())
        return {};
    if (office.isEmpty())
        return user;
    return CustomerLocationTableModel::tr("%1, office %2").arg(user.isEmpty() ? QStringLiteral("?") : user, office);
}
} // namespace

// --- locations ---------------------------------------------------------------

void CustomerLocationTableModel::setLocations(const QList<CustomerLocation> &locations)
{
    beginResetModel();
    m_locations = locations;
    endResetModel();
}

int CustomerLocationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_locations.size());
}

int CustomerLocationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerLocationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_locations.size() || !wanted(role))
        return {};
    const CustomerLocation &l = m_locations.at(index.row());
    switch (index.column()) {
    case Type: {
        // Get Customer Locations: 03 residence, 04 office (01 in the example).
        QString description = l.addrTypeDesc;
        if (description.isEmpty() && l.addrTypeCode == QLatin1String("03"))
            description = tr("Residence");
        else if (description.isEmpty() && l.addrTypeCode == QLatin1String("04"))
            description = tr("Office");
        return coded(l.addrTypeCode, description);
    }
    case Address: return l.addr1;
    case Neighborhood: return l.neighborhood;
    case City: return coded(l.cityCode, l.cityDesc);
    case Department: return coded(l.stateProvCode, l.stateProvDesc);
    case Phones: {
        QStringList phones;
        for (const CustomerLocationPhone &p : l.phoneNum) {
            QString phone = p.cellPhone;
            if (!p.phoneExt.trimmed().isEmpty())
                phone += tr(" ext. %1").arg(p.phoneExt.trimmed());
            if (!phone.trimmed().isEmpty())
                phones << phone.trimmed();
        }
        return phones.join(QStringLiteral(", "));
    }
    case Status: {
        QString description = l.conditionDesc;
        if (description.isEmpty())
            description = l.isCurrent() ? tr("Current") : (l.conditionCode.isEmpty() ? QString() : tr("Not current"));
        return description;
    }
    case Created: {
        if (role == ProfileTables::sortRole)
            return dateCell(l.createdDt, role);
        const QString who = byWhomWhere(l.user, l.submitOfficeBranchId);
        const QString when = dateCell(l.createdDt, role).toString();
        return who.isEmpty() ? when : tr("%1 by %2").arg(when, who);
    }
    case Updated: {
        if (role == ProfileTables::sortRole)
            return dateCell(l.upDt, role);
        const QString who = byWhomWhere(l.modifierUser, l.administrationOfficeBranchId);
        const QString when = dateCell(l.upDt, role).toString();
        return who.isEmpty() ? when : tr("%1 by %2").arg(when, who);
    }
    default: return {};
    }
}

QVariant CustomerLocationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type: return tr("Type");
    case Address: return tr("Address");
    case Neighborhood: return tr("Neighborhood");
    case City: return tr("City");
    case Department: return tr("Department");
    case Phones: return tr("Phones");
    case Status: return tr("Status");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    default: return {};
    }
}

// --- e-mails and phones --------------------------------------------------------

void CustomerContactPointTableModel::setContactPoints(const CustomerLocations &locations)
{
    beginResetModel();
    m_rows.clear();
    const auto condition = [](const QString &code, const QString &description) {
        if (!description.trimmed().isEmpty())
            return description.trimmed();
        if (code.compare(QLatin1String("V"), Qt::CaseInsensitive) == 0)
            return tr("Current");
        if (code.compare(QLatin1String("N"), Qt::CaseInsensitive) == 0)
            return tr("Not current");
        return code;
    };
    for (const CustomerLocationEmail &e : locations.emails)
        m_rows.append({tr("E-mail"), e.emailAddr, condition(e.condition, {})});
    for (const CustomerLocationPhone &p : locations.phoneNum) {
        QString kind = p.typeDesc;
        if (kind.isEmpty() && p.typeCode == QLatin1String("CEL"))
            kind = tr("Cellphone");
        else if (kind.isEmpty() && p.typeCode == QLatin1String("ADI"))
            kind = tr("Additional phone");
        m_rows.append({coded(p.typeCode, kind), p.cellPhone, condition(p.conditionCode, p.conditionDesc)});
    }
    endResetModel();
}

int CustomerContactPointTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerContactPointTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerContactPointTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || !wanted(role))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (index.column()) {
    case Kind: return r.kind;
    case Value: return r.value;
    case Status: return r.status;
    default: return {};
    }
}

QVariant CustomerContactPointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Kind");
    case Value: return tr("E-mail or phone");
    case Status: return tr("Status");
    default: return {};
    }
}

// --- remittance addresses ------------------------------------------------------

void RemittanceAddressTableModel::setAddresses(const QList<RemittanceAddress> &addresses)
{
    beginResetModel();
    m_addresses = addresses;
    endResetModel();
}

int RemittanceAddressTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_addresses.size());
}

int RemittanceAddressTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemittanceAddressTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_addresses.size() || !wanted(role))
        return {};
    const RemittanceAddress &a = m_addresses.at(index.row());
    switch (index.column()) {
    case Type: {
        const QString description = ProfileCodes::remittanceAddressType(a.addrType);
        return description == a.addrType.trimmed() ? description : coded(a.addrType, description);
    }
    case Address: return a.addr1;
    case City: return a.cityId.isEmpty() ? a.city : QStringLiteral("%1 (%2)").arg(a.city, a.cityId);
    case StateProv: return a.stateProv;
    case Country: return a.country;
    case PostalCode: return a.postalCode;
    case Phone: return a.phone;
    case CellPhone: return a.cellPhone;
    default: return {};
    }
}

QVariant RemittanceAddressTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type: return tr("Type");
    case Address: return tr("Address");
    case City: return tr("City");
    case StateProv: return tr("State / department");
    case Country: return tr("Country");
    case PostalCode: return tr("Postal code");
    case Phone: return tr("Phone");
    case CellPhone: return tr("Cellphone");
    default: return {};
    }
}

// --- beneficiaries ---------------------------------------------------------------

void RemittanceBeneficiaryTableModel::setBeneficiaries(const QList<RemittanceBeneficiary> &beneficiaries)
{
    beginResetModel();
    m_beneficiaries = beneficiaries;
    endResetModel();
}

int RemittanceBeneficiaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_beneficiaries.size());
}

int RemittanceBeneficiaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemittanceBeneficiaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_beneficiaries.size() || !wanted(role))
        return {};
    const RemittanceBeneficiary &b = m_beneficiaries.at(index.row());
    switch (index.column()) {
    case Name: return b.fullName();
    case Identification: return b.identSerialNum;
    case Email: return b.emailAddr;
    default: return {};
    }
}

QVariant RemittanceBeneficiaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Identification: return tr("Identification");
    case Email: return tr("E-mail");
    default: return {};
    }
}
