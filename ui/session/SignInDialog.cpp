#include "SignInDialog.h"
#include "widgets/FormParts.h"

#include "AppSettings.h"
#include "CredentialStore.h"
#include "EnvironmentSettings.h"
#include "Journal.h"
#include "OperatorPin.h"
#include "SessionJournal.h"
#include "widgets/EnvironmentBanner.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QPair>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace {

const QRegularExpression userPattern(QStringLiteral("^[A-Za-z0-9._-]{1,20}$"));
const QRegularExpression branchPattern(QStringLiteral("^[A-Za-z0-9]{1,10}$"));
const QRegularExpression terminalPattern(QStringLiteral("^[A-Za-z0-9._-]{1,20}$"));

QLineEdit *makePinField(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(OperatorPin::maximumLength);
    field->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d*")), field));
    field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return field;
}

} // namespace

SignInDialog::SignInDialog(CredentialStore *credentials, const AppSettings *settings, Journal *journal,
                           EnvironmentKind environment, QWidget *parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_settings(settings)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in \u2014 BranchDesk"));
    setAccessibleName(tr("Sign in"));
    buildUi(environment);
    prefill();
    environmentChanged();

    // The first empty field, else the PIN: usually only the PIN is left.
    for (QLineEdit *field : {m_user, m_branch, m_terminal, m_pin}) {
        if (field->text().isEmpty() || field == m_pin) {
            field->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

SignInDialog::~SignInDialog()
{
    // The user field loses the focus while ~QWidget deletes it, and would
    // report editingFinished() to a dialog that is no longer one.
    m_user->disconnect(this);
}

void SignInDialog::buildUi(EnvironmentKind environment)
{
    QLabel *heading = FormParts::pageHeading(tr("Sign in to BranchDesk"), this);

    m_environmentBanner = new EnvironmentBanner(this);
    m_environmentBanner->setObjectName(QStringLiteral("signInEnvironmentBanner"));

    // Why the dialog is shown (the last session ended ...) stays apart from
    // what the keychain and the checks say about the fields.
    m_notice = new MessageBanner(this);
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("signInMessage"));

    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("signInEnvironment"));
    m_environment->setAccessibleName(tr("Environment"));
    for (EnvironmentKind kind :
         {EnvironmentKind::Training, EnvironmentKind::Sandbox, EnvironmentKind::QA, EnvironmentKind::Live}) {
        m_environment->addItem(
            tr("%1 \u2014 %2").arg(EnvironmentBanner::label(kind), EnvironmentBanner::explanation(kind)),
            static_cast<int>(kind));
    }
    m_environment->setCurrentIndex(m_environment->findData(static_cast<int>(environment)));

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_user->setAccessibleName(tr("Operator user code"));
    m_user->setMaxLength(20);
    m_user->setPlaceholderText(tr("e.g. JPEREZ"));
    m_branch = new QLineEdit(this);
    m_branch->setObjectName(QStringLiteral("signInBranch"));
    m_branch->setAccessibleName(tr("Branch"));
    m_branch->setMaxLength(10);
    m_terminal = new QLineEdit(this);
    m_terminal->setObjectName(QStringLiteral("signInTerminal"));
    m_terminal->setAccessibleName(tr("Terminal"));
    m_terminal->setMaxLength(20);
    m_pin = makePinField(QStringLiteral("signInPin"), tr("PIN"), this);
    m_repeatPin = makePinField(QStringLiteral("signInRepeatPin"), tr("Repeat the new PIN"), this);

    auto *environmentLabel = new QLabel(tr("&Environment:"), this);
    environmentLabel->setBuddy(m_environment);
    auto *userLabel = new QLabel(tr("&User code:"), this);
    userLabel->setBuddy(m_user);
    auto *branchLabel = new QLabel(tr("&Branch:"), this);
    branchLabel->setBuddy(m_branch);
    auto *terminalLabel = new QLabel(tr("&Terminal:"), this);
    terminalLabel->setBuddy(m_terminal);
    m_pinLabel = new QLabel(tr("&PIN:"), this);
    m_pinLabel->setBuddy(m_pin);
    m_repeatPinLabel = new QLabel(tr("&Repeat new PIN:"), this);
    m_repeatPinLabel->setBuddy(m_repeatPin);

    m_userError = FormParts::fieldErrorLabel(QStringLiteral("signInUserError"), this);
    m_branchError = FormParts::fieldErrorLabel(QStringLiteral("signInBranchError"), this);
    m_terminalError = FormParts::fieldErrorLabel(QStringLiteral("signInTerminalError"), this);
    m_pinError = FormParts::fieldErrorLabel(QStringLiteral("signInPinError"), this);
    m_repeatPinError = FormParts::fieldErrorLabel(QStringLiteral("signInRepeatPinError"), this);

    m_pinHint = new QLabel(this);
    m_pinHint->setObjectName(QStringLiteral("signInPinHint"));
    m_pinHint->setWordWrap(true);
    m_pinHint->setTextFormat(Qt::PlainText);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    int row = 0;
    grid->addWidget(environmentLabel, row, 0);
    grid->addWidget(m_environment, row++, 1);
    grid->addWidget(userLabel, row, 0);
    grid->addWidget(m_user, row++, 1);
    grid->addWidget(m_userError, row++, 1);
    grid->addWidget(branchLabel, row, 0);
    grid->addWidget(m_branch, row++, 1);
    grid->addWidget(m_branchError, row++, 1);
    grid->addWidget(terminalLabel, row, 0);
    grid->addWidget(m_terminal, row++, 1);
    grid->addWidget(m_terminalError, row++, 1);
    grid->addWidget(m_pinLabel, row, 0);
    grid->addWidget(m_pin, row++, 1);
    grid->addWidget(m_pinError, row++, 1);
    grid->addWidget(m_repeatPinLabel, row, 0);
    grid->addWidget(m_repeatPin, row++, 1);
    grid->addWidget(m_repeatPinError, row++, 1);
    grid->addWidget(m_pinHint, row++, 1);
    grid->setColumnStretch(1, 1);

    setChoosingNewPin(false);

    m_busyLabel = new QLabel(tr("Checking\u2026"), this);
    m_busyLabel->setObjectName(QStringLiteral("signInBusy"));
    m_busyLabel->hide();

    m_signInButton = new QPushButton(tr("&Sign in"), this);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    m_quitButton = new QPushButton(tr("&Quit"), this);
    m_quitButton->setObjectName(QStringLiteral("signInQuitButton"));
    m_quitButton->setAccessibleName(tr("Quit BranchDesk"));
    m_quitButton->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busyLabel);
    buttons->addStretch(1);
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_quitButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->setSpacing(10);
    layout->addWidget(m_environmentBanner);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(20, 4, 20, 0);
    body->setSpacing(10);
    body->addWidget(heading);
    body->addWidget(m_notice);
    body->addWidget(m_banner);
    body->addLayout(grid);
    body->addStretch(1);
    body->addLayout(buttons);
    layout->addLayout(body, 1);
    setMinimumWidth(560);

    setTabOrder(m_environment, m_user);
    setTabOrder(m_user, m_branch);
    setTabOrder(m_branch, m_terminal);
    setTabOrder(m_terminal, m_pin);
    setTabOrder(m_pin, m_repeatPin);
    setTabOrder(m_repeatPin, m_signInButton);
    setTabOrder(m_signInButton, m_quitButton);

    connect(m_environment, &QComboBox::currentIndexChanged, this, &SignInDialog::environmentChanged);
    connect(m_user, &QLineEdit::textEdited, this, &SignInDialog::userEdited);
    connect(m_user, &QLineEdit::editingFinished, this, [this] {
        // Shown as it is used: user codes do not depend on case.
        if (m_user->text() != enteredUser() && !m_user->isReadOnly())
            m_user->setText(enteredUser());
        lookUpPin();
    });
    connect(m_branch, &QLineEdit::textEdited, this, [this] { setIssue(m_branchError, m_branch, {}); });
    connect(m_terminal, &QLineEdit::textEdited, this, [this] { setIssue(m_terminalError, m_terminal, {}); });
    connect(m_pin, &QLineEdit::textEdited, this, [this] { setIssue(m_pinError, m_pin, {}); });
    connect(m_repeatPin, &QLineEdit::textEdited, this, [this] { setIssue(m_repeatPinError, m_repeatPin, {}); });
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_quitButton, &QPushButton::clicked, this, &QDialog::reject);
}

