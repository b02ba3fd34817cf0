#include "EnrollmentForm.h"

#include "CardCheckPanel.h"
#include "IdentificationType.h"
#include "Masking.h"
#include "NewPasswordPanel.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QVBoxLayout>

EnrollmentForm::EnrollmentForm(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_api(client)
{
    setObjectName(QStringLiteral("enrollmentForm"));
    setAccessibleName(tr("Enrollment and recovery"));
    FormParts::cancelOnEscape(this, [this] { cancel(); });
    buildUi();
    updateVerification();
}

EnrollmentForm::~EnrollmentForm() = default;

void EnrollmentForm::buildUi()
{
    QLabel *heading = FormParts::pageHeading(tr("Enrollment and recovery"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Enroll a customer in the digital channels or recover their password: verify the card, then set the "
           "new password."),
        this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    auto *customerBox = new QGroupBox(tr("Customer"), this);
    auto *customerForm = new QFormLayout(customerBox);
    m_identificationType = new QComboBox(customerBox);
    m_identificationType->setObjectName(QStringLiteral("identificationType"));
    m_identificationType->setAccessibleName(tr("Identification type"));
    for (IdentificationType type : IdentificationTypes::all()) {
        m_identificationType->addItem(
            tr("%1 \u2014 %2").arg(IdentificationTypes::code(type), IdentificationTypes::description(type)),
            IdentificationTypes::code(type));
    }
    m_identificationNumber = new QLineEdit(customerBox);
    m_identificationNumber->setObjectName(QStringLiteral("identificationNumber"));
    m_identificationNumber->setAccessibleName(tr("Identification number"));
    m_identificationNumber->setMaxLength(SecurityJson::maxIdentSerialNumLength);
    m_identificationError = FormParts::fieldErrorLabel(QStringLiteral("identificationNumberError"), customerBox);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_identificationType);
    m_identificationNumber->setMinimumWidth(240);
    idRow->addWidget(m_identificationNumber);
    idRow->addStretch(1);
    auto *idBox = new QVBoxLayout;
    idBox->setSpacing(2);
    idBox->addLayout(idRow);
    idBox->addWidget(m_identificationError);
    auto *idLabel = new QLabel(tr("Identification &number:"), customerBox);
    idLabel->setBuddy(m_identificationNumber);
    customerForm->addRow(idLabel, idBox);
    m_enroll = new QRadioButton(tr("Register as a new &user"), customerBox);
    m_enroll->setObjectName(QStringLiteral("enrollChoice"));
    m_enroll->setChecked(true);
    m_recover = new QRadioButton(tr("Rec&over a forgotten password"), customerBox);
    m_recover->setObjectName(QStringLiteral("recoverChoice"));
    auto *choices = new QButtonGroup(this);
    choices->addButton(m_enroll);
    choices->addButton(m_recover);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_enroll);
    choiceRow->addWidget(m_recover);
    choiceRow->addStretch(1);
    customerForm->addRow(tr("The customer wants to:"), choiceRow);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("enrollmentTabs"));
    m_tabs->setAccessibleName(tr("Enrollment steps"));
    m_card = new CardCheckPanel(m_tabs);
    m_password = new NewPasswordPanel(m_tabs);
    m_tabs->addTab(m_card, tr("&1 \u00b7 Verify the card"));
    m_tabs->addTab(m_password, tr("&2 \u00b7 Set the password"));
    m_tabs->addTab(buildDigitalPage(), tr("&Digital enrollment"));

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedWidth(160);
    m_busyIndicator->hide();
    m_cancelButton = new QPushButton(tr("Cance&l"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop waiting for the bank (Esc)"));
    m_cancelButton->hide();
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyIndicator);
    busyRow->addWidget(m_cancelButton);
    busyRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(customerBox);
    layout->addWidget(m_tabs);
    layout->addLayout(busyRow);
    layout->addStretch(1);

    connect(m_identificationNumber, &QLineEdit::textChanged, this, [this] {
        m_identificationError->hide();
        m_password->setIdentification(identificationNumber());
        updateVerification();
    });
    connect(m_identificationType, &QComboBox::currentIndexChanged, this, &EnrollmentForm::updateVerification);
    connect(m_recover, &QRadioButton::toggled, this, [this](bool recover) {
        m_password->setRecovery(recover);
        updateVerification();
    });
    connect(m_card->verifyButton(), &QPushButton::clicked, this, &EnrollmentForm::verifyCard);
    connect(m_password->submitButton(), &QPushButton::clicked, this, &EnrollmentForm::setPassword);
    connect(m_cancelButton, &QPushButton::clicked, this, &EnrollmentForm::cancel);
}

