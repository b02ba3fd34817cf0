#pragma once

#include "ObpCustomerRecords.h"
#include "ObpFormContext.h"

#include <QWidget>

class ObpTableModel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableView;

// The customer's tax residences: list, add, delete the selected one (after
// a confirmation).
class ObpTaxResidencesTab : public QWidget
{
    Q_OBJECT
public:
    explicit ObpTaxResidencesTab(ObpFormContext *context, QWidget *parent = nullptr);

    void refresh();
    void add();
    void askToDeleteSelected();
    QMessageBox *confirmation() const { return m_confirmation; }

private:
    void show(const QList<ObpTaxResidence> &list);

    ObpFormContext *m_context;
    ObpFieldErrors m_errors;
    QList<ObpTaxResidence> m_list;
    ObpTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_domain = nullptr;
    QLineEdit *m_taxNumber = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QMessageBox *m_confirmation = nullptr;
};
