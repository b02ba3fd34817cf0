#include "ChallengeForm.h"
#include "widgets/FormParts.h"

#include "AuthenticationChannelPanel.h"
#include "AuthenticationLevelPanel.h"
#include "ChallengeQuestionWidget.h"
#include "ChallengeV1Panel.h"
#include "DisplayFormat.h"
#include "IdentificationType.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

ChallengeForm::ChallengeForm(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_api(client)
{
    setObjectName(QStringLiteral("challengeForm"));
    setAccessibleName(tr("Challenge questions"));
    buildUi();
    setState(State::Describing);
}

ChallengeForm::~ChallengeForm() = default;

void ChallengeForm::buildUi()
{
    QLabel *heading = FormParts::pageHeading(tr("Challenge questions"), this);
    QLabel *intro = FormParts::pageIntro(
        tr("Before a sensitive transaction the bank's risk engine questions the customer. "
           "Describe the transaction, read each question to the customer and type the answers "
           "they give. Secret answers stay hidden."),
        this);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    m_transactionBox = new QGroupBox(tr("Transaction"), this);
    m_transactionBox->setObjectName(QStringLiteral("transactionBox"));
    auto *form = new QFormLayout(m_transactionBox);

    const auto addField = [this, form](const QString &label, const QString &wire, QWidget *field, const char *errorName) {
        QLabel *error = FormParts::fieldErrorLabel(QString::fromLatin1(errorName), m_transactionBox);
        m_errorLabels.insert(wire, error);
        m_fields.insert(wire, field);
        auto *caption = new QLabel(label, m_transactionBox);
        caption->setBuddy(field);
        form->addRow(caption, withError(field, error, m_transactionBox));
    };

    m_clientType = new QComboBox(m_transactionBox);
    m_clientType->setObjectName(QStringLiteral("clientType"));
    m_clientType->setAccessibleName(tr("Client type"));
    m_clientType->addItem(tr("N \u2014 Natural person"), QStringLiteral("N"));
    m_clientType->addItem(tr("J \u2014 Legal person"), QStringLiteral("J"));
    addField(tr("Client t&ype:"), QStringLiteral("clientType"), m_clientType, "clientTypeError");

    m_identificationType = new QComboBox(m_transactionBox);
    m_identificationType->setObjectName(QStringLiteral("identificationType"));
    m_identificationType->setAccessibleName(tr("Identification type"));
    for (IdentificationType type : IdentificationTypes::all()) {
        m_identificationType->addItem(
            tr("%1 \u2014 %2").arg(IdentificationTypes::code(type), IdentificationTypes::description(type)),
            IdentificationTypes::code(type));
    }
    addField(tr("Identification &type:"), QStringLiteral("govIssueIdentType"), m_identificationType,
             "identificationTypeError");

    m_identificationNumber = new QLineEdit(m_transactionBox);
    m_identificationNumber->setObjectName(QStringLiteral("identificationNumber"));
    m_identificationNumber->setAccessibleName(tr("Identification number"));
    m_identificationNumber->setMaxLength(SecurityJson::maxIdentSerialNumLength);
    addField(tr("Identification &number:"), QStringLiteral("identSerialNum"), m_identificationNumber,
             "identificationNumberError");

    m_transactionCode = new QLineEdit(m_transactionBox);
    m_transactionCode->setObjectName(QStringLiteral("transactionCode"));
    m_transactionCode->setAccessibleName(tr("Transaction code"));
    m_transactionCode->setMaxLength(ChallengeRequest::maxTxIdLength);
    m_transactionCode->setPlaceholderText(tr("e.g. 100090"));
    addField(tr("Transaction &code:"), QStringLiteral("tx.id"), m_transactionCode, "transactionCodeError");

    auto *dataBox = new QWidget(m_transactionBox);
    auto *dataLayout = new QVBoxLayout(dataBox);
    dataLayout->setContentsMargins(0, 0, 0, 0);
    m_txData = new QTableWidget(0, 2, dataBox);
    m_txData->setObjectName(QStringLiteral("transactionData"));
    m_txData->setAccessibleName(tr("Transaction data: name and value"));
    m_txData->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_txData->horizontalHeader()->setStretchLastSection(true);
    m_txData->horizontalHeader()->resizeSection(0, 220);
    m_txData->verticalHeader()->hide();
    m_txData->setMinimumHeight(110);
    m_txData->setMaximumHeight(150);
    auto *dataButtons = new QHBoxLayout;
    m_addTxData = new QPushButton(tr("&Add data"), dataBox);
    m_addTxData->setObjectName(QStringLiteral("addTransactionData"));
    m_removeTxData = new QPushButton(tr("&Remove data"), dataBox);
    m_removeTxData->setObjectName(QStringLiteral("removeTransactionData"));
    dataButtons->addWidget(m_addTxData);
    dataButtons->addWidget(m_removeTxData);
    dataButtons->addStretch(1);
    dataLayout->addWidget(m_txData);
    dataLayout->addLayout(dataButtons);
    addField(tr("Transaction &data:"), QStringLiteral("tx.txData"), dataBox, "transactionDataError");
    m_fields.insert(QStringLiteral("tx.txData"), m_txData);
    addTxDataRow();

    m_amount = new QLineEdit(m_transactionBox);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAccessibleName(tr("Amount in pesos"));
    m_amount->setMaxLength(ChallengeRequest::maxAmtLength);
    m_amount->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_amount));
    m_amount->setPlaceholderText(tr("whole pesos, digits only"));
    addField(tr("A&mount (COP):"), QStringLiteral("tx.amt"), m_amount, "amountError");

    m_sourceAccount = new QLineEdit(m_transactionBox);
    m_sourceAccount->setObjectName(QStringLiteral("sourceAccount"));
    m_sourceAccount->setAccessibleName(tr("Source product"));
    m_sourceAccount->setMaxLength(ChallengeRequest::maxAccountLength);
    addField(tr("S&ource product:"), QStringLiteral("tx.sourceAccountNumber"), m_sourceAccount, "sourceAccountError");

    m_destinationAccount = new QLineEdit(m_transactionBox);
    m_destinationAccount->setObjectName(QStringLiteral("destinationAccount"));
    m_destinationAccount->setAccessibleName(tr("Destination product"));
    m_destinationAccount->setMaxLength(ChallengeRequest::maxAccountLength);
    addField(tr("Destinat&ion product:"), QStringLiteral("tx.destinationAccountNumber"), m_destinationAccount,
             "destinationAccountError");

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("transactionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->hide();

    m_startButton = new QPushButton(tr("&Start challenge"), this);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_startButton->setAutoDefault(true);
    m_cancelButton = new QPushButton(tr("Cance&l"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop waiting for the engine (Esc)"));
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedWidth(160);
    m_busyIndicator->hide();
    m_busyLabel = new QLabel(tr("Waiting for the risk engine\u2026 Press Esc to cancel."), this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_cancelButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_busyIndicator);
    buttons->addWidget(m_busyLabel);
    buttons->addStretch(1);

    m_questionBox = new QGroupBox(tr("Questions for the customer"), this);
    m_questionBox->setObjectName(QStringLiteral("questionBox"));
    auto *questionOuter = new QVBoxLayout(m_questionBox);
    m_traceLabel = new QLabel(m_questionBox);
    m_traceLabel->setObjectName(QStringLiteral("traceLabel"));
    questionOuter->addWidget(m_traceLabel);
    m_questionLayout = new QVBoxLayout;
    questionOuter->addLayout(m_questionLayout);
    auto *answerButtons = new QHBoxLayout;
    m_answerButton = new QPushButton(tr("S&end answers"), m_questionBox);
    m_answerButton->setObjectName(QStringLiteral("answerButton"));
    m_answerButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_answerButton->setAutoDefault(true);
    m_abandonButton = new QPushButton(tr("A&bandon challenge"), m_questionBox);
    m_abandonButton->setObjectName(QStringLiteral("abandonButton"));
    answerButtons->addWidget(m_answerButton);
    answerButtons->addWidget(m_abandonButton);
    answerButtons->addStretch(1);
    questionOuter->addLayout(answerButtons);

    m_outcomeBox = new QGroupBox(tr("Outcome"), this);
    m_outcomeBox->setObjectName(QStringLiteral("outcomeBox"));
    auto *outcomeLayout = new QVBoxLayout(m_outcomeBox);
    m_outcomeTitle = new QLabel(m_outcomeBox);
    m_outcomeTitle->setObjectName(QStringLiteral("outcomeTitle"));
    m_outcomeTitle->setWordWrap(true);
    QFont titleFont = m_outcomeTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_outcomeTitle->setFont(titleFont);
    m_authorizationCode = new QLabel(m_outcomeBox);
    m_authorizationCode->setObjectName(QStringLiteral("authorizationCode"));
    m_authorizationCode->setAccessibleName(tr("Authorization code"));
    m_authorizationCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_authorizationCode->setWordWrap(true);
    QFont codeFont(QStringLiteral("monospace"));
    codeFont.setStyleHint(QFont::Monospace);
    codeFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    codeFont.setBold(true);
    m_authorizationCode->setFont(codeFont);
    auto *outcomeButtons = new QHBoxLayout;
    m_copyButton = new QPushButton(tr("Co&py code"), m_outcomeBox);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_newChallengeButton = new QPushButton(tr("New challen&ge"), m_outcomeBox);
    m_newChallengeButton->setObjectName(QStringLiteral("newChallengeButton"));
    outcomeButtons->addWidget(m_copyButton);
    outcomeButtons->addWidget(m_newChallengeButton);
    outcomeButtons->addStretch(1);
    outcomeLayout->addWidget(m_outcomeTitle);
    outcomeLayout->addWidget(m_authorizationCode);
    outcomeLayout->addLayout(outcomeButtons);

    // The v2 conversation is the main tab; the other reto operations have
    // their own panels beside it.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("challengeTabs"));
    tabs->setAccessibleName(tr("Challenge operations"));
    auto *conversation = new QWidget(tabs);
    conversation->setObjectName(QStringLiteral("conversationPage"));
    auto *layout = new QVBoxLayout(conversation);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_transactionBox);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_questionBox);
    layout->addWidget(m_outcomeBox);
    layout->addStretch(1);
    tabs->addTab(conversation, tr("Questions (v&2)"));
    tabs->addTab(new ChallengeV1Panel(m_api.client(), tabs), tr("One step (v&1)"));
    tabs->addTab(new AuthenticationLevelPanel(m_api.client(), tabs), tr("Authentication le&vel"));
    tabs->addTab(new AuthenticationChannelPanel(m_api.client(), tabs), tr("A&uthentication channel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 16);
    outer->addWidget(heading);
    outer->addWidget(tabs, 1);

    connect(m_startButton, &QPushButton::clicked, this, &ChallengeForm::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ChallengeForm::cancel);
    connect(m_answerButton, &QPushButton::clicked, this, &ChallengeForm::sendAnswers);
    connect(m_abandonButton, &QPushButton::clicked, this, [this] {
        m_banner->showMessage(MessageBanner::Type::Information,
                              tr("Challenge abandoned. No authorization was given; the transaction data is still here."));
        setState(State::Describing);
    });
    connect(m_newChallengeButton, &QPushButton::clicked, this, &ChallengeForm::startOver);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_reply.authorizationCode);
        m_banner->showMessage(MessageBanner::Type::Positive, tr("Authorization code copied."));
    });
    connect(m_addTxData, &QPushButton::clicked, this, [this] { addTxDataRow(); });
    connect(m_removeTxData, &QPushButton::clicked, this, [this] {
        const int row = m_txData->currentRow() >= 0 ? m_txData->currentRow() : m_txData->rowCount() - 1;
        if (row >= 0)
            m_txData->removeRow(row);
    });
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            const QString wire = it.key();
            connect(edit, &QLineEdit::textEdited, this, [this, wire] {
                m_errorLabels.value(wire)->hide();
            });
        }
    }
}

