#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

// Rows of text for the OBP tables (customers, addresses, tax residences,
// handles, CRM events): the form gives the headers and, per row, its cells
// and the record id it stands for. Sorting and filtering are left to a
// QSortFilterProxyModel on top.
class ObpTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ObpTableModel(QStringList headers, QObject *parent = nullptr);

    struct Row
    {
        QString id;
        QStringList cells;
    };

    void setRows(QList<Row> rows);
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int IdRole = Qt::UserRole + 1;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};
