#include "IntakeProductsTableModel.h"

#include "DisplayFormat.h"

namespace {
QString *textMember(IntakeProduct &p, int column)
{
    switch (column) {
    case IntakeProductsTableModel::AcctType: return &p.acctType;
    case IntakeProductsTableModel::AcctId: return &p.acctId;
    case IntakeProductsTableModel::CardAcctId: return &p.cardAcctId;
    case IntakeProductsTableModel::CardLastDigits: return &p.cardLastDigits;
    case IntakeProductsTableModel::Name: return &p.name;
    case IntakeProductsTableModel::Nickname: return &p.nickname;
    case IntakeProductsTableModel::ExternalId: return &p.externalId;
    case IntakeProductsTableModel::ProductType: return &p.productType;
    case IntakeProductsTableModel::CurCode: return &p.curCode;
    case IntakeProductsTableModel::BankId: return &p.bankId;
    case IntakeProductsTableModel::CurRate: return &p.curRate;
    case IntakeProductsTableModel::TermUnits: return &p.termUnits;
    case IntakeProductsTableModel::MinPmtDueDt: return &p.minPmtDueDt;
    default: return nullptr;
    }
}

double *amountMember(IntakeProduct &p, int column)
{
    switch (column) {
    case IntakeProductsTableModel::Balance: return &p.balance;
    case IntakeProductsTableModel::Limit: return &p.limit;
    case IntakeProductsTableModel::OtherIncome: return &p.otherIncome;
    case IntakeProductsTableModel::MinPmtAmt: return &p.minPmtAmt;
    default: return nullptr;
    }
}

bool *flagMember(IntakeProduct &p, int column)
{
    switch (column) {
    case IntakeProductsTableModel::ExternalXfer: return &p.externalXferRec;
    case IntakeProductsTableModel::ImmediateXfer: return &p.immediateXfer;
    case IntakeProductsTableModel::FlagDebit: return &p.flagDebit;
    case IntakeProductsTableModel::FlagCredit: return &p.flagCredit;
    default: return nullptr;
    }
}
} // namespace

IntakeProductsTableModel::IntakeProductsTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void IntakeProductsTableModel::setProducts(const QList<IntakeProduct> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

int IntakeProductsTableModel::addProduct()
{
    const int row = int(m_products.size());
    beginInsertRows({}, row, row);
    IntakeProduct product;
    product.acctType = QStringLiteral("SDA");
    product.termUnits = QStringLiteral("Monthly");
    m_products.append(product);
    endInsertRows();
    return row;
}

void IntakeProductsTableModel::removeProduct(int row)
{
    if (row < 0 || row >= m_products.size())
        return;
    beginRemoveRows({}, row, row);
    m_products.removeAt(row);
    endRemoveRows();
}

int IntakeProductsTableModel::columnOf(const QString &memberPath)
{
    static const QHash<QString, int> columns{
        {QStringLiteral("acctType"), AcctType},
        {QStringLiteral("depAcctId.acctId"), AcctId},
        {QStringLiteral("cardAcctId.acctId"), CardAcctId},
        {QStringLiteral("cardAcctId.lastDigits"), CardLastDigits},
        {QStringLiteral("name"), Name},
        {QStringLiteral("nickname"), Nickname},
        {QStringLiteral("externalId"), ExternalId},
        {QStringLiteral("product.productType"), ProductType},
        {QStringLiteral("curCode"), CurCode},
        {QStringLiteral("bankId"), BankId},
        {QStringLiteral("acctBal.amt"), Balance},
        {QStringLiteral("LOCLimit.amt"), Limit},
        {QStringLiteral("otherIncome.amt"), OtherIncome},
        {QStringLiteral("curRate"), CurRate},
        {QStringLiteral("termUnits"), TermUnits},
        {QStringLiteral("minPmtCurAmt.amt"), MinPmtAmt},
        {QStringLiteral("minPmtCurAmt.dueDt"), MinPmtDueDt},
        {QStringLiteral("xferRec.externalXferRec"), ExternalXfer},
        {QStringLiteral("xferRec.immediateXfer"), ImmediateXfer},
        {QStringLiteral("xferRec.flagDebit"), FlagDebit},
        {QStringLiteral("xferRec.flagCredit"), FlagCredit},
    };
    return columns.value(memberPath, -1);
}

int IntakeProductsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int IntakeProductsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntakeProductsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size())
        return {};
    IntakeProduct product = m_products.at(index.row());
    const int column = index.column();
    if (isFlag(column)) {
        if (role == Qt::CheckStateRole)
            return *flagMember(product, column) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return *flagMember(product, column) ? tr("yes") : tr("no");
        return {};
    }
    if (isAmount(column)) {
        const double amount = *amountMember(product, column);
        if (role == Qt::EditRole)
            return amount;
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return DisplayFormat::money(amount, product.curCode.isEmpty() ? QStringLiteral("COP") : product.curCode);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const QString text = *textMember(product, column);
    if (role == Qt::EditRole)
        return text;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        if (column == AcctType && IntakeAccountTypes::isKnown(text))
            return QStringLiteral("%1 \u2014 %2").arg(text, IntakeAccountTypes::description(text));
        return text;
    }
    return {};
}

bool IntakeProductsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_products.size())
        return false;
    IntakeProduct &product = m_products[index.row()];
    const int column = index.column();
    if (isFlag(column) && role == Qt::CheckStateRole) {
        *flagMember(product, column) = value.toInt() == Qt::Checked;
    } else if (isAmount(column) && role == Qt::EditRole) {
        bool ok = false;
        const double amount = value.toDouble(&ok);
        if (!ok)
            return false;
        *amountMember(product, column) = amount;
    } else if (QString *text = textMember(product, column); text && role == Qt::EditRole) {
        *text = value.toString().trimmed();
        if (column == AcctType || column == CurCode)
            *text = text->toUpper();
    } else {
        return false;
    }
    emit dataChanged(index, index, {role, Qt::DisplayRole});
    return true;
}

Qt::ItemFlags IntakeProductsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isFlag(index.column()))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant IntakeProductsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case AcctType: return tr("Account type");
    case AcctId: return tr("Account number");
    case CardAcctId: return tr("Card number");
    case CardLastDigits: return tr("Card last digits");
    case Name: return tr("Product name");
    case Nickname: return tr("Nickname");
    case ExternalId: return tr("External id");
    case ProductType: return tr("Product type");
    case CurCode: return tr("Currency");
    case BankId: return tr("Bank id");
    case Balance: return tr("Available balance");
    case Limit: return tr("Credit limit");
    case OtherIncome: return tr("Investment");
    case CurRate: return tr("Interest rate");
    case TermUnits: return tr("Term unit");
    case MinPmtAmt: return tr("Minimum payment");
    case MinPmtDueDt: return tr("Minimum payment due");
    case ExternalXfer: return tr("External transfers");
    case ImmediateXfer: return tr("Immediate transfers");
    case FlagDebit: return tr("Debits");
    case FlagCredit: return tr("Credits");
    default: return {};
    }
}