QWidget *EnrollmentForm::buildDigitalPage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("digitalEnrollmentPage"));
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Digital enrollment registers the customer for the bank's digital channels. Check "
                                "first whether they are enrolled already."),
                             page);
    intro->setWordWrap(true);
    m_digitalState = new QLabel(page);
    m_digitalState->setObjectName(QStringLiteral("digitalEnrollmentState"));
    m_digitalState->setWordWrap(true);
    m_digitalState->setTextFormat(Qt::PlainText);
    m_checkDigital = new QPushButton(tr("Chec&k enrollment"), page);
    m_checkDigital->setObjectName(QStringLiteral("checkDigitalButton"));
    m_checkDigital->setProperty("submitsForm", true); // Ctrl+Enter on this tab
    m_createDigital = new QPushButton(tr("&Enroll the customer"), page);
    m_createDigital->setObjectName(QStringLiteral("createDigitalButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkDigital);
    buttons->addWidget(m_createDigital);
    buttons->addStretch(1);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_digitalState);
    layout->addStretch(1);
    connect(m_checkDigital, &QPushButton::clicked, this, &EnrollmentForm::checkDigitalEnrollment);
    connect(m_createDigital, &QPushButton::clicked, this, &EnrollmentForm::createDigitalEnrollment);
    return page;
}

QString EnrollmentForm::identificationType() const
{
    return m_identificationType->currentData().toString();
}

QString EnrollmentForm::identificationNumber() const
{
    return m_identificationNumber->text().trimmed();
}

bool EnrollmentForm::recovery() const
{
    return m_recover->isChecked();
}

QString EnrollmentForm::verificationKey() const
{
    return (recovery() ? QStringLiteral("recover|") : QStringLiteral("enroll|")) + identificationType()
           + QLatin1Char('|') + identificationNumber();
}

bool EnrollmentForm::cardVerified() const
{
    return !m_verifiedKey.isEmpty() && m_verifiedKey == verificationKey();
}

void EnrollmentForm::updateVerification()
{
    m_password->setVerified(cardVerified(),
                            tr("%1 %2").arg(identificationType(), Masking::identity(identificationNumber())));
}

bool EnrollmentForm::checkIdentification()
{
    FieldIssues issues;
    SecurityJson::checkIdentification(identificationType(), identificationNumber(), issues);
    if (issues.isEmpty())
        return true;
    m_identificationError->setText(issues.first().message);
    m_identificationError->show();
    m_identificationNumber->setAccessibleDescription(issues.first().message);
    m_identificationNumber->setFocus(Qt::OtherFocusReason);
    return false;
}

