#pragma once

#include "ObpCustomerRecords.h"
#include "ObpFormContext.h"

#include <QWidget>

class ObpTableModel;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableView;

// The customer's social media handles: list and add.
class ObpSocialMediaTab : public QWidget
{
    Q_OBJECT
public:
    explicit ObpSocialMediaTab(ObpFormContext *context, QWidget *parent = nullptr);

    void refresh();
    void add();

private:
    void show(const QList<ObpSocialMediaHandle> &handles);

    ObpFormContext *m_context;
    ObpFieldErrors m_errors;
    ObpTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_handle = nullptr;
    QDateEdit *m_dateAdded = nullptr;
    QDateEdit *m_dateActivated = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
};
