#pragma once

#include "ObpFormContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// Get Customer by CUSTOMER_ID or by CUSTOMER_NUMBER at the chosen bank.
class ObpFindCustomerTab : public QWidget
{
    Q_OBJECT
public:
    explicit ObpFindCustomerTab(ObpFormContext *context, QWidget *parent = nullptr);

    void find();

private:
    ObpFormContext *m_context;
    QRadioButton *m_byId = nullptr;
    QRadioButton *m_byNumber = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_valueError = nullptr;
    QPushButton *m_findButton = nullptr;
};