void SignInDialog::prefill()
{
    OperatorSession configured;
    if (m_settings)
        configured = EnvironmentSettings(*m_settings).operatorSession();
    m_user->setText(configured.user);
    m_branch->setText(configured.branchId);
    m_terminal->setText(configured.terminalId);
    if (m_settings) {
        // What IT fixed for this workstation is shown but not editable.
        lockIfManaged(m_branch, AppSettings::operatorBranchIdKey());
        lockIfManaged(m_terminal, AppSettings::operatorTerminalIdKey());
        lockIfManaged(m_user, AppSettings::operatorUserKey());
        if (m_settings->isLocked(AppSettings::environmentKey())) {
            m_environment->setEnabled(false);
            m_environment->setToolTip(tr("Set by IT for this workstation."));
        }
    }
}

void SignInDialog::lockIfManaged(QLineEdit *field, const QString &key)
{
    if (!m_settings->isLocked(key) || field->text().isEmpty())
        return;
    field->setReadOnly(true);
    field->setToolTip(tr("Set by IT for this workstation."));
    field->setAccessibleDescription(field->toolTip());
}

EnvironmentKind SignInDialog::environment() const
{
    return static_cast<EnvironmentKind>(m_environment->currentData().toInt());
}

bool SignInDialog::isTraining() const
{
    return environment() == EnvironmentKind::Training;
}

