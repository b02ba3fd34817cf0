#include "CustomerByAccountForm.h"

#include "AccountCodeValidator.h"
#include "AppSettings.h"
#include "ItauAccountCode.h"
#include "ItauCredentialsDialog.h"
#include "ItauCustomerView.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace {
const QString codigoContaField = QStringLiteral("codigo_conta");
// Digits and separators of a grouped code, with room for pasted punctuation.
constexpr int accountCodeMaxLength = 30;
} // namespace

CustomerByAccountForm::CustomerByAccountForm(ApiClient *client, CredentialStore *credentials, AppSettings *settings,
                                             QWidget *parent)
    : QWidget(parent), m_client(client), m_settings(settings), m_api(client, credentials)
{
    setObjectName(QStringLiteral("customerByAccountForm"));
    setAccessibleName(tr("Customer by account (Itau)"));
    buildUi();
    updateInputs();
    FormParts::cancelOnEscape(this, [this] { cancelSearch(); });
}

CustomerByAccountForm::~CustomerByAccountForm()
{
    m_activeSearch = 0;
    m_call.cancel();
}

void CustomerByAccountForm::buildUi()
{
    QLabel *heading = FormParts::pageHeading(tr("Customer by account (Itau)"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Find who holds an Itau account, with their contacts and relationship managers, "
           "through the Itau contact-centre service."),
        this);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    auto *box = new QGroupBox(tr("Account"), this);
    box->setObjectName(QStringLiteral("accountBox"));

    m_accountCode = new QLineEdit(box);
    m_accountCode->setObjectName(QStringLiteral("accountCode"));
    m_accountCode->setAccessibleName(tr("Account code"));
    m_accountCode->setAccessibleDescription(
        tr("18 digits: company 3, bank 3, agency 4, current account 7, DAC 1."));
    m_accountCode->setValidator(new AccountCodeValidator(m_accountCode));
    m_accountCode->setMaxLength(accountCodeMaxLength);
    m_accountCode->setPlaceholderText(QStringLiteral("000 000 0000 0000000 0"));
    QFont mono = m_accountCode->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_accountCode->setFont(mono);
    m_accountCode->setFixedWidth(QFontMetrics(mono).horizontalAdvance(QStringLiteral("000 000 0000 0000000 0"))
                                 + 24);

    QStringList legend;
    for (const auto &part : ItauAccountCode::parts())
        legend << tr("%1 %2").arg(ItauAccountCode::partName(part.part)).arg(part.length);
    auto *legendLabel = new QLabel(legend.join(QStringLiteral(" \u00b7 ")), box);
    legendLabel->setObjectName(QStringLiteral("accountCodeLegend"));
    legendLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    legendLabel->setWordWrap(true);
    m_accountCodeStatus = new QLabel(box);
    m_accountCodeStatus->setObjectName(QStringLiteral("accountCodeStatus"));
    m_accountCodeStatus->setTextFormat(Qt::PlainText);
    m_accountCodeStatus->setWordWrap(true);
    m_accountCodeError = FormParts::fieldErrorLabel(QStringLiteral("accountCodeError"), box);

    m_structureType = new QComboBox(box);
    m_structureType->setObjectName(QStringLiteral("structureType"));
    m_structureType->setAccessibleName(tr("Structure type"));
    m_structureType->setEditable(true);
    m_structureType->setInsertPolicy(QComboBox::NoInsert);
    m_structureType->addItem(QString());
    m_structureType->addItems(ItauCustomerQuery::exampleStructureTypes());
    m_structureType->lineEdit()->setPlaceholderText(tr("optional, e.g. AP, OP, SD, CO"));
    m_structureType->lineEdit()->setMaxLength(ItauCustomerQuery::maxOptionalLength);
    m_segment = new QLineEdit(box);
    m_segment->setObjectName(QStringLiteral("segment"));
    m_segment->setAccessibleName(tr("Customer segment"));
    m_segment->setPlaceholderText(tr("optional"));
    m_segment->setMaxLength(ItauCustomerQuery::maxOptionalLength);
    m_digitalService = new QLineEdit(box);
    m_digitalService->setObjectName(QStringLiteral("digitalService"));
    m_digitalService->setAccessibleName(tr("Digital service"));
    m_digitalService->setPlaceholderText(tr("optional"));
    m_digitalService->setMaxLength(ItauCustomerQuery::maxOptionalLength);
    m_optionalError = FormParts::fieldErrorLabel(QStringLiteral("optionalFieldsError"), box);

    auto *codeLabel = new QLabel(tr("Account &code:"), box);
    codeLabel->setBuddy(m_accountCode);
    auto *structureLabel = new QLabel(tr("S&tructure type:"), box);
    structureLabel->setBuddy(m_structureType);
    auto *segmentLabel = new QLabel(tr("Se&gment:"), box);
    segmentLabel->setBuddy(m_segment);
    auto *digitalLabel = new QLabel(tr("&Digital service:"), box);
    digitalLabel->setBuddy(m_digitalService);

    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->addWidget(codeLabel, 0, 0);
    grid->addWidget(m_accountCode, 0, 1, Qt::AlignLeft);
    grid->addWidget(legendLabel, 1, 1);
    grid->addWidget(m_accountCodeStatus, 2, 1);
    grid->addWidget(m_accountCodeError, 3, 1);
    grid->addWidget(structureLabel, 0, 3);
    grid->addWidget(m_structureType, 0, 4);
    grid->addWidget(segmentLabel, 1, 3);
    grid->addWidget(m_segment, 1, 4);
    grid->addWidget(digitalLabel, 2, 3);
    grid->addWidget(m_digitalService, 2, 4);
    grid->addWidget(m_optionalError, 3, 4);
    // Room for the live status; the legend wraps. Wider pushes the optional
    // fields off a 1280-pixel screen.
    grid->setColumnMinimumWidth(1, 420);
    grid->setColumnMinimumWidth(2, 32);
    grid->setColumnStretch(5, 1);
    for (QWidget *w : {static_cast<QWidget *>(m_structureType), static_cast<QWidget *>(m_segment),
                       static_cast<QWidget *>(m_digitalService)})
        w->setMinimumWidth(200);

    m_searchButton = new QPushButton(tr("&Search"), this);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_searchButton->setAccessibleName(tr("Search"));
    m_searchButton->setProperty("submitsForm", true);
    m_searchButton->setAutoDefault(true);
    m_cancelButton = new QPushButton(tr("Cance&l"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel search"));
    m_cancelButton->setToolTip(tr("Stop the running search (Esc)"));
    m_cancelButton->setAutoDefault(true);
    m_credentialsButton = new QPushButton(tr("Itau c&redentials\u2026"), this);
    m_credentialsButton->setObjectName(QStringLiteral("itauCredentialsButton"));
    m_credentialsButton->setAccessibleName(tr("Itau credentials"));
    m_credentialsButton->setToolTip(tr("Store the Itau user name, password and API key in this workstation's "
                                       "keyring"));
    m_credentialsButton->setAutoDefault(true);

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Searching"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedWidth(160);
    m_busyIndicator->hide();
    m_busyLabel = new QLabel(tr("Searching\u2026 Press Esc to cancel."), this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_searchButton);
    buttons->addWidget(m_cancelButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_busyIndicator);
    buttons->addWidget(m_busyLabel);
    buttons->addStretch(1);
    buttons->addWidget(m_credentialsButton);

    m_result = new ItauCustomerView(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(box);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch(1);

    setTabOrder(m_accountCode, m_structureType);
    setTabOrder(m_structureType, m_segment);
    setTabOrder(m_segment, m_digitalService);
    setTabOrder(m_digitalService, m_searchButton);
    setTabOrder(m_searchButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_credentialsButton);

    connect(m_searchButton, &QPushButton::clicked, this, &CustomerByAccountForm::search);
    connect(m_cancelButton, &QPushButton::clicked, this, &CustomerByAccountForm::cancelSearch);
    connect(m_credentialsButton, &QPushButton::clicked, this, [this] { openCredentialsDialog(); });
    connect(m_accountCode, &QLineEdit::textChanged, this, [this] {
        setIssue(m_accountCodeError, m_accountCode, {});
        updateAccountCodeStatus();
    });
    // A refused keystroke (a letter, a 19th digit) is said, not just swallowed.
    connect(m_accountCode, &QLineEdit::inputRejected, this, [this] {
        const bool full = ItauAccountCode::normalized(m_accountCode->text()).size() >= ItauAccountCode::length;
        setIssue(m_accountCodeError, m_accountCode,
                 full ? tr("The account code already has its %1 digits.").arg(ItauAccountCode::length)
                      : tr("Only digits can be typed in the account code."));
    });
    // Leaving an incomplete code says which part is missing.
    connect(m_accountCode, &QLineEdit::editingFinished, this, [this] {
        if (!m_accountCode->text().trimmed().isEmpty())
            showAccountCodeProblem();
    });
    for (QLineEdit *edit : {m_segment, m_digitalService, m_structureType->lineEdit()})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_optionalError->hide(); });
    updateAccountCodeStatus();
}

void CustomerByAccountForm::updateAccountCodeStatus()
{
    const QString text = m_accountCode->text();
    if (text.trimmed().isEmpty()) {
        m_accountCodeStatus->setText(tr("Type the 18 digits; the groups are formed as you type."));
        m_accountCodeStatus->setStyleSheet(QString());
        return;
    }
    if (const auto problem = ItauAccountCode::problem(text)) {
        m_accountCodeStatus->setText(problem->message);
        m_accountCodeStatus->setStyleSheet(QString());
        return;
    }
    using Part = ItauAccountCode::Part;
    m_accountCodeStatus->setText(
        tr("Complete: company %1, bank %2, agency %3, account %4, DAC %5.")
            .arg(ItauAccountCode::partOf(text, Part::Company), ItauAccountCode::partOf(text, Part::Bank),
                 ItauAccountCode::partOf(text, Part::Agency), ItauAccountCode::partOf(text, Part::Account),
                 ItauAccountCode::partOf(text, Part::Dac)));
    m_accountCodeStatus->setStyleSheet(QStringLiteral("color: #1b5e20;"));
}

void CustomerByAccountForm::showAccountCodeProblem()
{
    if (const auto problem = ItauAccountCode::problem(m_accountCode->text()))
        setIssue(m_accountCodeError, m_accountCode, problem->message);
}

ItauCustomerQuery CustomerByAccountForm::query() const
{
    ItauCustomerQuery q;
    q.codigoConta = ItauAccountCode::normalized(m_accountCode->text().trimmed());
    q.tipoEstrutura = m_structureType->currentText().trimmed();
    q.segmento = m_segment->text().trimmed();
    q.servicoDigital = m_digitalService->text().trimmed();
    return q;
}

void CustomerByAccountForm::search()
{
    if (isBusy())
        return;
    m_banner->clear();
    clearIssues();
    const ItauCustomerQuery request = query();
    const FieldIssues issues = request.validate();
    if (!issues.isEmpty()) {
        showIssues(issues);
        return;
    }
    m_result->clear();
    if (m_settings)
        m_api.setFlowId(m_settings->value(AppSettings::itauFlowIdKey(), ItauCustomerApi::defaultFlowId()).toString());

    const quint64 searchId = ++m_lastSearch;
    m_activeSearch = searchId;
    setBusy(true);
    m_api.readCredentials(this, [this, searchId, request](const Result<ItauCredentials> &credentials) {
        if (searchId != m_activeSearch)
            return;
        if (!credentials) {
            handleResult(Result<ItauCustomer>(credentials.error()));
            return;
        }
        send(searchId, request, credentials.value());
    });
}

void CustomerByAccountForm::send(quint64 searchId, const ItauCustomerQuery &request,
                                 const ItauCredentials &credentials)
{
    m_call = m_api.customerByAccount(request, credentials);
    m_call.then(this, [this, searchId](const Result<ItauCustomer> &result) {
        if (searchId != m_activeSearch)
            return;
        handleResult(result);
    });
}

void CustomerByAccountForm::cancelSearch()
{
    if (!isBusy())
        return;
    m_activeSearch = 0;
    m_call.cancel();
    setBusy(false);
    showError(ApiError::make(ApiError::Kind::Cancelled));
}

ItauCredentialsDialog *CustomerByAccountForm::openCredentialsDialog()
{
    if (!m_credentialsDialog) {
        m_credentialsDialog = new ItauCredentialsDialog(m_api, m_client->environment().kind, this);
        m_credentialsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_credentialsDialog, &ItauCredentialsDialog::saved, this, [this] {
            m_banner->showMessage(MessageBanner::Type::Positive,
                                  tr("The Itau credentials are stored in the keyring. Search again."));
        });
    }
    m_credentialsDialog->open();
    return m_credentialsDialog;
}