void EnrollmentForm::verifyCard()
{
    if (isBusy())
        return;
    m_banner->clear();
    m_card->clearIssues();
    m_identificationError->hide();
    if (!checkIdentification())
        return;
    EnrollmentValidationQuery query;
    query.govIssueIdentType = identificationType();
    query.identSerialNum = identificationNumber();
    query.acctType = m_card->accountType();
    query.secretId = m_card->secret();
    query.acctId = m_card->lastSix();
    const FieldIssues rest = m_card->showIssues(query.validate());
    if (!rest.isEmpty()) {
        m_banner->showMessage(MessageBanner::Type::Error, rest.first().message);
        return;
    }
    if (!query.validate().isEmpty())
        return;
    // Typed once: gone from the screen whatever the bank answers.
    m_card->clearSecret();
    const QString key = verificationKey();
    const bool recover = recovery();
    m_verifiedKey.clear();
    updateVerification();
    const auto call = recover ? m_api.validatePasswordRecovery(query) : m_api.validateEnrollment(query);
    m_call.await(call, [this, key, recover](const SecurityAcknowledgement &) {
        m_verifiedKey = key;
        updateVerification();
        m_banner->showMessage(MessageBanner::Type::Positive,
                              recover ? tr("The card is verified. The customer can now choose a new password (step 2).")
                                      : tr("The card is verified. The customer can now choose a password for the new "
                                           "user (step 2)."));
        m_tabs->setCurrentWidget(m_password);
        if (QWidget *field = m_password->findChild<QWidget *>(QStringLiteral("newPassword")))
            field->setFocus(Qt::OtherFocusReason);
    });
}

void EnrollmentForm::setPassword()
{
    if (isBusy() || !cardVerified() || !m_password->readyToSend())
        return;
    m_banner->clear();
    CreateUserRequest request;
    request.recovery = recovery();
    request.govIssueIdentType = identificationType();
    request.identSerialNum = identificationNumber();
    request.password = m_sealer.seal(m_password->password());
    m_password->clearPasswords(); // typed once, never kept
    if (!request.validate().isEmpty()) {
        m_banner->showMessage(MessageBanner::Type::Error, request.validate().first().message);
        return;
    }
    const bool recover = request.recovery;
    m_call.await(m_api.createUser(request), [this, recover](const SecurityAcknowledgement &) {
        // Done: another change needs the card again.
        m_verifiedKey.clear();
        updateVerification();
        m_banner->showMessage(MessageBanner::Type::Positive,
                              recover ? tr("The password was recovered. The customer can sign in with the new password.")
                                      : tr("The user was created. The customer can sign in with the new password."));
    });
}

void EnrollmentForm::checkDigitalEnrollment()
{
    if (isBusy())
        return;
    m_banner->clear();
    m_digitalState->clear();
    if (!checkIdentification())
        return;
    DigitalEnrollmentRequest request{identificationType(), identificationNumber()};
    m_call.await(m_api.validateDigitalEnrollment(request), [this](const SecurityAcknowledgement &) {
        m_digitalState->setText(tr("Not enrolled yet: the customer can be enrolled."));
        m_createDigital->setFocus(Qt::OtherFocusReason);
    });
}

void EnrollmentForm::createDigitalEnrollment()
{
    if (isBusy())
        return;
    m_banner->clear();
    m_digitalState->clear();
    if (!checkIdentification())
        return;
    DigitalEnrollmentRequest request{identificationType(), identificationNumber()};
    m_call.await(m_api.createDigitalEnrollment(request), [this](const SecurityAcknowledgement &) {
        m_digitalState->setText(tr("Enrolled."));
        m_banner->showMessage(MessageBanner::Type::Positive, tr("The customer is enrolled in the digital channels."));
    });
}

void EnrollmentForm::cancel()
{
    if (!isBusy())
        return;
    m_call.cancel();
    m_banner->showMessage(MessageBanner::Type::Information,
                          tr("Stopped waiting. The bank may or may not have done it: check before trying again."));
}

void EnrollmentForm::setBusy(bool busy)
{
    m_busyIndicator->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    m_card->setBusy(busy);
    m_password->setBusy(busy);
    m_checkDigital->setEnabled(!busy);
    m_createDigital->setEnabled(!busy);
    m_identificationType->setEnabled(!busy);
    m_identificationNumber->setReadOnly(busy);
    m_enroll->setEnabled(!busy);
    m_recover->setEnabled(!busy);
    emit busyChanged(busy);
}

void EnrollmentForm::showError(const ApiError &error)
{
    const QString reference = error.supportReference();
    m_banner->showMessage(MessageBanner::Type::Error, error.userMessage(),
                          reference.isEmpty() ? QString() : tr("Reference for support: %1").arg(reference));
}