QString SignInDialog::enteredUser() const
{
    // User codes are matched without regard to case: one PIN per operator.
    return m_user->text().trimmed().toUpper();
}

void SignInDialog::offerWorkstation(const OperatorSession &lastSession)
{
    const QList<QPair<QLineEdit *, QString>> fields = {{m_branch, lastSession.branchId},
                                                        {m_terminal, lastSession.terminalId}};
    for (const auto &[field, value] : fields) {
        if (field->text().isEmpty() && !field->isReadOnly())
            field->setText(value);
    }
}

void SignInDialog::showNotice(const QString &text)
{
    m_notice->showMessage(MessageBanner::Type::Information, text);
}

void SignInDialog::showProblem(const QString &text)
{
    m_notice->showMessage(MessageBanner::Type::Error, text);
}

// The demo operator belongs to Training: it is offered there when nothing
// is typed, and taken away when another environment is chosen.
void SignInDialog::swapDemoOperator()
{
    const OperatorSession demo = OperatorSession::demoOperator();
    const QList<QPair<QLineEdit *, QString>> fields = {
        {m_user, demo.user}, {m_branch, demo.branchId}, {m_terminal, demo.terminalId}};
    bool allDemo = true;
    bool allEmpty = true;
    for (const auto &[field, value] : fields) {
        allDemo = allDemo && field->text() == value;
        allEmpty = allEmpty && field->text().isEmpty();
    }
    if (isTraining() && allEmpty) {
        for (const auto &[field, value] : fields)
            field->setText(value);
    } else if (!isTraining() && allDemo) {
        for (const auto &[field, value] : fields) {
            if (!field->isReadOnly())
                field->clear();
        }
    }
}

void SignInDialog::environmentChanged()
{
    swapDemoOperator();
    m_environmentBanner->setEnvironment(environment());
    m_banner->clear();
    clearIssues();
    m_submitPending = false;
    if (isTraining()) {
        // A keychain answer still on its way does not concern Training.
        ++m_lookup;
        m_pinState = PinState::Unknown;
        m_pinStateUser.clear();
        setChoosingNewPin(false);
        prepareTrainingHash();
        m_pinHint->setText(tr("Training: every operator signs in with the demo PIN %1; nothing is stored.")
                               .arg(OperatorPin::trainingDemoPin()));
        m_pinHint->show();
        return;
    }
    m_pinHint->hide();
    lookUpPin();
}

