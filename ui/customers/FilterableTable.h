#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// A read-only list of a profile view: a filter field over a sortable table
// (click a header to sort; dates sort as dates). The table is as tall as its
// rows up to `maxVisibleRows`, then it scrolls.
class FilterableTable : public QWidget
{
    Q_OBJECT
public:
    // `name` prefixes the object names ("beneficiaries" -> "beneficiariesTable",
    // "beneficiariesFilter"); `caption` labels the table (with a mnemonic).
    FilterableTable(QAbstractItemModel *model, const QString &name, const QString &caption,
                    QWidget *parent = nullptr, int maxVisibleRows = 6);

    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // Call after the model changed: resizes the table and says how many rows show.
    void refresh();

private:
    QAbstractItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_count;
    int m_maxVisibleRows;
};
