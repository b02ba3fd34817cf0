#include "NameByAccountForm.h"

#include "IdentificationType.h"
#include "Masking.h"
#include "RequestBusyRow.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NameByAccountForm::NameByAccountForm(ApiClient *client, QWidget *parent) : QWidget(parent), m_api(client)
{
    setObjectName(QStringLiteral("nameByAccountForm"));
    setAccessibleName(tr("Name by account"));
    buildUi();
    FormParts::cancelOnEscape(this, [this] { cancel(); });
}

NameByAccountForm::~NameByAccountForm()
{
    m_active = 0;
    m_call.cancel();
}

void NameByAccountForm::buildUi()
{
    QLabel *heading = FormParts::pageHeading(tr("Name by account"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Check who holds an account: enter the customer's identification and the account "
           "number; the bank answers with the holder's name only if they match."),
        this);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    auto *box = new QGroupBox(tr("Identification and account"), this);
    m_type = new QComboBox(box);
    m_type->setObjectName(QStringLiteral("identificationType"));
    m_type->setAccessibleName(tr("Identification type"));
    for (IdentificationType type : IdentificationTypes::all())
        m_type->addItem(tr("%1 \u2014 %2").arg(IdentificationTypes::code(type), IdentificationTypes::description(type)),
                        IdentificationTypes::code(type));
    m_number = new QLineEdit(box);
    m_number->setObjectName(QStringLiteral("identificationNumber"));
    m_number->setAccessibleName(tr("Identification number"));
    m_number->setMaxLength(NameByAccountQuery::maxIdentSerialNumLength);
    m_account = new QLineEdit(box);
    m_account->setObjectName(QStringLiteral("accountNumber"));
    m_account->setAccessibleName(tr("Account number"));
    m_account->setMaxLength(NameByAccountQuery::maxAcctIdLength);
    m_account->setPlaceholderText(tr("digits only, e.g. 24500112233"));
    m_typeError = FormParts::fieldErrorLabel(QStringLiteral("identificationTypeError"), box);
    m_numberError = FormParts::fieldErrorLabel(QStringLiteral("identificationNumberError"), box);
    m_accountError = FormParts::fieldErrorLabel(QStringLiteral("accountNumberError"), box);

    auto *form = new QFormLayout(box);
    auto *typeLabel = new QLabel(tr("Identification &type:"), box);
    typeLabel->setBuddy(m_type);
    auto *numberLabel = new QLabel(tr("Identification &number:"), box);
    numberLabel->setBuddy(m_number);
    auto *accountLabel = new QLabel(tr("&Account number:"), box);
    accountLabel->setBuddy(m_account);
    form->addRow(typeLabel, m_type);
    form->addRow(QString(), m_typeError);
    form->addRow(numberLabel, m_number);
    form->addRow(QString(), m_numberError);
    form->addRow(accountLabel, m_account);
    form->addRow(QString(), m_accountError);
    m_type->setMinimumWidth(280);
    box->setMaximumWidth(640);

    m_checkButton = new QPushButton(tr("&Check holder"), this);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setAccessibleName(tr("Check holder"));
    m_checkButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_checkButton->setAutoDefault(true);
    m_busy = new RequestBusyRow(QStringLiteral("nameByAccount"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_busy);
    buttons->addStretch(1);

    m_resultBox = new QGroupBox(tr("Holder"), this);
    m_resultBox->setObjectName(QStringLiteral("holderBox"));
    m_holderName = new QLabel(m_resultBox);
    m_holderName->setObjectName(QStringLiteral("holderName"));
    m_holderName->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont nameFont = m_holderName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_holderName->setFont(nameFont);
    m_resultDetail = new QLabel(m_resultBox);
    m_resultDetail->setObjectName(QStringLiteral("holderDetail"));
    auto *resultLayout = new QVBoxLayout(m_resultBox);
    resultLayout->addWidget(m_holderName);
    resultLayout->addWidget(m_resultDetail);
    m_resultBox->setMaximumWidth(640);
    m_resultBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(box);
    layout->addLayout(buttons);
    layout->addWidget(m_resultBox);
    layout->addStretch(1);

    connect(m_checkButton, &QPushButton::clicked, this, &NameByAccountForm::check);
    connect(m_busy, &RequestBusyRow::cancelRequested, this, &NameByAccountForm::cancel);
    connect(m_number, &QLineEdit::returnPressed, this, &NameByAccountForm::check);
    connect(m_account, &QLineEdit::returnPressed, this, &NameByAccountForm::check);
    connect(m_number, &QLineEdit::textEdited, this, [this] { setIssue(m_numberError, m_number, {}); });
    connect(m_account, &QLineEdit::textEdited, this, [this] { setIssue(m_accountError, m_account, {}); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        setIssue(m_typeError, m_type, {});
        setIssue(m_numberError, m_number, {});
    });
}

NameByAccountQuery NameByAccountForm::query() const
{
    return NameByAccountQuery{m_type->currentData().toString(), m_number->text().trimmed(), m_account->text().trimmed()};
}

void NameByAccountForm::check()
{
    if (isBusy())
        return;
    m_banner->clear();
    clearIssues();
    const NameByAccountQuery q = query();
    const FieldIssues issues = q.validate();
    if (!issues.isEmpty()) {
        showIssues(issues);
        return;
    }
    m_resultBox->hide();
    const quint64 id = ++m_last;
    m_active = id;
    m_call = m_api.nameByAccount(q);
    setBusy(true);
    m_call.then(this, [this, id, q](const Result<NameByAccountReply> &result) {
        if (id != m_active)
            return;
        handle(result, q);
    });
}

void NameByAccountForm::cancel()
{
    if (!isBusy())
        return;
    m_active = 0;
    m_call.cancel();
    setBusy(false);
    AccountForms::showError(m_banner, ApiError::make(ApiError::Kind::Cancelled));
}

void NameByAccountForm::handle(const Result<NameByAccountReply> &result, const NameByAccountQuery &q)
{
    m_active = 0;
    setBusy(false);
    if (result.ok()) {
        m_holderName->setText(result.value().fullName);
        m_resultDetail->setText(tr("Holder of account %1 (%2 %3).")
                                    .arg(q.acctId, q.govIssueIdentType, Masking::identity(q.identSerialNum)));
        m_resultBox->show();
        m_banner->showMessage(MessageBanner::Type::Positive, tr("The identification holds the account."));
        return;
    }
    const ApiError &error = result.error();
    QString text;
    switch (nameByAccountProblem(error.httpStatus, error.code)) {
    case NameByAccountProblem::NotHolder:
        text = tr("This identification is not the holder of the account.");
        setIssue(m_accountError, m_account,
                 tr("The customer is not the holder of this account. Check the account number with the customer."));
        m_account->setFocus();
        break;
    case NameByAccountProblem::NoAccount:
        text = tr("The account does not exist.");
        setIssue(m_accountError, m_account, tr("There is no account with this number. Check the digits."));
        m_account->setFocus();
        break;
    case NameByAccountProblem::NoHolder:
        text = tr("The bank has no holder on record for this account.");
        setIssue(m_accountError, m_account,
                 tr("No holder is registered for this account; refer the case to the back office."));
        m_account->setFocus();
        break;
    case NameByAccountProblem::NoCustomer:
        text = tr("The identification is not a customer of the bank.");
        setIssue(m_numberError, m_number,
                 tr("No customer has this identification. Check the type and number."));
        m_number->setFocus();
        break;
    case NameByAccountProblem::BankFailure:
        text = tr("The bank could not answer (its own failure). Try again in a few minutes; if it persists, call "
                  "the support desk with the reference below.");
        break;
    case NameByAccountProblem::Other:
        break;
    }
    AccountForms::showError(m_banner, error, text);
}

void NameByAccountForm::setBusy(bool busy)
{
    m_checkButton->setEnabled(!busy);
    m_type->setEnabled(!busy);
    m_number->setReadOnly(busy);
    m_account->setReadOnly(busy);
    if (busy)
        m_busy->start(tr("Asking the bank\u2026 Press Esc to cancel."));
    else
        m_busy->stop();
    emit busyChanged(busy);
}

void NameByAccountForm::clearIssues()
{
    setIssue(m_typeError, m_type, {});
    setIssue(m_numberError, m_number, {});
    setIssue(m_accountError, m_account, {});
}

void NameByAccountForm::showIssues(const FieldIssues &issues)
{
    QWidget *first = nullptr;
    for (const FieldIssue &issue : issues) {
        QWidget *field = nullptr;
        if (issue.field == QLatin1String("govIssueIdentType"))
            setIssue(m_typeError, field = m_type, issue.message);
        else if (issue.field == QLatin1String("identSerialNum"))
            setIssue(m_numberError, field = m_number, issue.message);
        else if (issue.field == QLatin1String("acctId"))
            setIssue(m_accountError, field = m_account, issue.message);
        else
            m_banner->showMessage(MessageBanner::Type::Error, issue.message);
        if (field && !first)
            first = field;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void NameByAccountForm::setIssue(QLabel *label, QWidget *field, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    field->setAccessibleDescription(message);
}