void SignInDialog::userEdited()
{
    setIssue(m_userError, m_user, {});
    if (enteredUser() != m_pinStateUser) {
        m_pinState = PinState::Unknown;
        m_pinStateUser.clear();
        m_storedHash.clear();
        ++m_lookup; // an answer for the old code is no longer wanted
        if (m_choosingNewPin) {
            setChoosingNewPin(false);
            m_banner->clear();
        }
    }
}

void SignInDialog::lookUpPin()
{
    const QString user = enteredUser();
    if (isTraining() || user.isEmpty() || !userPattern.match(user).hasMatch())
        return;
    if (user == m_pinStateUser && (m_pinState == PinState::Checking || m_pinState == PinState::Stored
                                   || m_pinState == PinState::NotStored))
        return;
    if (!m_credentials) {
        m_pinStateUser = user;
        setPinState(PinState::Failed);
        m_banner->showMessage(MessageBanner::Type::Error,
                              tr("No keyring is available, so %1 cannot be used: the PIN lives in the keyring.")
                                  .arg(Environment::displayName(environment())));
        return;
    }
    m_pinStateUser = user;
    setPinState(PinState::Checking);
    const quint64 lookup = ++m_lookup;
    const QString key = OperatorPin::keychainKey(user);
    m_credentials->read(key, this, [this, lookup, key, user](const Result<QString> &result) {
        if (lookup != m_lookup)
            return;
        if (result.ok()) {
            m_storedHash = result.value();
            if (!OperatorPin::isWellFormed(m_storedHash)) {
                m_storedHash.clear();
                setPinState(PinState::Failed);
                m_banner->showMessage(MessageBanner::Type::Error,
                                      tr("The PIN kept for %1 on this workstation cannot be read. Ask IT to remove "
                                         "the keyring entry %2 so you can choose a new PIN.")
                                          .arg(user, key));
            } else {
                setPinState(PinState::Stored);
            }
        } else if (result.error().nothingStored) {
            // An operator's first sign-in on this workstation: choose a PIN.
            setPinState(PinState::NotStored);
        } else {
            setPinState(PinState::Failed);
            m_banner->showMessage(MessageBanner::Type::Error, result.error().detail,
                                  result.error().description);
        }
        emit pinStateKnown();
        if (!m_submitPending)
            return;
        m_submitPending = false;
        if (m_pinState == PinState::Stored) {
            continueSubmit();
            return;
        }
        setBusy(false);
        // NotStored: the teller learns only now that a new PIN is wanted;
        // they read why and type it twice before anything is stored.
        // Failed: the banner says why; the next Sign in asks again.
        (m_pin->text().isEmpty() || m_pinState != PinState::NotStored ? m_pin : m_repeatPin)
            ->setFocus(Qt::OtherFocusReason);
    });
}

void SignInDialog::setPinState(PinState state)
{
    m_pinState = state;
    if (state == PinState::NotStored) {
        setChoosingNewPin(true);
        m_banner->showMessage(MessageBanner::Type::Information,
                              tr("First sign-in of %1 on this workstation: choose a PIN of %2 to %3 digits and "
                                 "type it twice. You will unlock the screen with it.")
                                  .arg(m_pinStateUser)
                                  .arg(OperatorPin::minimumLength)
                                  .arg(OperatorPin::maximumLength));
    } else if (state == PinState::Stored) {
        setChoosingNewPin(false);
        m_banner->clear();
    }
}

