#pragma once

#include "ObpFormContext.h"

#include <QWidget>

class ObpTableModel;
class QCheckBox;
class QPushButton;
class QTableView;

// Get CRM Events of the bank (OBP v1.4.0), optionally only those of the
// customer on screen (by customer number).
class ObpCrmEventsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ObpCrmEventsTab(ObpFormContext *context, QWidget *parent = nullptr);

    void load();

private:
    ObpFormContext *m_context;
    ObpTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_onlyCustomer = nullptr;
    QPushButton *m_loadButton = nullptr;
};
