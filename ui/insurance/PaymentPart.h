#pragma once

#include "PolicyParts.h"

#include <QGroupBox>
#include <QJsonObject>

class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class SaleFieldErrors;

// "Payment" of an issuing step, shared by both sale wizards: by card (bank,
// card type, number, expiry MM/YY, debit day) or by account debit (bank,
// account type, number, debit day). The card number is masked as soon as it
// is entered and kept only in this object's memory; drafts never hold card
// details or the account number.
class PaymentPart : public QGroupBox
{
    Q_OBJECT
public:
    PaymentPart(SaleFieldErrors *errors, QWidget *parent);

    bool byCard() const;
    // pmtReferences.pmtType: "1" card, "2" account debit.
    QString pmtType() const;
    // Puts the chosen payment into personInfo (ccAcctRec or depAcctId).
    void applyTo(IssuingPerson &person) const;
    void maskCardNumber();
    // After issuing: the number is not needed any more.
    void forgetCardNumber();
    void clear();

    // What a draft may keep: the method, banks, types and debit days.
    QJsonObject toDraft() const;
    void restoreDraft(const QJsonObject &draft);

private:
    void updateInputs();

    QString m_cardNumber; // never in a widget after entry
    QRadioButton *m_payByCard = nullptr;
    QRadioButton *m_payByAccount = nullptr;
    QWidget *m_cardBox = nullptr;
    QWidget *m_accountBox = nullptr;
    QComboBox *m_cardBank = nullptr;
    QComboBox *m_cardType = nullptr;
    QLineEdit *m_cardNumberEdit = nullptr;
    QLineEdit *m_cardExpiry = nullptr;
    QSpinBox *m_cardDebitDay = nullptr;
    QComboBox *m_accountBank = nullptr;
    QComboBox *m_accountType = nullptr;
    QLineEdit *m_accountNumber = nullptr;
    QSpinBox *m_accountDebitDay = nullptr;
};
