#pragma once

#include "ObpCustomer.h"
#include "ObpFormContext.h"

#include <QWidget>

class ObpTableModel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

// Customers for the current user, for the current user at the bank, and the
// firehose (CanUseCustomerFirehoseAtAnyBank), in a sortable, filterable table.
class ObpCustomerListsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ObpCustomerListsTab(ObpFormContext *context, QWidget *parent = nullptr);

    void load();
    ObpTableModel *model() const { return m_model; }

private:
    void show(const QList<ObpCustomer> &customers);
    void openSelected();

    ObpFormContext *m_context;
    QList<ObpCustomer> m_customers;
    QComboBox *m_which = nullptr;
    QSpinBox *m_limit = nullptr;
    QSpinBox *m_offset = nullptr;
    QPushButton *m_loadButton = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_openButton = nullptr;
    ObpTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};