void SignInDialog::setChoosingNewPin(bool choosing)
{
    m_choosingNewPin = choosing;
    m_pinLabel->setText(choosing ? tr("New &PIN:") : tr("&PIN:"));
    m_pin->setAccessibleName(choosing ? tr("New PIN") : tr("PIN"));
    m_repeatPinLabel->setVisible(choosing);
    m_repeatPin->setVisible(choosing);
    if (!choosing) {
        m_repeatPin->clear();
        setIssue(m_repeatPinError, m_repeatPin, {});
    }
    if (!isTraining()) {
        m_pinHint->setText(tr("%1 to %2 digits; not one digit repeated and not a run such as 1234.")
                               .arg(OperatorPin::minimumLength)
                               .arg(OperatorPin::maximumLength));
        m_pinHint->setVisible(choosing);
    }
}

void SignInDialog::prepareTrainingHash()
{
    if (!m_trainingHash.isEmpty() || m_trainingHashPending)
        return;
    m_trainingHashPending = true;
    OperatorPin::hashAsync(OperatorPin::trainingDemoPin(), this, [this](const QString &hash) {
        m_trainingHashPending = false;
        m_trainingHash = hash;
        if (m_submitPending && isTraining()) {
            m_submitPending = false;
            continueSubmit();
        }
    });
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    // A problem is said again if it is still there; the first-sign-in
    // explanation stays while its PIN is being chosen.
    if (m_banner->type() != MessageBanner::Type::Information)
        m_banner->clear();
    clearIssues();
    if (!validateOperatorFields())
        return;
    continueSubmit();
}

// Goes on once what the PIN is checked against is known; called again when
// the keychain (or the demo hash) answers.
void SignInDialog::continueSubmit()
{
    if (isTraining()) {
        if (m_trainingHash.isEmpty()) {
            m_submitPending = true;
            setBusy(true);
            prepareTrainingHash();
            return;
        }
        verifyPin(m_trainingHash);
        return;
    }

    if (enteredUser() != m_pinStateUser || m_pinState == PinState::Unknown || m_pinState == PinState::Failed) {
        // Asked afresh: the keyring may have been unlocked since.
        m_pinState = PinState::Unknown;
        m_pinStateUser.clear();
        lookUpPin();
    }
    switch (m_pinState) {
    case PinState::Checking:
        m_submitPending = true;
        setBusy(true);
        return;
    case PinState::Stored:
        setBusy(false);
        verifyPin(m_storedHash);
        return;
    case PinState::NotStored:
        setBusy(false);
        storeNewPin();
        return;
    case PinState::Unknown:
    case PinState::Failed:
        // lookUpPin() said why in the banner.
        setBusy(false);
        return;
    }
}

void SignInDialog::verifyPin(const QString &storedHash)
{
    const QString pin = m_pin->text();
    m_pin->clear();
    if (pin.isEmpty()) {
        setBusy(false);
        refuse(m_pin, m_pinError, tr("Enter your PIN."));
        return;
    }
    setBusy(true);
    const QString user = enteredUser();
    const EnvironmentKind kind = environment();
    OperatorPin::verifyAsync(pin, storedHash, this, [this, storedHash, user, kind](bool matches) {
        setBusy(false);
        if (user != enteredUser() || kind != environment())
            return; // the teller changed the fields meanwhile
        if (matches) {
            finishSignIn(storedHash);
            return;
        }
        SessionJournal::record(m_journal, enteredSession(), kind, SessionJournal::signIn, QStringLiteral("refused"));
        refuse(m_pin, m_pinError,
               isTraining() ? tr("Wrong PIN. In Training the PIN is %1.").arg(OperatorPin::trainingDemoPin())
                            : tr("Wrong PIN for %1.").arg(user));
    });
}

