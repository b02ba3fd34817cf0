#include "OneTimeCodesForm.h"
#include "widgets/FormParts.h"

#include "CorrespondentPayoutPanel.h"
#include "IdentificationType.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QLineEdit *digitsEdit(const QString &objectName, const QString &accessibleName, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), edit));
    return edit;
}
} // namespace

OneTimeCodesForm::OneTimeCodesForm(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_api(client)
{
    // Esc stops a running request, as in every form.
    FormParts::cancelOnEscape(this, [this] { m_call.abort(); });
    setObjectName(QStringLiteral("oneTimeCodesForm"));
    setAccessibleName(tr("One-time codes"));
    buildUi();
}

OneTimeCodesForm::~OneTimeCodesForm() = default;

void OneTimeCodesForm::buildUi()
{
    QLabel *heading = FormParts::pageHeading(tr("One-time codes"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Generate one-time codes for a customer's operation (a cardless withdrawal, a code with a purpose or "
           "a correspondent payout) and validate the codes the customer gives."),
        this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    auto *customerBox = new QGroupBox(tr("Customer"), this);
    auto *customerForm = new QFormLayout(customerBox);
    const auto addField = [this](QFormLayout *form, QWidget *owner, const QString &label, const QString &wire,
                                 QWidget *field, const char *errorName) {
        QLabel *error = FormParts::fieldErrorLabel(QString::fromLatin1(errorName), owner);
        m_errorLabels.insert(wire, error);
        m_fields.insert(wire, field);
        auto *box = new QWidget(owner);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        layout->addWidget(error);
        auto *caption = new QLabel(label, owner);
        caption->setBuddy(field);
        form->addRow(caption, box);
    };
    m_identificationType = new QComboBox(customerBox);
    m_identificationType->setObjectName(QStringLiteral("identificationType"));
    m_identificationType->setAccessibleName(tr("Identification type"));
    for (IdentificationType type : IdentificationTypes::all()) {
        m_identificationType->addItem(
            tr("%1 \u2014 %2").arg(IdentificationTypes::code(type), IdentificationTypes::description(type)),
            IdentificationTypes::code(type));
    }
    addField(customerForm, customerBox, tr("Identification &type:"), QStringLiteral("govIssueIdentType"),
             m_identificationType, "identificationTypeError");
    m_identificationNumber = new QLineEdit(customerBox);
    m_identificationNumber->setObjectName(QStringLiteral("identificationNumber"));
    m_identificationNumber->setAccessibleName(tr("Identification number"));
    m_identificationNumber->setMaxLength(SecurityJson::maxIdentSerialNumLength);
    addField(customerForm, customerBox, tr("Identification &number:"), QStringLiteral("identSerialNum"),
             m_identificationNumber, "identificationNumberError");

    auto *otpBox = new QGroupBox(tr("Withdrawal without card: OTP"), this);
    otpBox->setObjectName(QStringLiteral("otpBox"));
    auto *otpForm = new QFormLayout(otpBox);
    m_account = digitsEdit(QStringLiteral("account"), tr("Account to debit"), WithdrawalOtpRequest::maxAccountLength, otpBox);
    addField(otpForm, otpBox, tr("&Account:"), QStringLiteral("acctId"), m_account, "accountError");
    m_amount = digitsEdit(QStringLiteral("amount"), tr("Amount in pesos"), WithdrawalOtpRequest::maxAmountDigits, otpBox);
    addField(otpForm, otpBox, tr("A&mount (COP):"), QStringLiteral("amt"), m_amount, "amountError");
    m_purposeId = new QLineEdit(QStringLiteral("001"), otpBox);
    m_purposeId->setObjectName(QStringLiteral("purposeId"));
    m_purposeId->setAccessibleName(tr("OTC purpose id"));
    m_purposeId->setMaxLength(10);
    addField(otpForm, otpBox, tr("OTC &purpose id:"), QStringLiteral("idOtc"), m_purposeId, "purposeIdError");
    m_requestOtpButton = new QPushButton(tr("&Request OTP"), otpBox);
    m_requestOtpButton->setObjectName(QStringLiteral("requestOtpButton"));
    m_requestOtpButton->setProperty("submitsForm", true); // Ctrl+Enter
    // A button as wide as its caption, not as the fields above it.
    m_requestOtpButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    otpForm->addRow(QString(), m_requestOtpButton);
    m_otpValue = new QLabel(otpBox);
    m_otpValue->setObjectName(QStringLiteral("otpValue"));
    m_otpValue->setAccessibleName(tr("One-time password"));
    QFont otpFont(QStringLiteral("monospace"));
    otpFont.setStyleHint(QFont::Monospace);
    otpFont.setPointSizeF(heading->font().pointSizeF() * 1.6);
    otpFont.setBold(true);
    m_otpValue->setFont(otpFont);
    m_otpValue->hide();
    m_hideOtpButton = new QPushButton(tr("&Done: hide the OTP"), otpBox);
    m_hideOtpButton->setObjectName(QStringLiteral("hideOtpButton"));
    m_hideOtpButton->hide();
    otpForm->addRow(m_otpValue);
    // A button as wide as its caption, not as the fields above it.
    m_hideOtpButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    otpForm->addRow(QString(), m_hideOtpButton);
    m_otpTimer = new QTimer(this);
    m_otpTimer->setSingleShot(true);
    m_otpTimer->setInterval(otpVisibleSeconds * 1000);

    auto *otcBox = new QGroupBox(tr("One-time code with a purpose"), this);
    otcBox->setObjectName(QStringLiteral("otcBox"));
    auto *otcForm = new QFormLayout(otcBox);
    m_otcIssue = new QLineEdit(otcBox);
    m_otcIssue->setObjectName(QStringLiteral("otcIssue"));
    m_otcIssue->setAccessibleName(tr("Purpose of the code"));
    m_otcIssue->setMaxLength(30);
    addField(otcForm, otcBox, tr("P&urpose:"), QStringLiteral("otcIssue"), m_otcIssue, "otcIssueError");
    m_otcCellphone = digitsEdit(QStringLiteral("otcCellphone"), tr("Cellphone the code goes to"), 15, otcBox);
    addField(otcForm, otcBox, tr("Cell&phone:"), QStringLiteral("contactInfo"), m_otcCellphone, "otcCellphoneError");
    m_errorLabels.insert(QStringLiteral("contactInfo.cellPhone"), m_errorLabels.value(QStringLiteral("contactInfo")));
    m_otcValue = digitsEdit(QStringLiteral("otcValue"), tr("Code the customer received"), 8, otcBox);
    m_otcValue->setEchoMode(QLineEdit::Password);
    addField(otcForm, otcBox, tr("Code &received:"), QStringLiteral("otc.otcValue"), m_otcValue, "otcValueError");
    m_generateButton = new QPushButton(tr("&Generate code"), otcBox);
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_validateButton = new QPushButton(tr("&Validate code"), otcBox);
    m_validateButton->setObjectName(QStringLiteral("validateButton"));
    auto *otcButtons = new QHBoxLayout;
    otcButtons->addWidget(m_generateButton);
    otcButtons->addWidget(m_validateButton);
    otcButtons->addStretch(1);
    otcForm->addRow(otcButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(customerBox);
    // One tab per kind of code; the customer box above serves all three.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("codeTabs"));
    tabs->setAccessibleName(tr("Kinds of one-time code"));
    tabs->addTab(otpBox, tr("Withdrawal &OTP"));
    tabs->addTab(otcBox, tr("Code with a purpo&se"));
    tabs->addTab(new CorrespondentPayoutPanel(
                     m_api.client(), [this] { return m_identificationNumber->text(); }, tabs),
                 tr("&Correspondent payout"));
    layout->addWidget(tabs);
    layout->addStretch(1);

    connect(m_requestOtpButton, &QPushButton::clicked, this, &OneTimeCodesForm::requestOtp);
    connect(m_hideOtpButton, &QPushButton::clicked, this, &OneTimeCodesForm::hideOtp);
    connect(m_otpTimer, &QTimer::timeout, this, &OneTimeCodesForm::hideOtp);
    connect(m_generateButton, &QPushButton::clicked, this, &OneTimeCodesForm::generateCode);
    connect(m_validateButton, &QPushButton::clicked, this, &OneTimeCodesForm::validateCode);
}

QString OneTimeCodesForm::identificationType() const
{
    return m_identificationType->currentData().toString();
}

void OneTimeCodesForm::requestOtp()
{
    if (isBusy())
        return;
    hideOtp();
    m_banner->clear();
    clearIssues();
    WithdrawalOtpRequest request;
    request.govIssueIdentType = identificationType();
    request.identSerialNum = m_identificationNumber->text().trimmed();
    request.acctId = m_account->text().trimmed();
    request.amt = m_amount->text().trimmed();
    request.idOtc = m_purposeId->text().trimmed();
    const FieldIssues issues = request.validate();
    if (!issues.isEmpty()) {
        showIssues(issues);
        return;
    }
    m_call.await(m_api.requestWithdrawalOtp(request), [this](const WithdrawalOtpReply &reply) {
        m_otpValue->setText(reply.otpValue);
        m_otpValue->show();
        m_hideOtpButton->show();
        m_hideOtpButton->setFocus(Qt::OtherFocusReason);
        m_otpTimer->start();
        m_banner->showMessage(MessageBanner::Type::Positive,
                              tr("Read the OTP to the customer now. It is shown once and disappears in %n second(s).",
                                 nullptr, otpVisibleSeconds));
    });
}

void OneTimeCodesForm::hideOtp()
{
    m_otpTimer->stop();
    if (m_otpValue->text().isEmpty())
        return;
    // Gone for good: the console keeps no copy to show again.
    m_otpValue->clear();
    m_otpValue->hide();
    m_hideOtpButton->hide();
    m_banner->showMessage(MessageBanner::Type::Information,
                          tr("The OTP is hidden. If the customer lost it, request a new one."));
}

void OneTimeCodesForm::generateCode()
{
    if (isBusy())
        return;
    m_banner->clear();
    clearIssues();
    OneTimeCodeRequest request;
    request.govIssueIdentType = identificationType();
    request.identSerialNum = m_identificationNumber->text().trimmed();
    request.otcIssue = m_otcIssue->text().trimmed();
    request.cellPhone = m_otcCellphone->text().trimmed();
    const FieldIssues issues = request.validateForGenerate();
    if (!issues.isEmpty()) {
        showIssues(issues);
        return;
    }
    m_call.await(m_api.generateOtc(request, SecurityApi::OtcVersion::V3), [this](const OneTimeCodeReply &) {
        m_banner->showMessage(MessageBanner::Type::Positive,
                              tr("The code was sent to the customer. Type it under “Code received” to "
                                 "validate it."));
        m_otcValue->setFocus(Qt::OtherFocusReason);
    });
}

void OneTimeCodesForm::validateCode()
{
    if (isBusy())
        return;
    m_banner->clear();
    clearIssues();
    OneTimeCodeRequest request;
    request.govIssueIdentType = identificationType();
    request.identSerialNum = m_identificationNumber->text().trimmed();
    request.otcIssue = m_otcIssue->text().trimmed();
    request.otcValue = m_otcValue->text();
    const FieldIssues issues = request.validateForValidate();
    if (!issues.isEmpty()) {
        showIssues(issues);
        return;
    }
    m_otcValue->setText(QString()); // typed once, never kept
    m_call.await(m_api.validateOtc(request), [this](const OneTimeCodeReply &) {
        m_banner->showMessage(MessageBanner::Type::Positive, tr("The code is valid."));
    });
}

void OneTimeCodesForm::setBusy(bool busy)
{
    m_requestOtpButton->setEnabled(!busy);
    m_generateButton->setEnabled(!busy);
    m_validateButton->setEnabled(!busy);
    emit busyChanged(busy);
}

void OneTimeCodesForm::clearIssues()
{
    for (QLabel *label : std::as_const(m_errorLabels))
        label->hide();
}

void OneTimeCodesForm::showIssues(const FieldIssues &issues)
{
    QWidget *first = nullptr;
    for (const FieldIssue &issue : issues) {
        QLabel *label = m_errorLabels.value(issue.field);
        if (!label) {
            m_banner->showMessage(MessageBanner::Type::Error, issue.message);
            continue;
        }
        label->setText(issue.message);
        label->show();
        if (QWidget *field = m_fields.value(issue.field)) {
            field->setAccessibleDescription(issue.message);
            if (!first)
                first = field;
        }
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void OneTimeCodesForm::showError(const ApiError &error)
{
    const QString reference = error.supportReference();
    m_banner->showMessage(MessageBanner::Type::Error, error.userMessage(),
                          reference.isEmpty() ? QString() : tr("Reference for support: %1").arg(reference));
}
