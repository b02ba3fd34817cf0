#include "PaymentPart.h"

#include "Masking.h"
#include "PolicyCodes.h"
#include "SaleInputs.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace SaleInputs;

namespace {
const QString bankOfTheBank = QStringLiteral("32"); // Banco Caja Social: the usual case
}

PaymentPart::PaymentPart(SaleFieldErrors *errors, QWidget *parent)
    : QGroupBox(tr("Payment"), parent)
{
    setObjectName(QStringLiteral("paymentPart"));
    m_payByCard = new QRadioButton(tr("B&y card"), this);
    m_payByCard->setObjectName(QStringLiteral("payByCard"));
    m_payByCard->setChecked(true);
    m_payByAccount = new QRadioButton(tr("By acco&unt debit"), this);
    m_payByAccount->setObjectName(QStringLiteral("payByAccount"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_payByCard);
    group->addButton(m_payByAccount);

    m_cardBox = new QWidget(this);
    m_cardBank = combo(QStringLiteral("cardBank"), tr("Card's bank"), m_cardBox);
    fill(m_cardBank, PolicyCodes::banks());
    select(m_cardBank, bankOfTheBank);
    m_cardType = combo(QStringLiteral("cardType"), tr("Card type"), m_cardBox);
    fill(m_cardType, PolicyCodes::cardTypes());
    m_cardNumberEdit = lineEdit(QStringLiteral("cardNumber"), tr("Card number"), m_cardBox, 19);
    m_cardNumberEdit->setPlaceholderText(tr("12 to 19 digits; masked once entered"));
    m_cardNumberEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9*]{0,19}")), m_cardNumberEdit));
    m_cardExpiry = lineEdit(QStringLiteral("cardExpiry"), tr("Card expiry (MM/YY)"), m_cardBox, 5);
    m_cardExpiry->setPlaceholderText(tr("MM/YY"));
    m_cardExpiry->setMaximumWidth(80);
    m_cardDebitDay = new QSpinBox(m_cardBox);
    m_cardDebitDay->setObjectName(QStringLiteral("cardDebitDay"));
    m_cardDebitDay->setAccessibleName(tr("Debit day of the month"));
    m_cardDebitDay->setRange(1, 31);
    auto *cardForm = new QFormLayout(m_cardBox);
    cardForm->setContentsMargins(24, 0, 0, 0);
    addRow(cardForm, tr("Ban&k:"), m_cardBank, errors->wrap(m_cardBank, QStringLiteral("ccAcctRec.code")));
    addRow(cardForm, tr("Card ty&pe:"), m_cardType, errors->wrap(m_cardType, QStringLiteral("ccAcctRec.cardType")));
    addRow(cardForm, tr("Card nu&mber:"), m_cardNumberEdit, errors->wrap(m_cardNumberEdit, QStringLiteral("ccAcctRec.acctId")));
    addRow(cardForm, tr("E&xpiry:"), m_cardExpiry, errors->wrap(m_cardExpiry, QStringLiteral("ccAcctRec.expDt")));
    addRow(cardForm, tr("Debi&t day:"), m_cardDebitDay,
           errors->wrap(m_cardDebitDay, QStringLiteral("ccAcctRec.dayofDebitMonthly")));

    m_accountBox = new QWidget(this);
    m_accountBank = combo(QStringLiteral("accountBank"), tr("Account's bank"), m_accountBox);
    fill(m_accountBank, PolicyCodes::banks());
    select(m_accountBank, bankOfTheBank);
    m_accountType = combo(QStringLiteral("accountType"), tr("Account type"), m_accountBox);
    // The document repeats the card-type list for acctType (a copy slip);
    // its example sends "2". Savings/checking are the bank's account types.
    m_accountType->addItem(tr("1 \u2014 Savings"), QStringLiteral("1"));
    m_accountType->addItem(tr("2 \u2014 Checking"), QStringLiteral("2"));
    m_accountNumber = lineEdit(QStringLiteral("accountNumber"), tr("Account number"), m_accountBox, 20);
    m_accountDebitDay = new QSpinBox(m_accountBox);
    m_accountDebitDay->setObjectName(QStringLiteral("accountDebitDay"));
    m_accountDebitDay->setAccessibleName(tr("Debit day of the month"));
    m_accountDebitDay->setRange(1, 31);
    auto *accountForm = new QFormLayout(m_accountBox);
    accountForm->setContentsMargins(24, 0, 0, 0);
    addRow(accountForm, tr("Bank:"), m_accountBank, errors->wrap(m_accountBank, QStringLiteral("depAcctId.bankId")));
    addRow(accountForm, tr("Account type:"), m_accountType, errors->wrap(m_accountType, QStringLiteral("depAcctId.acctType")));
    addRow(accountForm, tr("Account number:"), m_accountNumber,
           errors->wrap(m_accountNumber, QStringLiteral("depAcctId.acctId")));
    addRow(accountForm, tr("Debit day:"), m_accountDebitDay,
           errors->wrap(m_accountDebitDay, QStringLiteral("depAcctId.dayofDebitMonthly")));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_payByCard);
    layout->addWidget(m_cardBox);
    layout->addWidget(m_payByAccount);
    layout->addWidget(m_accountBox);

    connect(m_payByCard, &QRadioButton::toggled, this, &PaymentPart::updateInputs);
    connect(m_cardNumberEdit, &QLineEdit::editingFinished, this, &PaymentPart::maskCardNumber);
    // Typing again replaces the whole number: a masked one cannot be edited.
    connect(m_cardNumberEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_cardNumber.isEmpty()) {
            m_cardNumber.clear();
            const QString typed = QString(text).remove(QLatin1Char('*'));
            m_cardNumberEdit->setText(typed.right(1));
        }
    });
    updateInputs();
}

