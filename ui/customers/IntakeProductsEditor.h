#pragma once

#include "SyncDataRequest.h"

#include <QWidget>

class IntakeProductsTableModel;
class QLabel;
class QPushButton;
class QTableView;

// The products table of the intake: add and remove rows, the account type
// chosen from the document's sixteen (with their descriptions), balances,
// limits and transfer flags edited in place.
class IntakeProductsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit IntakeProductsEditor(QWidget *parent = nullptr);

    QList<IntakeProduct> products() const;
    IntakeProductsTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // A listAccounts[...] problem: listed under the table, its cell
    // selected. False when `path` is not a product's.
    bool showIssue(const QString &path, const QString &message);
    void clearIssues();
    void setReadOnly(bool readOnly);

private:
    IntakeProductsTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_issues;
};
