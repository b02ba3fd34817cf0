#pragma once

#include "PasswordPolicy.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// Step 2 of enrollment and recovery: the customer's new password, typed
// twice in hidden fields, with the bank's OUD policy (codes 1008-1020)
// checked on every keystroke and each broken rule listed under the field.
// The submit button waits until the card was verified (step 1), the policy
// holds and both entries match.
class NewPasswordPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NewPasswordPanel(QWidget *parent = nullptr);

    // The customer's identification number (rule 1008: not equal to it).
    void setIdentification(const QString &number);
    // Create user (false) or recover the password (true): the button says which.
    void setRecovery(bool recovery);
    // Whether step 1 succeeded for the customer now on screen; `who` names them.
    void setVerified(bool verified, const QString &who = {});
    void setBusy(bool busy);

    QString password() const;
    // Every rule broken by the current entry (empty when none is typed).
    QList<PasswordPolicy::Violation> violations() const;
    bool readyToSend() const;
    // Empties both fields (after sending, whatever the answer).
    void clearPasswords();

    QPushButton *submitButton() const { return m_submit; }

private:
    void update();

    PasswordPolicy m_policy;
    QString m_identification;
    bool m_verified = false;
    bool m_busy = false;
    QLabel *m_gate = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_rules = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QLabel *m_confirmationError = nullptr;
    QPushButton *m_submit = nullptr;
};