void CustomerByAccountForm::handleResult(const Result<ItauCustomer> &result)
{
    m_activeSearch = 0;
    setBusy(false);
    if (result.ok()) {
        m_banner->clear();
        m_result->showCustomer(result.value());
        if (!isSearchInput(focusWidget()))
            m_accountCode->setFocus(Qt::OtherFocusReason);
        return;
    }
    showError(result.error());
}

void CustomerByAccountForm::showError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled) {
        m_banner->showMessage(MessageBanner::Type::Information,
                              tr("Search cancelled. Nothing else was sent; your entries are still here."));
        m_accountCode->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The code Itau sent and the correlation id its audit trail knows.
    QStringList reference;
    if (!error.code.isEmpty())
        reference << tr("Itau code %1").arg(error.code);
    if (error.httpStatus > 0)
        reference << QStringLiteral("HTTP %1").arg(error.httpStatus);
    if (!error.transactionId.isEmpty())
        reference << tr("Correlation id %1").arg(error.transactionId);
    const QString detail =
        reference.isEmpty() ? QString() : tr("Reference for support: %1").arg(reference.join(QStringLiteral(" \u00b7 ")));
    const MessageBanner::Type type =
        error.kind == ApiError::Kind::NotFound ? MessageBanner::Type::Warning : MessageBanner::Type::Error;
    m_banner->showMessage(type, ItauCustomerApi::userMessage(error), detail);
    if (error.kind == ApiError::Kind::Credentials || error.kind == ApiError::Kind::Unauthorized)
        m_credentialsButton->setFocus(Qt::OtherFocusReason);
    else
        m_accountCode->setFocus(Qt::OtherFocusReason);
}