void ChallengeForm::addTxDataRow(const QString &name, const QString &value)
{
    const int row = m_txData->rowCount();
    m_txData->insertRow(row);
    m_txData->setItem(row, 0, new QTableWidgetItem(name));
    m_txData->setItem(row, 1, new QTableWidgetItem(value));
}

ChallengeRequest ChallengeForm::request() const
{
    ChallengeRequest r;
    r.clientType = m_clientType->currentData().toString();
    r.govIssueIdentType = m_identificationType->currentData().toString();
    r.identSerialNum = m_identificationNumber->text().trimmed();
    r.txId = m_transactionCode->text().trimmed();
    for (int row = 0; row < m_txData->rowCount(); ++row) {
        const QString name = m_txData->item(row, 0) ? m_txData->item(row, 0)->text().trimmed() : QString();
        const QString value = m_txData->item(row, 1) ? m_txData->item(row, 1)->text().trimmed() : QString();
        if (!name.isEmpty() || !value.isEmpty())
            r.txData.append({name, value});
    }
    r.amt = m_amount->text().trimmed();
    r.sourceAccountNumber = m_sourceAccount->text().trimmed();
    r.destinationAccountNumber = m_destinationAccount->text().trimmed();
    return r;
}

void ChallengeForm::start()
{
    if (isBusy() || m_state != State::Describing)
        return;
    m_banner->clear();
    clearIssues();
    const ChallengeRequest r = request();
    const FieldIssues issues = r.validate();
    if (!issues.isEmpty()) {
        showIssues(issues);
        return;
    }
    m_started = r;
    send(r);
}

