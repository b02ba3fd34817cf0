#pragma once

#include "SyncDataRequest.h"

#include <QAbstractTableModel>
#include <QList>

// The products (listAccounts) of a digital-bank intake as an editable
// table: one row per product; the transfer flags are check boxes; amounts
// are numbers (Qt::EditRole) shown as COP (Qt::DisplayRole).
class IntakeProductsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AcctType,
        AcctId,
        CardAcctId,
        CardLastDigits,
        Name,
        Nickname,
        ExternalId,
        ProductType,
        CurCode,
        BankId,
        Balance,
        Limit,
        OtherIncome,
        CurRate,
        TermUnits,
        MinPmtAmt,
        MinPmtDueDt,
        ExternalXfer,
        ImmediateXfer,
        FlagDebit,
        FlagCredit,
        ColumnCount
    };

    explicit IntakeProductsTableModel(QObject *parent = nullptr);

    const QList<IntakeProduct> &products() const { return m_products; }
    void setProducts(const QList<IntakeProduct> &products);
    // A new product (a savings account in COP) at the end; its row.
    int addProduct();
    void removeProduct(int row);

    // The column of a listAccounts[] member path ("acctBal.amt" -> Balance), or -1.
    static int columnOf(const QString &memberPath);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    static bool isFlag(int column) { return column >= ExternalXfer && column <= FlagCredit; }
    static bool isAmount(int column)
    {
        return column == Balance || column == Limit || column == OtherIncome || column == MinPmtAmt;
    }

    QList<IntakeProduct> m_products;
};