void CustomerByAccountForm::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && isSearchInput(focusWidget())) {
        search();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CustomerByAccountForm::updateInputs()
{
    const bool busy = isBusy();
    // Read-only rather than disabled while waiting: text and focus survive.
    for (QLineEdit *edit : {m_accountCode, m_segment, m_digitalService})
        edit->setReadOnly(busy);
    m_structureType->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_searchButton->setEnabled(!busy);
    m_credentialsButton->setEnabled(!busy);
}

void CustomerByAccountForm::setBusy(bool busy)
{
    updateInputs();
    m_busyIndicator->setVisible(busy);
    m_busyLabel->setVisible(busy);
    emit busyChanged(busy);
}

void CustomerByAccountForm::clearIssues()
{
    setIssue(m_accountCodeError, m_accountCode, {});
    m_optionalError->hide();
}

void CustomerByAccountForm::showIssues(const FieldIssues &issues)
{
    QWidget *first = nullptr;
    QStringList optional;
    for (const FieldIssue &issue : issues) {
        if (issue.field == codigoContaField) {
            setIssue(m_accountCodeError, m_accountCode, issue.message);
            if (!first)
                first = m_accountCode;
            continue;
        }
        optional << issue.message;
        QWidget *field = issue.field == QLatin1String("tipo_estrutura") ? static_cast<QWidget *>(m_structureType)
                         : issue.field == QLatin1String("segmento")     ? static_cast<QWidget *>(m_segment)
                                                                        : static_cast<QWidget *>(m_digitalService);
        if (!first)
            first = field;
    }
    if (!optional.isEmpty()) {
        m_optionalError->setText(optional.join(QLatin1Char('\n')));
        m_optionalError->show();
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void CustomerByAccountForm::setIssue(QLabel *errorLabel, QWidget *field, const QString &message)
{
    errorLabel->setText(message);
    errorLabel->setVisible(!message.isEmpty());
    field->setAccessibleDescription(message.isEmpty()
                                        ? tr("18 digits: company 3, bank 3, agency 4, current account 7, DAC 1.")
                                        : message);
}

bool CustomerByAccountForm::isSearchInput(const QWidget *widget) const
{
    return widget
           && (widget == m_accountCode || widget == m_structureType || widget == m_structureType->lineEdit()
               || widget == m_segment || widget == m_digitalService);
}