void ChallengeForm::sendAnswers()
{
    if (isBusy() || m_state != State::Answering)
        return;
    m_banner->clear();
    QList<ChallengeAnswer> answers;
    QWidget *firstProblem = nullptr;
    for (ChallengeQuestionWidget *widget : std::as_const(m_questionWidgets)) {
        const auto answer = widget->takeAnswer(m_api.answerProtector());
        if (!answer) {
            if (!firstProblem)
                firstProblem = widget->firstInput();
            continue;
        }
        answers.append(*answer);
    }
    if (firstProblem) {
        // Protected values already taken are dropped with `answers`: the
        // teller types again, nothing partial is sent.
        firstProblem->setFocus(Qt::OtherFocusReason);
        return;
    }
    send(m_started.answering(m_reply, answers));
}

void ChallengeForm::send(const ChallengeRequest &r)
{
    m_call.await(m_api.challenge(r), [this](const ChallengeReply &reply) { handleReply(reply); });
}

void ChallengeForm::cancel()
{
    if (!isBusy())
        return;
    m_call.cancel();
    m_banner->showMessage(MessageBanner::Type::Information,
                          m_state == State::Answering
                              ? tr("Stopped waiting. The answers may or may not have reached the engine: send them "
                                   "again or abandon the challenge.")
                              : tr("Cancelled. Nothing else was sent; your entries are still here."));
}

