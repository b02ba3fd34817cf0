#pragma once

#include "SecurityPanel.h"

class QComboBox;
class QLabel;
class QLineEdit;

// Authentication level (POST /reto-management/v1/authentication-level):
// which level of authentication the bank asks for a transaction, for this
// customer, before the adviser carries it out.
class AuthenticationLevelPanel : public SecurityPanel
{
    Q_OBJECT
public:
    explicit AuthenticationLevelPanel(ApiClient *client, QWidget *parent = nullptr);

    void submit();
    QString level() const { return m_level; }

private:
    QLineEdit *m_transactionCode = nullptr;
    QLineEdit *m_requestNumber = nullptr;
    QComboBox *m_adviserType = nullptr;
    QLineEdit *m_adviserNumber = nullptr;
    QLabel *m_result = nullptr;
    QString m_level;
};
