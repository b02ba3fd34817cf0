#pragma once

#include "FieldIssue.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Step 1 of enrollment and recovery: the customer proves they hold a card
// of the bank (User validation - enrollment / Recover password validation):
// credit card (CCA) with its CVV or debit card (DBC) with its PIN, and the
// card's last six digits. The PIN/CVV is typed into a hidden field and
// emptied as soon as it is sent.
class CardCheckPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CardCheckPanel(QWidget *parent = nullptr);

    QString accountType() const; // CCA | DBC
    QString secret() const;
    QString lastSix() const;
    void clearSecret();

    void setBusy(bool busy);
    void clearIssues();
    // Puts each issue (wire fields acctType, secretId, acctId) at its field;
    // returns the issues that belong elsewhere.
    FieldIssues showIssues(const FieldIssues &issues);

    QPushButton *verifyButton() const { return m_verify; }

private:
    void updateSecretField();

    QComboBox *m_accountType = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_lastSix = nullptr;
    QPushButton *m_verify = nullptr;
    QHash<QString, QLabel *> m_errors; // by wire field
    QHash<QString, QWidget *> m_fields;
};