void ChallengeForm::handleReply(const ChallengeReply &reply)
{
    m_reply = reply;
    if (m_reply.authorized()) {
        setState(State::Authorized);
    } else if (m_reply.needsAnswers()) {
        setState(State::Answering);
        showQuestions();
    } else {
        setState(State::Refused);
    }
}

void ChallengeForm::showQuestions()
{
    qDeleteAll(m_questionWidgets);
    m_questionWidgets.clear();
    int number = 0;
    for (const ChallengeQuestion &question : std::as_const(m_reply.questions)) {
        auto *widget = new ChallengeQuestionWidget(question, ++number, m_questionBox);
        m_questionLayout->addWidget(widget);
        widget->show(); // created after the form was shown: not visible on its own
        m_questionWidgets.append(widget);
    }
    const int retry = m_reply.retry.toInt();
    m_traceLabel->setText(retry > 1 ? tr("Step %1 \u00b7 attempt %2: the previous answer was not accepted. Ask the "
                                         "customer again.")
                                          .arg(m_reply.iteration, m_reply.retry)
                                    : tr("Step %1 \u00b7 attempt %2").arg(m_reply.iteration, m_reply.retry));
    m_traceLabel->setStyleSheet(retry > 1 ? QStringLiteral("color: #e65100; font-weight: bold;") : QString());
    if (!m_questionWidgets.isEmpty() && m_questionWidgets.first()->firstInput())
        m_questionWidgets.first()->firstInput()->setFocus(Qt::OtherFocusReason);
}

