#pragma once

#include "ObpFormContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// Link a User to a Customer (user_customer_links): the OBP USER_ID of the
// user who will see this customer as theirs.
class ObpUserLinkTab : public QWidget
{
    Q_OBJECT
public:
    explicit ObpUserLinkTab(ObpFormContext *context, QWidget *parent = nullptr);

    void link();

private:
    ObpFormContext *m_context;
    ObpFieldErrors m_errors;
    QLineEdit *m_userId = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_linkButton = nullptr;
};