void SignInDialog::storeNewPin()
{
    const QString pin = m_pin->text();
    const QString repeated = m_repeatPin->text();
    const QString violation = OperatorPin::ruleViolation(pin);
    if (!violation.isEmpty()) {
        m_pin->clear();
        m_repeatPin->clear();
        refuse(m_pin, m_pinError, violation);
        return;
    }
    if (repeated != pin) {
        m_repeatPin->clear();
        refuse(m_repeatPin, m_repeatPinError, tr("The two PINs differ. Type the new PIN again."));
        return;
    }
    m_pin->clear();
    m_repeatPin->clear();
    setBusy(true);
    const QString user = enteredUser();
    OperatorPin::hashAsync(pin, this, [this, user](const QString &hash) {
        if (!m_credentials || user != enteredUser() || isTraining()) {
            setBusy(false);
            return;
        }
        const QString key = OperatorPin::keychainKey(user);
        m_credentials->write(key, hash, this, [this, user, hash](const Result<bool> &result) {
            setBusy(false);
            if (!result.ok()) {
                m_banner->showMessage(MessageBanner::Type::Error, result.error().detail,
                                      result.error().description);
                m_pin->setFocus(Qt::OtherFocusReason);
                return;
            }
            m_storedHash = hash;
            m_pinState = PinState::Stored;
            if (user == enteredUser())
                finishSignIn(hash);
        });
    });
}

void SignInDialog::finishSignIn(const QString &pinHash)
{
    m_session = enteredSession();
    m_pinHash = pinHash;
    SessionJournal::record(m_journal, m_session, environment(), SessionJournal::signIn, QStringLiteral("ok"));
    accept();
}

void SignInDialog::refuse(QLineEdit *field, QLabel *errorLabel, const QString &message)
{
    setIssue(errorLabel, field, message);
    field->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_busyLabel->setVisible(busy);
    m_signInButton->setEnabled(!busy);
    m_environment->setEnabled(!busy && !(m_settings && m_settings->isLocked(AppSettings::environmentKey())));
    for (QLineEdit *field : {m_user, m_branch, m_terminal, m_pin, m_repeatPin})
        field->setEnabled(!busy);
    if (!busy && !focusWidget())
        m_pin->setFocus(Qt::OtherFocusReason);
    emit busyChanged(busy);
}

bool SignInDialog::validateOperatorFields()
{
    QWidget *firstInvalid = nullptr;
    const auto check = [&firstInvalid, this](QLineEdit *field, QLabel *errorLabel, const QRegularExpression &pattern,
                                             const QString &missing, const QString &wrong) {
        const QString text = field->text().trimmed();
        QString message;
        if (text.isEmpty())
            message = missing;
        else if (!pattern.match(text).hasMatch())
            message = wrong;
        setIssue(errorLabel, field, message);
        if (!message.isEmpty() && !firstInvalid)
            firstInvalid = field;
    };
    check(m_user, m_userError, userPattern, tr("Enter your operator user code."),
          tr("A user code has up to 20 letters, digits, dots, hyphens or underscores."));
    check(m_branch, m_branchError, branchPattern, tr("Enter the branch (office) code."),
          tr("A branch code has up to 10 letters or digits."));
    check(m_terminal, m_terminalError, terminalPattern, tr("Enter this workstation's terminal code."),
          tr("A terminal code has up to 20 letters, digits, dots, hyphens or underscores."));
    if (firstInvalid)
        firstInvalid->setFocus(Qt::OtherFocusReason);
    return !firstInvalid;
}

void SignInDialog::clearIssues()
{
    setIssue(m_userError, m_user, {});
    setIssue(m_branchError, m_branch, {});
    setIssue(m_terminalError, m_terminal, {});
    setIssue(m_pinError, m_pin, {});
    setIssue(m_repeatPinError, m_repeatPin, {});
}

void SignInDialog::setIssue(QLabel *errorLabel, QWidget *field, const QString &message)
{
    errorLabel->setText(message);
    errorLabel->setVisible(!message.isEmpty());
    field->setAccessibleDescription(message);
}

OperatorSession SignInDialog::enteredSession() const
{
    OperatorSession session;
    if (isTraining()) {
        session = OperatorSession::demoOperator();
    } else if (m_settings) {
        session = EnvironmentSettings(*m_settings).operatorSession();
    } else {
        session.detectWorkstationAddresses();
    }
    session.user = enteredUser();
    session.branchId = m_branch->text().trimmed();
    session.terminalId = m_terminal->text().trimmed();
    return session;
}