bool PaymentPart::byCard() const
{
    return m_payByCard->isChecked();
}

QString PaymentPart::pmtType() const
{
    return byCard() ? QStringLiteral("1") : QStringLiteral("2");
}

void PaymentPart::updateInputs()
{
    m_cardBox->setEnabled(byCard());
    m_accountBox->setEnabled(!byCard());
}

void PaymentPart::maskCardNumber()
{
    const QString text = m_cardNumberEdit->text();
    if (text.isEmpty() || text.contains(QLatin1Char('*')))
        return;
    m_cardNumber = text;
    m_cardNumberEdit->setText(Masking::identity(text));
}

void PaymentPart::forgetCardNumber()
{
    m_cardNumber.clear();
}

void PaymentPart::applyTo(IssuingPerson &person) const
{
    person.cards.clear();
    person.accounts.clear();
    if (byCard()) {
        const QString number = m_cardNumber.isEmpty() ? m_cardNumberEdit->text() : m_cardNumber;
        person.cards = {{code(m_cardBank), code(m_cardType), number, m_cardExpiry->text().trimmed(), std::nullopt,
                         m_cardDebitDay->value(), QStringLiteral("2")}};
    } else {
        person.accounts = {{code(m_accountBank), code(m_accountType), m_accountNumber->text().trimmed(),
                            m_accountDebitDay->value(), QStringLiteral("2")}};
    }
}

void PaymentPart::clear()
{
    m_cardNumber.clear();
    for (QLineEdit *edit : {m_cardNumberEdit, m_cardExpiry, m_accountNumber})
        edit->clear();
}

QJsonObject PaymentPart::toDraft() const
{
    return {{QStringLiteral("byCard"), byCard()},
            {QStringLiteral("cardBank"), code(m_cardBank)},
            {QStringLiteral("cardType"), code(m_cardType)},
            {QStringLiteral("cardDebitDay"), m_cardDebitDay->value()},
            {QStringLiteral("accountBank"), code(m_accountBank)},
            {QStringLiteral("accountType"), code(m_accountType)},
            {QStringLiteral("accountDebitDay"), m_accountDebitDay->value()}};
}

void PaymentPart::restoreDraft(const QJsonObject &draft)
{
    if (draft.isEmpty())
        return;
    (draft.value(QStringLiteral("byCard")).toBool(true) ? m_payByCard : m_payByAccount)->setChecked(true);
    select(m_cardBank, draft.value(QStringLiteral("cardBank")).toString());
    select(m_cardType, draft.value(QStringLiteral("cardType")).toString());
    m_cardDebitDay->setValue(draft.value(QStringLiteral("cardDebitDay")).toInt(1));
    select(m_accountBank, draft.value(QStringLiteral("accountBank")).toString());
    select(m_accountType, draft.value(QStringLiteral("accountType")).toString());
    m_accountDebitDay->setValue(draft.value(QStringLiteral("accountDebitDay")).toInt(1));
}
