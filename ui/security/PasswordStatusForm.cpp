#include "PasswordStatusForm.h"
#include "widgets/FormParts.h"

#include "IdentificationType.h"
#include "Masking.h"
#include "widgets/MessageBanner.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

PasswordStatusForm::PasswordStatusForm(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_api(client)
{
    // Esc stops a running request, as in every form.
    FormParts::cancelOnEscape(this, [this] { m_call.abort(); });
    setObjectName(QStringLiteral("passwordStatusForm"));
    setAccessibleName(tr("Password status"));

    QLabel *heading = FormParts::pageHeading(tr("Password status"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Check whether a customer's password is locked, lock or unlock it, and let the customer change it."),
        this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    auto *box = new QGroupBox(tr("Customer"), this);
    auto *form = new QFormLayout(box);
    m_byIdentification = new QRadioButton(tr("By &identification"), box);
    m_byIdentification->setObjectName(QStringLiteral("byIdentification"));
    m_byIdentification->setChecked(true);
    m_byAlias = new QRadioButton(tr("By user &alias"), box);
    m_byAlias->setObjectName(QStringLiteral("byAlias"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_byIdentification);
    group->addButton(m_byAlias);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_byIdentification);
    choice->addWidget(m_byAlias);
    choice->addStretch(1);
    form->addRow(choice);
    m_identificationType = new QComboBox(box);
    m_identificationType->setObjectName(QStringLiteral("identificationType"));
    m_identificationType->setAccessibleName(tr("Identification type"));
    for (IdentificationType type : IdentificationTypes::all())
        m_identificationType->addItem(IdentificationTypes::code(type), IdentificationTypes::code(type));
    m_identificationNumber = new QLineEdit(box);
    m_identificationNumber->setObjectName(QStringLiteral("identificationNumber"));
    m_identificationNumber->setAccessibleName(tr("Identification number"));
    m_identificationNumber->setMaxLength(SecurityJson::maxIdentSerialNumLength);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_identificationType);
    idRow->addWidget(m_identificationNumber, 1);
    auto *idLabel = new QLabel(tr("Identification &number:"), box);
    idLabel->setBuddy(m_identificationNumber);
    form->addRow(idLabel, idRow);
    m_alias = new QLineEdit(box);
    m_alias->setObjectName(QStringLiteral("alias"));
    m_alias->setAccessibleName(tr("User alias"));
    m_alias->setMaxLength(30);
    auto *aliasLabel = new QLabel(tr("User a&lias:"), box);
    aliasLabel->setBuddy(m_alias);
    form->addRow(aliasLabel, m_alias);
    m_inputError = new QLabel(box);
    m_inputError->setObjectName(QStringLiteral("inputError"));
    m_inputError->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_inputError->setWordWrap(true);
    m_inputError->hide();
    form->addRow(m_inputError);
    m_consultButton = new QPushButton(tr("&Consult"), box);
    m_consultButton->setObjectName(QStringLiteral("consultButton"));
    m_consultButton->setProperty("submitsForm", true); // Ctrl+Enter
    // A button as wide as its caption, not as the fields above it.
    m_consultButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(QString(), m_consultButton);

    auto *result = new QGroupBox(tr("Password"), this);
    auto *resultLayout = new QVBoxLayout(result);
    m_statusLabel = new QLabel(result);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    QFont statusFont = m_statusLabel->font();
    statusFont.setBold(true);
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.2);
    m_statusLabel->setFont(statusFont);
    m_contactLabel = new QLabel(result);
    m_contactLabel->setObjectName(QStringLiteral("contactLabel"));
    // Until the first consult the box says what will appear in it.
    m_contactLabel->setText(tr("Consult a customer to see whether their password is active or locked."));
    m_toggleButton = new QPushButton(result);
    m_toggleButton->setObjectName(QStringLiteral("toggleButton"));
    m_toggleButton->hide();
    resultLayout->addWidget(m_statusLabel);
    resultLayout->addWidget(m_contactLabel);
    resultLayout->addWidget(m_toggleButton, 0, Qt::AlignLeft);

    auto *changeBox = new QGroupBox(tr("Change password"), this);
    changeBox->setObjectName(QStringLiteral("changeBox"));
    auto *changeForm = new QFormLayout(changeBox);
    m_currentPassword = new QLineEdit(changeBox);
    m_currentPassword->setObjectName(QStringLiteral("currentPassword"));
    m_currentPassword->setAccessibleName(tr("Current password (hidden)"));
    m_currentPassword->setEchoMode(QLineEdit::Password);
    m_newPassword = new QLineEdit(changeBox);
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->setAccessibleName(tr("New password (hidden)"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    auto *currentLabel = new QLabel(tr("C&urrent password:"), changeBox);
    currentLabel->setBuddy(m_currentPassword);
    auto *newLabel = new QLabel(tr("New pa&ssword:"), changeBox);
    newLabel->setBuddy(m_newPassword);
    changeForm->addRow(currentLabel, m_currentPassword);
    changeForm->addRow(newLabel, m_newPassword);
    m_policyLabel = new QLabel(changeBox);
    m_policyLabel->setObjectName(QStringLiteral("policyLabel"));
    m_policyLabel->setWordWrap(true);
    m_policyLabel->setTextFormat(Qt::PlainText);
    changeForm->addRow(m_policyLabel);
    m_changeButton = new QPushButton(tr("Chan&ge password"), changeBox);
    m_changeButton->setObjectName(QStringLiteral("changeButton"));
    m_changeButton->setEnabled(false);
    // A button as wide as its caption, not as the fields above it.
    m_changeButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    changeForm->addRow(QString(), m_changeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(box);
    layout->addWidget(result);
    layout->addWidget(changeBox);
    layout->addStretch(1);

    const auto updateInputs = [this] {
        m_identificationType->setEnabled(m_byIdentification->isChecked());
        m_identificationNumber->setEnabled(m_byIdentification->isChecked());
        m_alias->setEnabled(m_byAlias->isChecked());
    };
    updateInputs();
    connect(m_byIdentification, &QRadioButton::toggled, this, updateInputs);
    connect(m_consultButton, &QPushButton::clicked, this, &PasswordStatusForm::consult);
    connect(m_toggleButton, &QPushButton::clicked, this, &PasswordStatusForm::askToToggle);
    connect(m_newPassword, &QLineEdit::textChanged, this, &PasswordStatusForm::updatePolicy);
    connect(m_currentPassword, &QLineEdit::textChanged, this, &PasswordStatusForm::updatePolicy);
    connect(m_identificationNumber, &QLineEdit::textChanged, this, &PasswordStatusForm::updatePolicy);
    connect(m_changeButton, &QPushButton::clicked, this, &PasswordStatusForm::changePassword);
}

void PasswordStatusForm::updatePolicy()
{
    const QString candidate = m_newPassword->text();
    if (candidate.isEmpty()) {
        m_policyLabel->clear();
        m_changeButton->setEnabled(false);
        return;
    }
    const auto violations = m_policy.check(candidate, m_identificationNumber->text(), m_currentPassword->text());
    QStringList lines;
    for (const PasswordPolicy::Violation &violation : violations)
        lines << tr("\u2717 %1 (bank rule %2)").arg(violation.message, violation.code);
    m_policyLabel->setText(lines.isEmpty() ? tr("\u2713 The new password meets the bank's policy.")
                                           : lines.join(QLatin1Char('\n')));
    m_policyLabel->setStyleSheet(lines.isEmpty() ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
    m_changeButton->setEnabled(lines.isEmpty() && !m_currentPassword->text().isEmpty() && !isBusy());
}

void PasswordStatusForm::changePassword()
{
    if (isBusy())
        return;
    ChangePasswordRequest request;
    request.govIssueIdentType = m_identificationType->currentData().toString();
    request.identSerialNum = m_identificationNumber->text().trimmed();
    if (!m_policy.check(m_newPassword->text(), request.identSerialNum, m_currentPassword->text()).isEmpty())
        return;
    request.currentCryptPswd = m_sealer.seal(m_currentPassword->text());
    request.newCryptPswd = m_sealer.seal(m_newPassword->text());
    // Typed once: the fields are emptied whatever the answer.
    m_currentPassword->setText(QString());
    m_newPassword->setText(QString());
    const FieldIssues issues = request.validate();
    if (!issues.isEmpty()) {
        m_inputError->setText(issues.first().message);
        m_inputError->show();
        return;
    }
    const PendingCall<SecurityAcknowledgement> call = m_api.changePassword(request);
    m_call.await(call, [this](const SecurityAcknowledgement &) {
        m_banner->showMessage(MessageBanner::Type::Positive, tr("The password was changed."));
    });
}

PasswordStatusForm::~PasswordStatusForm() = default;

QString PasswordStatusForm::maskedEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return Masking::identity(email);
    const QString user = email.left(at);
    const qsizetype shown = qMin<qsizetype>(2, user.size());
    return user.left(shown) + QString(user.size() - shown, QLatin1Char('*')) + email.mid(at);
}

QString PasswordStatusForm::maskedPhone(const QString &phone)
{
    return Masking::identity(phone);
}

void PasswordStatusForm::consult()
{
    if (isBusy())
        return;
    m_banner->clear();
    m_inputError->hide();
    PasswordStatusQuery query;
    // The channel's own transaction number for this consultation.
    query.transactionId = QString::number(QDateTime::currentMSecsSinceEpoch() % 10000000000LL);
    if (m_byAlias->isChecked()) {
        query.spName = m_alias->text().trimmed();
        if (query.spName.isEmpty()) {
            m_inputError->setText(tr("Enter the user alias."));
            m_inputError->show();
            m_alias->setFocus(Qt::OtherFocusReason);
            return;
        }
    } else {
        query.govIssueIdentType = m_identificationType->currentData().toString();
        query.identSerialNum = m_identificationNumber->text().trimmed();
    }
    const FieldIssues issues = query.validate();
    if (!issues.isEmpty()) {
        m_inputError->setText(issues.first().message);
        m_inputError->show();
        return;
    }
    const PendingCall<PasswordStatus> call = m_api.passwordStatus(query);
    m_call.await(call, [this, query](const PasswordStatus &reply) {
        m_query = query;
        m_status = reply;
        m_statusLabel->setText(m_status->locked() ? tr("Locked (%1)").arg(m_status->desc)
                                                  : tr("Active (%1)").arg(m_status->desc));
        m_statusLabel->setStyleSheet(m_status->locked() ? QStringLiteral("color: #b71c1c;")
                                                        : QStringLiteral("color: #1b5e20;"));
        m_contactLabel->setText(tr("Cellphone %1 \u00b7 email %2")
                                    .arg(maskedPhone(m_status->cellPhone), maskedEmail(m_status->emailAddr)));
        // Lock/unlock needs the identification; by alias the adviser consults only.
        m_toggleButton->setVisible(!query.byAlias());
        m_toggleButton->setText(m_status->locked() ? tr("&Unlock password\u2026") : tr("L&ock password\u2026"));
    });
}

void PasswordStatusForm::askToToggle()
{
    if (isBusy() || !m_status || m_query.byAlias() || m_confirmation)
        return;
    PasswordStatusChange change;
    change.govIssueIdentType = m_query.govIssueIdentType;
    change.identSerialNum = m_query.identSerialNum;
    change.lock = !m_status->locked();
    auto *box = new QMessageBox(QMessageBox::Question, change.lock ? tr("Lock password") : tr("Unlock password"),
                                change.lock ? tr("Lock the password of customer %1 %2?")
                                                  .arg(change.govIssueIdentType, change.identSerialNum)
                                            : tr("Unlock the password of customer %1 %2?")
                                                  .arg(change.govIssueIdentType, change.identSerialNum),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmPasswordChange"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, change](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        const PendingCall<PasswordStatusChangeReply> call = m_api.changePasswordStatus(change);
        m_call.await(call, [this](const PasswordStatusChangeReply &reply) {
            m_banner->showMessage(MessageBanner::Type::Positive, reply.statusDesc);
            consult(); // show the new state as the bank has it
        });
    });
    box->open();
}

void PasswordStatusForm::setBusy(bool busy)
{
    m_consultButton->setEnabled(!busy);
    m_toggleButton->setEnabled(!busy);
}

void PasswordStatusForm::showError(const ApiError &error)
{
    const QString reference = error.supportReference();
    m_banner->showMessage(MessageBanner::Type::Error, error.userMessage(),
                          reference.isEmpty() ? QString() : tr("Reference for support: %1").arg(reference));
}