void ChallengeForm::setState(State state)
{
    m_state = state;
    if (state != State::Answering) {
        qDeleteAll(m_questionWidgets);
        m_questionWidgets.clear();
    }
    // Once the engine has the transaction, one line says what it is about
    // and the questions get the room.
    const ChallengeRequest &t = m_started;
    m_summary->setText(tr("Transaction %1 for %2 %3%4").arg(t.txId, t.govIssueIdentType, t.identSerialNum,
                                                             t.amt.isEmpty() ? QString() : tr(", amount %1").arg(DisplayFormat::money(t.amt.toDouble()))));
    m_transactionBox->setVisible(state == State::Describing);
    m_summary->setVisible(state != State::Describing);
    m_questionBox->setVisible(state == State::Answering);
    m_outcomeBox->setVisible(state == State::Authorized || state == State::Refused);
    m_startButton->setVisible(state == State::Describing);
    m_cancelButton->setVisible(state == State::Describing || state == State::Answering);
    if (state == State::Authorized || state == State::Refused)
        showOutcome();
    updateInputs();
    emit stateChanged(state);
}

void ChallengeForm::showOutcome()
{
    if (m_state == State::Authorized) {
        m_outcomeTitle->setText(tr("Authorized. Give this authorization code to the transaction:"));
        m_outcomeTitle->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_authorizationCode->setText(m_reply.authorizationCode);
        m_authorizationCode->show();
        m_copyButton->show();
        m_banner->showMessage(MessageBanner::Type::Positive, tr("The risk engine authorized the transaction."));
        m_copyButton->setFocus(Qt::OtherFocusReason);
    } else {
        m_outcomeTitle->setText(tr("Not authorized. The risk engine refused the challenge (result \u201c%1\u201d). "
                                   "Do not carry out the transaction.")
                                    .arg(m_reply.authorizationValue));
        m_outcomeTitle->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_authorizationCode->clear();
        m_authorizationCode->hide();
        m_copyButton->hide();
        m_banner->showMessage(MessageBanner::Type::Error,
                              tr("The challenge was refused: too many answers were not accepted."),
                              tr("Risk engine result %1").arg(m_reply.authorizationValue));
        m_newChallengeButton->setFocus(Qt::OtherFocusReason);
    }
}

void ChallengeForm::startOver()
{
    if (isBusy())
        return;
    m_reply = ChallengeReply();
    m_banner->clear();
    setState(State::Describing);
    m_identificationNumber->setFocus(Qt::OtherFocusReason);
}

void ChallengeForm::setBusy(bool busy)
{
    m_busyIndicator->setVisible(busy);
    m_busyLabel->setVisible(busy);
    updateInputs();
    emit busyChanged(busy);
}

void ChallengeForm::updateInputs()
{
    const bool busy = isBusy();
    const bool describing = m_state == State::Describing;
    // The transaction is fixed once the engine has it; read-only keeps it visible.
    for (QWidget *field : std::as_const(m_fields)) {
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->setReadOnly(!describing || busy);
        else
            field->setEnabled(describing && !busy);
    }
    m_addTxData->setEnabled(describing && !busy);
    m_removeTxData->setEnabled(describing && !busy);
    m_startButton->setEnabled(describing && !busy);
    m_cancelButton->setEnabled(busy);
    m_answerButton->setEnabled(!busy);
    m_abandonButton->setEnabled(!busy);
    for (ChallengeQuestionWidget *widget : std::as_const(m_questionWidgets))
        widget->setReadOnly(busy);
}

void ChallengeForm::clearIssues()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
}

void ChallengeForm::showIssues(const FieldIssues &issues)
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
        QWidget *field = m_fields.value(issue.field);
        if (field) {
            field->setAccessibleDescription(issue.message);
            if (!first)
                first = field;
        }
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void ChallengeForm::showError(const ApiError &error)
{
    const QString reference = error.supportReference();
    const QString detail = reference.isEmpty() ? QString() : tr("Reference for support: %1").arg(reference);
    m_banner->showMessage(MessageBanner::Type::Error, error.userMessage(), detail);
}

void ChallengeForm::keyPressEvent(QKeyEvent *event)
{
    // Enter in an answer sends the answers, as the button would.
    // (Only on the conversation's own tab: Enter in another panel is not an answer.)
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_state == State::Answering && !isBusy()
        && m_questionBox->isVisible()) {
        sendAnswers();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && isBusy()) {
        cancel();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}
