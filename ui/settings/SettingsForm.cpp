#include "SettingsForm.h"
#include "widgets/FormParts.h"

#include "ApiClient.h"
#include "AppSettings.h"
#include "CredentialStore.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QBoxLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString caBundleField = QStringLiteral("caBundle");
const QString clientIdField = QStringLiteral("clientId");
const QString clientSecretField = QStringLiteral("clientSecret");

QString uriField(ApiDocument api)
{
    return QStringLiteral("uri:") + Environment::documentName(api);
}

const QList<EnvironmentKind> &configurableKinds()
{
    static const QList<EnvironmentKind> kinds = {EnvironmentKind::Sandbox, EnvironmentKind::QA, EnvironmentKind::Live};
    return kinds;
}

const QList<EnvironmentKind> &allKinds()
{
    static const QList<EnvironmentKind> kinds = {EnvironmentKind::Training, EnvironmentKind::Sandbox,
                                                 EnvironmentKind::QA, EnvironmentKind::Live};
    return kinds;
}

// "customers-management" -> "customersManagement", for object names.
QString camelCase(const QString &dashed)
{
    const QStringList parts = dashed.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    QString name = parts.value(0);
    for (int i = 1; i < parts.size(); ++i)
        name += parts.at(i).left(1).toUpper() + parts.at(i).mid(1);
    return name;
}

QString documentLabel(ApiDocument api)
{
    switch (api) {
    case ApiDocument::CustomersManagement: return SettingsForm::tr("&Customers management:");
    case ApiDocument::SecurityManagement: return SettingsForm::tr("Sec&urity management:");
    case ApiDocument::PolicyManagement: return SettingsForm::tr("&Policy management:");
    case ApiDocument::ItauCustomerByAccount: return SettingsForm::tr("Itau customer b&y account:");
    case ApiDocument::OpenBankProject: return SettingsForm::tr("Open &Bank Project:");
    }
    return {};
}

QString documentAccessibleName(ApiDocument api)
{
    switch (api) {
    case ApiDocument::CustomersManagement: return SettingsForm::tr("Customers management base URI");
    case ApiDocument::SecurityManagement: return SettingsForm::tr("Security management base URI");
    case ApiDocument::PolicyManagement: return SettingsForm::tr("Policy management base URI");
    case ApiDocument::ItauCustomerByAccount: return SettingsForm::tr("Itau customer by account base URI");
    case ApiDocument::OpenBankProject: return SettingsForm::tr("Open Bank Project base URI");
    }
    return {};
}

QString lockText()
{
    return SettingsForm::tr("Set by your IT department");
}

QString lockDescription()
{
    return SettingsForm::tr("Set by your IT department; it cannot be changed here.");
}

QLabel *makeLockNote(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(lockText(), parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setToolTip(lockDescription());
    label->setAccessibleDescription(lockDescription());
    label->setStyleSheet(QStringLiteral("color: #5f6368; font-style: italic;"));
    label->hide();
    return label;
}

QLabel *makeNote(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #3c4043;"));
    return label;
}

QString seedUri(EnvironmentKind kind, ApiDocument api)
{
    return Environment::defaults(kind).baseUri(api).toString();
}

} // namespace

SettingsForm::SettingsForm(AppSettings *settings, CredentialStore *credentials, ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_client(client)
{
    Q_ASSERT(m_settings);
    setObjectName(QStringLiteral("settingsForm"));
    setAccessibleName(tr("Settings"));
    // Locked inputs read as read-only at a glance, not only through the note.
    setStyleSheet(QStringLiteral("QLineEdit[locked=\"true\"], QAbstractSpinBox[locked=\"true\"] "
                                 "{ background: palette(window); }"));
    buildUi();
    loadFromSettings();

    // Start on the environment in use: that is usually the one to adjust.
    EnvironmentKind start = m_client ? m_client->environment().kind
                                     : Environment::kindFromName(m_savedDefaultEnvironment)
                                           .value_or(EnvironmentKind::Training);
    m_currentKind = start;
    m_environmentPicker->setCurrentIndex(allKinds().indexOf(start));
    showEnvironment(start);

    connect(m_settings, &AppSettings::changed, this, [this] {
        // Someone else (the sign-in) changed a setting: show it, unless the
        // teller is editing here, whose input must not be overwritten.
        if (!m_saving && !hasUnsavedChanges()) {
            loadFromSettings();
            showEnvironment(m_currentKind);
        }
    });
}

SettingsForm::~SettingsForm() = default;

void SettingsForm::buildUi()
{
    auto *heading = new QLabel(tr("Settings"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Where BranchDesk finds the bank's services in each environment, their client "
                                "credentials, and this workstation's preferences."),
                             this);
    intro->setWordWrap(true);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Settings sections"));
    m_environmentsTab = buildEnvironmentsTab();
    m_sessionTab = buildSessionTab();
    m_operatorTab = buildOperatorTab();
    m_tabs->addTab(m_environmentsTab, tr("&Environments"));
    m_tabs->addTab(m_sessionTab, tr("Sess&ion and language"));
    m_tabs->addTab(m_operatorTab, tr("Start and &operator"));

    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setProperty("submitsForm", true); // Ctrl+Enter
    m_saveButton->setAccessibleName(tr("Save settings"));
    m_saveButton->setToolTip(tr("Check and save every change (Ctrl+S)"));
    m_saveButton->setAutoDefault(true);
    m_revertButton = new QPushButton(tr("Re&vert"), this);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setAccessibleName(tr("Revert changes"));
    m_revertButton->setToolTip(tr("Discard the changes and show the saved settings again"));
    m_revertButton->setAutoDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_revertButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs);
    layout->addLayout(buttons);
    layout->addStretch(1);

    // Tab order: each section top to bottom, then Save and Revert.
    QList<QWidget *> order = {m_environmentPicker};
    for (ApiDocument api : Environment::documents())
        order << m_uriEdits.value(api);
    order << m_caBundle << m_browseButton << m_timeout << m_clientId << m_clientSecret << m_storeCredentialsButton
          << m_forgetCredentialsButton << m_idleLock << m_language << m_defaultEnvironment;
    for (const OperatorField &field : std::as_const(m_operatorFields))
        order << field.edit;
    order << m_saveButton << m_revertButton;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revertButton, &QPushButton::clicked, this, &SettingsForm::revert);
}

QLabel *SettingsForm::addRow(QGridLayout *grid, int &row, const QString &labelText, QWidget *field, QWidget *extra,
                             const QString &objectBase)
{
    QWidget *parent = grid->parentWidget();
    auto *label = new QLabel(labelText, parent);
    label->setBuddy(field);
    QLabel *error = FormParts::fieldErrorLabel(objectBase + QStringLiteral("Error"), parent);
    QLabel *lock = makeLockNote(objectBase + QStringLiteral("Lock"), parent);
    m_errorLabels.insert(field, error);
    m_lockNotes.insert(field, lock);

    grid->addWidget(label, row, 0);
    if (extra) {
        auto *line = new QHBoxLayout;
        line->setSpacing(6);
        line->addWidget(field, 1);
        line->addWidget(extra);
        grid->addLayout(line, row, 1);
    } else {
        grid->addWidget(field, row, 1);
    }
    grid->addWidget(lock, row, 2);
    grid->addWidget(error, row + 1, 1, 1, -1);
    row += 2;
    return label;
}

QWidget *SettingsForm::buildEnvironmentsTab()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("environmentsTab"));

    m_environmentPicker = new QComboBox(page);
    m_environmentPicker->setObjectName(QStringLiteral("environmentPicker"));
    m_environmentPicker->setAccessibleName(tr("Environment to configure"));
    for (EnvironmentKind kind : allKinds()) {
        const QString text = kind == EnvironmentKind::Training
                                 ? tr("%1 (built in)").arg(Environment::displayName(kind))
                                 : Environment::displayName(kind);
        m_environmentPicker->addItem(text, Environment::kindName(kind));
    }
    auto *pickerLabel = new QLabel(tr("Environ&ment to configure:"), page);
    pickerLabel->setBuddy(m_environmentPicker);
    auto *pickerLine = new QHBoxLayout;
    pickerLine->addWidget(pickerLabel);
    pickerLine->addWidget(m_environmentPicker);
    pickerLine->addStretch(1);

    m_trainingNote = makeNote(tr("Training is built in: BranchDesk starts its own training server on this computer, "
                                 "trusts only the certificate it creates, and signs in with demo credentials. "
                                 "There is nothing to configure here."),
                              QStringLiteral("trainingNote"), page);
    // Looks like the other "nothing to do here" notes of the console.
    m_trainingNote->setStyleSheet(QStringLiteral("QLabel { background: #e8f1fb; color: #102a43; border: 1px solid "
                                                 "#4a7fb5; border-radius: 4px; padding: 10px; }"));

    m_connectionBox = new QGroupBox(page);
    m_connectionBox->setObjectName(QStringLiteral("connectionBox"));
    auto *connection = new QGridLayout(m_connectionBox);
    connection->setHorizontalSpacing(8);
    connection->setVerticalSpacing(2);
    connection->setColumnStretch(1, 1);
    int row = 0;
    for (ApiDocument api : Environment::documents()) {
        auto *edit = new QLineEdit(m_connectionBox);
        const QString base = camelCase(Environment::documentName(api)) + QStringLiteral("Uri");
        edit->setObjectName(base);
        edit->setAccessibleName(documentAccessibleName(api));
        edit->setMinimumWidth(440);
        edit->setClearButtonEnabled(true);
        m_uriEdits.insert(api, edit);
        addRow(connection, row, documentLabel(api), edit, nullptr, base);
        const QString field = uriField(api);
        connect(edit, &QLineEdit::textEdited, this, [this, field, edit] { clearEnvironmentIssue(field, edit); });
        // Said as soon as the field is left; Save checks again.
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (!edit->isReadOnly() && edit->isModified())
                setIssue(edit, uriProblem(edit->text()));
        });
        connect(edit, &QLineEdit::textChanged, this, [this, api](const QString &text) {
            if (m_currentKind != EnvironmentKind::Training)
                m_drafts[m_currentKind].uris.insert(api, text);
        });
    }

    m_caBundle = new QLineEdit(m_connectionBox);
    m_caBundle->setObjectName(QStringLiteral("caBundle"));
    m_caBundle->setAccessibleName(tr("CA bundle file"));
    m_caBundle->setPlaceholderText(tr("Empty: trust the system's certificate authorities"));
    m_caBundle->setClearButtonEnabled(true);
    m_browseButton = new QPushButton(tr("B&rowse\u2026"), m_connectionBox);
    m_browseButton->setObjectName(QStringLiteral("caBundleBrowse"));
    m_browseButton->setAccessibleName(tr("Browse for the CA bundle file"));
    m_browseButton->setAutoDefault(true);
    addRow(connection, row, tr("C&A bundle:"), m_caBundle, m_browseButton, QStringLiteral("caBundle"));
    connect(m_caBundle, &QLineEdit::textEdited, this, [this] { clearEnvironmentIssue(caBundleField, m_caBundle); });
    // Checked as soon as the field is left: a wrong file is said at once.
    connect(m_caBundle, &QLineEdit::editingFinished, this, [this] {
        if (!m_caBundle->isReadOnly() && m_caBundle->isModified())
            setIssue(m_caBundle, caBundleProblem(m_caBundle->text()));
    });
    connect(m_caBundle, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_currentKind != EnvironmentKind::Training)
            m_drafts[m_currentKind].caBundle = text;
    });
    connect(m_browseButton, &QPushButton::clicked, this, &SettingsForm::chooseCaBundle);

    m_timeout = new QSpinBox(m_connectionBox);
    m_timeout->setObjectName(QStringLiteral("timeoutSeconds"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_timeout->setRange(AppSettings::minTimeoutSeconds, AppSettings::maxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long to wait for the bank's answer, 1 to 600 seconds (default 30)."));
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int seconds) {
        if (m_currentKind != EnvironmentKind::Training)
            m_drafts[m_currentKind].timeoutSeconds = seconds;
    });
    auto *timeoutLine = new QWidget(m_connectionBox);
    auto *timeoutLayout = new QHBoxLayout(timeoutLine);
    timeoutLayout->setContentsMargins(0, 0, 0, 0);
    timeoutLayout->addWidget(m_timeout);
    timeoutLayout->addStretch(1);
    addRow(connection, row, tr("&Timeout:"), timeoutLine, nullptr, QStringLiteral("timeoutSeconds"));
    // The row machinery keys on the input itself, not its wrapper.
    m_errorLabels.insert(m_timeout, m_errorLabels.take(timeoutLine));
    m_lockNotes.insert(m_timeout, m_lockNotes.take(timeoutLine));
    for (QLabel *label : m_connectionBox->findChildren<QLabel *>()) {
        if (label->buddy() == timeoutLine)
            label->setBuddy(m_timeout);
    }

    m_credentialsBox = new QGroupBox(page);
    m_credentialsBox->setObjectName(QStringLiteral("credentialsBox"));
    auto *credentials = new QGridLayout(m_credentialsBox);
    credentials->setHorizontalSpacing(8);
    credentials->setVerticalSpacing(2);
    credentials->setColumnStretch(1, 1);
    row = 0;
    m_clientId = new QLineEdit(m_credentialsBox);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setAccessibleName(tr("Client id"));
    addRow(credentials, row, tr("Client i&d:"), m_clientId, nullptr, QStringLiteral("clientId"));
    m_clientSecret = new QLineEdit(m_credentialsBox);
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setAttribute(Qt::WA_InputMethodEnabled, false);
    addRow(credentials, row, tr("Clie&nt secret:"), m_clientSecret, nullptr, QStringLiteral("clientSecret"));
    m_credentialsState = new QLabel(m_credentialsBox);
    m_credentialsState->setObjectName(QStringLiteral("credentialsState"));
    m_credentialsState->setTextFormat(Qt::PlainText);
    m_credentialsState->setWordWrap(true);
    credentials->addWidget(m_credentialsState, row++, 1, 1, 2);

    m_storeCredentialsButton = new QPushButton(tr("Store in &keyring"), m_credentialsBox);
    m_storeCredentialsButton->setObjectName(QStringLiteral("storeCredentialsButton"));
    m_storeCredentialsButton->setAccessibleName(tr("Store the client credentials in the keyring"));
    m_storeCredentialsButton->setAutoDefault(true);
    m_forgetCredentialsButton = new QPushButton(tr("For&get"), m_credentialsBox);
    m_forgetCredentialsButton->setObjectName(QStringLiteral("forgetCredentialsButton"));
    m_forgetCredentialsButton->setAccessibleName(tr("Forget the client credentials"));
    m_forgetCredentialsButton->setToolTip(tr("Remove this environment's client id and secret from the keyring"));
    m_forgetCredentialsButton->setAutoDefault(true);
    auto *credentialButtons = new QHBoxLayout;
    credentialButtons->addWidget(m_storeCredentialsButton);
    credentialButtons->addWidget(m_forgetCredentialsButton);
    credentialButtons->addStretch(1);
    credentials->addLayout(credentialButtons, row++, 1, 1, 2);

    connect(m_clientId, &QLineEdit::textEdited, this, [this] { clearEnvironmentIssue(clientIdField, m_clientId); });
    connect(m_clientSecret, &QLineEdit::textEdited, this,
            [this] { clearEnvironmentIssue(clientSecretField, m_clientSecret); });
    connect(m_clientId, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_currentKind != EnvironmentKind::Training)
            m_drafts[m_currentKind].clientId = text;
    });
    connect(m_clientSecret, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_currentKind != EnvironmentKind::Training)
            m_drafts[m_currentKind].clientSecret = text;
    });
    connect(m_storeCredentialsButton, &QPushButton::clicked, this, &SettingsForm::storeCurrentCredentials);
    connect(m_forgetCredentialsButton, &QPushButton::clicked, this, &SettingsForm::forgetCurrentCredentials);

    connect(m_environmentPicker, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        showEnvironment(allKinds().value(index));
    });

    // One label column for both boxes, so their fields line up.
    int labelWidth = 0;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy() && label != pickerLabel)
            labelWidth = qMax(labelWidth, label->sizeHint().width());
    }
    connection->setColumnMinimumWidth(0, labelWidth);
    credentials->setColumnMinimumWidth(0, labelWidth);
    credentialButtons->setSpacing(8);

    // Both in one stack, so choosing Training does not make the page jump.
    auto *configurable = new QWidget;
    auto *configurableLayout = new QVBoxLayout(configurable);
    configurableLayout->setContentsMargins(0, 0, 0, 0);
    configurableLayout->setSpacing(8);
    configurableLayout->addWidget(m_connectionBox);
    configurableLayout->addWidget(m_credentialsBox);
    configurableLayout->addStretch(1);
    auto *builtIn = new QWidget;
    auto *builtInLayout = new QVBoxLayout(builtIn);
    builtInLayout->setContentsMargins(0, 0, 0, 0);
    builtInLayout->addWidget(m_trainingNote);
    builtInLayout->addStretch(1);
    m_environmentDetails = new QStackedWidget(page);
    m_environmentDetails->addWidget(configurable);
    m_environmentDetails->addWidget(builtIn);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(pickerLine);
    layout->addWidget(m_environmentDetails, 1);
    return page;
}

QGridLayout *SettingsForm::addSection(QBoxLayout *layout, const QString &title, const QString &objectName)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(objectName);
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    // Fields keep a comfortable width; notes and messages use the rest.
    grid->setColumnStretch(3, 1);
    layout->addWidget(box);
    return grid;
}

QWidget *SettingsForm::buildSessionTab()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("sessionTab"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    QGridLayout *session = addSection(layout, tr("Session"), QStringLiteral("sessionBox"));
    int row = 0;
    m_idleLock = new QSpinBox;
    m_idleLock->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleLock->setAccessibleName(tr("Lock after idle minutes"));
    m_idleLock->setRange(AppSettings::minIdleLockMinutes, AppSettings::maxIdleLockMinutes);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setMinimumWidth(120);
    m_idleLock->setToolTip(tr("1 to 120 minutes (default 5)."));
    addRow(session, row, tr("Idle &lock after:"), m_idleLock, nullptr, QStringLiteral("idleLockMinutes"));
    session->addWidget(makeNote(tr("Without keyboard or mouse use for this long, the console locks and asks for "
                                   "the operator's PIN."),
                                QStringLiteral("idleLockNote"), m_idleLock->parentWidget()),
                       row++, 1, 1, -1);

    QGridLayout *languageGrid = addSection(layout, tr("Language"), QStringLiteral("languageBox"));
    row = 0;
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Follow the system"), QString());
    // Each language is named in itself, so it can be found whatever is shown now.
    m_language->addItem(QStringLiteral("Español (Colombia)"), QStringLiteral("es_CO"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    addRow(languageGrid, row, tr("Lan&guage:"), m_language, nullptr, QStringLiteral("language"));
    languageGrid->addWidget(makeNote(tr("A new language takes effect the next time BranchDesk starts."),
                                     QStringLiteral("languageNote"), m_language->parentWidget()),
                            row++, 1, 1, -1);

    // Same label column in both boxes.
    const int labelWidth = qMax(session->itemAtPosition(0, 0)->widget()->sizeHint().width(),
                                languageGrid->itemAtPosition(0, 0)->widget()->sizeHint().width());
    session->setColumnMinimumWidth(0, labelWidth);
    languageGrid->setColumnMinimumWidth(0, labelWidth);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsForm::buildOperatorTab()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("operatorTab"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    QGridLayout *start = addSection(layout, tr("Start"), QStringLiteral("startBox"));
    int row = 0;
    m_defaultEnvironment = new QComboBox;
    m_defaultEnvironment->setObjectName(QStringLiteral("defaultEnvironment"));
    m_defaultEnvironment->setAccessibleName(tr("Environment at start"));
    for (EnvironmentKind kind : allKinds()) {
        const QString text = kind == EnvironmentKind::Training
                                 ? tr("%1 (built in)").arg(Environment::displayName(kind))
                                 : Environment::displayName(kind);
        m_defaultEnvironment->addItem(text, Environment::kindName(kind));
    }
    m_defaultEnvironment->setMinimumWidth(220);
    addRow(start, row, tr("Environment at st&art:"), m_defaultEnvironment, nullptr,
           QStringLiteral("defaultEnvironment"));
    start->addWidget(makeNote(tr("Used the next time BranchDesk starts, unless it is started with --environment."),
                              QStringLiteral("defaultEnvironmentNote"), m_defaultEnvironment->parentWidget()),
                     row++, 1, 1, -1);

    QGridLayout *operatorGrid = addSection(layout, tr("Operator defaults"), QStringLiteral("operatorBox"));
    row = 0;
    operatorGrid->addWidget(makeNote(tr("These pre-fill the sign-in. Letters and digits only."),
                                     QStringLiteral("operatorNote"), operatorGrid->parentWidget()),
                            row++, 0, 1, -1);
    struct Spec
    {
        QString key;
        QString label;
        QString accessibleName;
        QString objectName;
        int maxLength;
    };
    const QList<Spec> specs = {
        {AppSettings::operatorUserKey(), tr("&User:"), tr("Operator user"), QStringLiteral("operatorUser"), 20},
        {AppSettings::operatorBranchIdKey(), tr("&Branch:"), tr("Branch code"), QStringLiteral("operatorBranchId"),
         20},
        {AppSettings::operatorTerminalIdKey(), tr("&Terminal:"), tr("Terminal code"),
         QStringLiteral("operatorTerminalId"), 20},
        {AppSettings::operatorChannelKey(), tr("&Channel:"), tr("Channel"), QStringLiteral("operatorChannel"), 20},
        {AppSettings::operatorSubChannelKey(), tr("Sub-channe&l:"), tr("Sub-channel"),
         QStringLiteral("operatorSubChannel"), 4},
    };
    for (const Spec &spec : specs) {
        auto *edit = new QLineEdit;
        edit->setObjectName(spec.objectName);
        edit->setAccessibleName(spec.accessibleName);
        edit->setMaxLength(spec.maxLength);
        edit->setMinimumWidth(220);
        addRow(operatorGrid, row, spec.label, edit, nullptr, spec.objectName);
        m_operatorFields.append(OperatorField{edit, spec.key, {}});
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { setIssue(edit, {}); });
    }

    int labelWidth = 0;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy())
            labelWidth = qMax(labelWidth, label->sizeHint().width());
    }
    start->setColumnMinimumWidth(0, labelWidth);
    operatorGrid->setColumnMinimumWidth(0, labelWidth);
    layout->addStretch(1);
    return page;
}

// --- Loading and showing -------------------------------------------------

void SettingsForm::loadFromSettings()
{
    for (EnvironmentKind kind : configurableKinds())
        loadDraft(kind);

    m_savedIdleLock = m_settings->idleLockMinutes();
    m_idleLock->setValue(m_savedIdleLock);
    setLocked(m_idleLock, m_settings->isLocked(AppSettings::idleLockMinutesKey()));

    m_savedLanguage = m_settings->language();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_savedLanguage)));
    setLocked(m_language, m_settings->isLocked(AppSettings::languageKey()));

    const std::optional<EnvironmentKind> start =
        Environment::kindFromName(m_settings->value(AppSettings::environmentKey()).toString());
    m_savedDefaultEnvironment = Environment::kindName(start.value_or(EnvironmentKind::Training));
    m_defaultEnvironment->setCurrentIndex(qMax(0, m_defaultEnvironment->findData(m_savedDefaultEnvironment)));
    setLocked(m_defaultEnvironment, m_settings->isLocked(AppSettings::environmentKey()));

    for (OperatorField &field : m_operatorFields) {
        field.saved = m_settings->value(field.key).toString().trimmed();
        field.edit->setText(field.saved);
        setLocked(field.edit, m_settings->isLocked(field.key));
    }
}

void SettingsForm::loadDraft(EnvironmentKind kind)
{
    EnvironmentDraft &draft = m_drafts[kind];
    for (ApiDocument api : Environment::documents()) {
        QString uri = m_settings->value(AppSettings::baseUriKey(kind, api)).toString().trimmed();
        if (uri.isEmpty())
            uri = seedUri(kind, api);
        draft.uris.insert(api, uri);
        draft.savedUris.insert(api, uri);
    }
    draft.caBundle = draft.savedCaBundle = m_settings->value(AppSettings::caBundleKey(kind)).toString().trimmed();
    bool ok = false;
    const int timeout =
        m_settings->value(AppSettings::timeoutSecondsKey(kind), AppSettings::defaultTimeoutSeconds).toInt(&ok);
    draft.timeoutSeconds = draft.savedTimeoutSeconds =
        ok ? qBound(AppSettings::minTimeoutSeconds, timeout, AppSettings::maxTimeoutSeconds)
           : AppSettings::defaultTimeoutSeconds;
    draft.issues.clear();
}

void SettingsForm::showEnvironment(EnvironmentKind kind)
{
    m_currentKind = kind;
    const bool training = kind == EnvironmentKind::Training;
    m_environmentDetails->setCurrentIndex(training ? 1 : 0);
    if (training)
        return;

    const QString name = Environment::displayName(kind);
    m_connectionBox->setTitle(tr("Connection to %1").arg(name));
    m_credentialsBox->setTitle(tr("Client credentials for %1").arg(name));

    const EnvironmentDraft &draft = m_drafts[kind];
    for (ApiDocument api : Environment::documents()) {
        QLineEdit *edit = m_uriEdits.value(api);
        edit->setText(draft.uris.value(api));
        const QString fallback = seedUri(kind, api);
        const bool locked = m_settings->isLocked(AppSettings::baseUriKey(kind, api));
        edit->setPlaceholderText(!fallback.isEmpty() ? tr("Default: %1").arg(fallback)
                                 : locked        ? tr("Not configured")
                                                 : tr("Not configured: enter the address IT gave you"));
    }
    m_caBundle->setText(draft.caBundle);
    m_timeout->setValue(draft.timeoutSeconds);
    m_clientId->setText(draft.clientId);
    m_clientSecret->setText(draft.clientSecret);
    updateEnvironmentLocks();

    for (ApiDocument api : Environment::documents())
        setIssue(m_uriEdits.value(api), draft.issues.value(uriField(api)));
    setIssue(m_caBundle, draft.issues.value(caBundleField));
    setIssue(m_clientId, draft.issues.value(clientIdField));
    setIssue(m_clientSecret, draft.issues.value(clientSecretField));

    updateCredentialsView();
    if (draft.credentialState == CredentialState::Unknown)
        checkCredentials(kind);
}

void SettingsForm::updateEnvironmentLocks()
{
    const EnvironmentKind kind = m_currentKind;
    for (ApiDocument api : Environment::documents())
        setLocked(m_uriEdits.value(api), m_settings->isLocked(AppSettings::baseUriKey(kind, api)));
    setLocked(m_caBundle, m_settings->isLocked(AppSettings::caBundleKey(kind)), m_browseButton);
    setLocked(m_timeout, m_settings->isLocked(AppSettings::timeoutSecondsKey(kind)));
}

void SettingsForm::updateCredentialsView()
{
    if (m_currentKind == EnvironmentKind::Training)
        return;
    const EnvironmentDraft &draft = m_drafts[m_currentKind];
    QString state;
    QString secretPlaceholder;
    if (!m_credentials) {
        state = tr("The keyring is not available in this window.");
    } else {
        switch (draft.credentialState) {
        case CredentialState::Unknown:
        case CredentialState::Checking:
            state = tr("Checking the keyring\u2026");
            break;
        case CredentialState::Stored:
            state = tr("Stored in the keyring.");
            secretPlaceholder = tr("Stored \u2014 type a new secret to replace it");
            break;
        case CredentialState::NotStored:
            state = tr("Not stored: enter the client id and secret IT gave you.");
            secretPlaceholder = tr("Not stored");
            break;
        case CredentialState::Unavailable:
            state = tr("The keyring could not be read; see the message above.");
            break;
        }
    }
    m_credentialsState->setText(state);
    m_clientSecret->setPlaceholderText(secretPlaceholder);
    updateDescription(m_clientSecret);
    m_credentialsBox->setEnabled(m_credentials != nullptr);
    m_storeCredentialsButton->setEnabled(m_credentials && !isBusy());
    m_forgetCredentialsButton->setEnabled(m_credentials && !isBusy()
                                          && draft.credentialState != CredentialState::NotStored);
}

void SettingsForm::checkCredentials(EnvironmentKind kind)
{
    if (!m_credentials || kind == EnvironmentKind::Training)
        return;
    m_drafts[kind].credentialState = CredentialState::Checking;
    updateCredentialsView();
    const QString environment = Environment::kindName(kind);
    changeKeychainJobs(+1);
    m_credentials->readClientCredentials(
        environment, this, [this, kind, environment](const Result<ClientCredentials> &result) {
            changeKeychainJobs(-1);
            EnvironmentDraft &draft = m_drafts[kind];
            // Only the id is kept: the secret is never shown, so it is not held either.
            const bool untouched = draft.clientId == draft.storedClientId
                                   && !(kind == m_currentKind && m_clientId->isModified());
            if (result.ok()) {
                draft.credentialState = CredentialState::Stored;
                draft.storedClientId = result.value().clientId;
            } else if (result.error().nothingStored) {
                draft.credentialState = CredentialState::NotStored;
                draft.storedClientId.clear();
            } else {
                draft.credentialState = CredentialState::Unavailable;
                if (kind == m_currentKind)
                    showKeychainError(result.error());
            }
            if (untouched) {
                draft.clientId = draft.storedClientId;
                if (kind == m_currentKind)
                    m_clientId->setText(draft.clientId);
            }
            if (kind == m_currentKind)
                updateCredentialsView();
        });
}

// --- Validation -------------------------------------------------------------

QString SettingsForm::uriProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.contains(whitespace) || !url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return tr("This is not a valid address. Enter it like https://api.example.bank/v1.");
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return tr("Only https:// addresses are allowed: the bank's services are always reached over TLS.");
    // A user name or password in the address would end up in the settings file.
    if (!url.userInfo().isEmpty())
        return tr("Do not put a user name or password in the address; credentials go in the keyring.");
    if (url.hasQuery() || url.hasFragment())
        return tr("A base address has no ?query or #fragment part.");
    return {};
}

QString SettingsForm::caBundleProblem(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QFileInfo info(trimmed);
    if (!info.exists())
        return tr("There is no file at this path.");
    if (!info.isFile())
        return tr("This is a folder; choose the PEM file inside it.");
    QFile file(trimmed);
    if (!file.open(QIODevice::ReadOnly))
        return tr("This file cannot be read; check its permissions.");
    if (QSslCertificate::fromData(file.readAll(), QSsl::Pem).isEmpty())
        return tr("This file holds no PEM certificate (a block starting with -----BEGIN CERTIFICATE-----).");
    return {};
}

QString SettingsForm::operatorFieldProblem(const QString &text)
{
    static const QRegularExpression lettersAndDigits(QStringLiteral("^[A-Za-z0-9]*$"));
    if (!lettersAndDigits.match(text.trimmed()).hasMatch())
        return tr("Use letters and digits only.");
    return {};
}

QHash<QString, QString> SettingsForm::environmentIssues(EnvironmentKind kind) const
{
    QHash<QString, QString> issues;
    const EnvironmentDraft &draft = m_drafts[kind];
    // Only what would be written is checked: an untouched value is not saved again.
    for (ApiDocument api : Environment::documents()) {
        const QString text = draft.uris.value(api).trimmed();
        if (text != draft.savedUris.value(api) && !m_settings->isLocked(AppSettings::baseUriKey(kind, api))) {
            const QString problem = uriProblem(text);
            if (!problem.isEmpty())
                issues.insert(uriField(api), problem);
        }
    }
    if (draft.caBundle.trimmed() != draft.savedCaBundle && !m_settings->isLocked(AppSettings::caBundleKey(kind))) {
        const QString problem = caBundleProblem(draft.caBundle);
        if (!problem.isEmpty())
            issues.insert(caBundleField, problem);
    }
    if (credentialsPending(draft)) {
        if (draft.clientId.trimmed().isEmpty())
            issues.insert(clientIdField, tr("Enter the client id."));
        if (draft.clientSecret.isEmpty())
            issues.insert(clientSecretField, tr("Enter the client secret too: the id and secret are stored together."));
    }
    return issues;
}

bool SettingsForm::credentialsPending(const EnvironmentDraft &draft) const
{
    if (!m_credentials)
        return false;
    return !draft.clientSecret.isEmpty() || draft.clientId.trimmed() != draft.storedClientId;
}

bool SettingsForm::environmentChanged(EnvironmentKind kind) const
{
    const EnvironmentDraft &draft = m_drafts[kind];
    for (ApiDocument api : Environment::documents()) {
        if (draft.uris.value(api).trimmed() != draft.savedUris.value(api))
            return true;
    }
    return draft.caBundle.trimmed() != draft.savedCaBundle || draft.timeoutSeconds != draft.savedTimeoutSeconds;
}

bool SettingsForm::hasUnsavedChanges() const
{
    for (EnvironmentKind kind : configurableKinds()) {
        if (environmentChanged(kind) || credentialsPending(m_drafts[kind]))
            return true;
    }
    if (m_idleLock->value() != m_savedIdleLock || m_language->currentData().toString() != m_savedLanguage
        || m_defaultEnvironment->currentData().toString() != m_savedDefaultEnvironment)
        return true;
    for (const OperatorField &field : m_operatorFields) {
        if (field.edit->text().trimmed() != field.saved)
            return true;
    }
    return false;
}

// Marks every invalid field (in every environment) and returns whether all
// are valid. *firstInvalid: the topmost invalid field of the first section
// with a problem, with its environment on screen.
bool SettingsForm::validateAll(QWidget **firstInvalid)
{
    *firstInvalid = nullptr;
    std::optional<EnvironmentKind> firstKind;
    // The environment on screen first, then the others in picker order.
    QList<EnvironmentKind> kinds = configurableKinds();
    if (kinds.removeOne(m_currentKind))
        kinds.prepend(m_currentKind);
    for (EnvironmentKind kind : std::as_const(kinds)) {
        m_drafts[kind].issues = environmentIssues(kind);
        if (!m_drafts[kind].issues.isEmpty() && !firstKind)
            firstKind = kind;
    }

    bool operatorProblem = false;
    for (const OperatorField &field : std::as_const(m_operatorFields)) {
        const QString text = field.edit->text().trimmed();
        const QString problem =
            text != field.saved && !m_settings->isLocked(field.key) ? operatorFieldProblem(text) : QString();
        setIssue(field.edit, problem);
        if (!problem.isEmpty() && !operatorProblem) {
            operatorProblem = true;
            if (!firstKind)
                *firstInvalid = field.edit;
        }
    }

    if (firstKind) {
        if (*firstKind != m_currentKind) {
            m_environmentPicker->setCurrentIndex(allKinds().indexOf(*firstKind)); // shows its issues
        } else {
            showEnvironment(m_currentKind);
        }
        const EnvironmentDraft &draft = m_drafts[*firstKind];
        // Form order: addresses, CA bundle, client id, client secret.
        QStringList fieldOrder;
        for (ApiDocument api : Environment::documents())
            fieldOrder << uriField(api);
        fieldOrder << caBundleField << clientIdField << clientSecretField;
        for (const QString &fieldId : std::as_const(fieldOrder)) {
            if (draft.issues.contains(fieldId)) {
                *firstInvalid = fieldFor(fieldId);
                break;
            }
        }
    } else {
        showEnvironment(m_currentKind);
    }
    return *firstInvalid == nullptr;
}

QWidget *SettingsForm::fieldFor(const QString &fieldId) const
{
    if (fieldId == caBundleField)
        return m_caBundle;
    if (fieldId == clientIdField)
        return m_clientId;
    if (fieldId == clientSecretField)
        return m_clientSecret;
    for (ApiDocument api : Environment::documents()) {
        if (fieldId == uriField(api))
            return m_uriEdits.value(api);
    }
    return nullptr;
}

// --- Saving -----------------------------------------------------------------

bool SettingsForm::save()
{
    if (isBusy()) {
        m_banner->showMessage(MessageBanner::Type::Information,
                              tr("The keyring is still answering; save again in a moment."));
        return false;
    }
    m_banner->clear();

    QWidget *firstInvalid = nullptr;
    if (!validateAll(&firstInvalid)) {
        QStringList where;
        for (EnvironmentKind kind : configurableKinds()) {
            if (!m_drafts[kind].issues.isEmpty())
                where << Environment::displayName(kind);
        }
        const QString text = where.isEmpty()
                                 ? tr("Nothing was saved. Correct the fields marked in red, then save again.")
                                 : tr("Nothing was saved. Correct the fields marked in red (%1), then save again.")
                                       .arg(where.join(QStringLiteral(", ")));
        m_banner->showMessage(MessageBanner::Type::Error, text);
        if (m_environmentsTab->isAncestorOf(firstInvalid))
            m_tabs->setCurrentWidget(m_environmentsTab);
        else if (m_operatorTab->isAncestorOf(firstInvalid))
            m_tabs->setCurrentWidget(m_operatorTab);
        firstInvalid->setFocus(Qt::OtherFocusReason);
        return false;
    }

    QList<EnvironmentKind> pendingCredentials;
    for (EnvironmentKind kind : configurableKinds()) {
        if (credentialsPending(m_drafts[kind]))
            pendingCredentials << kind;
    }
    if (!hasUnsavedChanges()) {
        m_banner->showMessage(MessageBanner::Type::Information, tr("Nothing to save: no setting was changed."));
        return true;
    }

    m_saving = true;
    const QStringList failed = writeSettings();
    m_saving = false;

    // Show what is now in effect (a cleared field shows its default again);
    // the typed credentials stay in the drafts until the keyring has them.
    loadFromSettings();
    showEnvironment(m_currentKind);

    if (!failed.isEmpty()) {
        m_banner->showMessage(MessageBanner::Type::Error,
                              tr("Some settings could not be written to %1. Check that the file and its folder "
                                 "can be written, or ask IT.")
                                  .arg(QDir::toNativeSeparators(m_settings->userFilePath())),
                              tr("Not saved: %1").arg(failed.join(QStringLiteral(", "))));
        return false;
    }
    m_banner->showMessage(MessageBanner::Type::Positive,
                          pendingCredentials.isEmpty()
                              ? tr("Settings saved. Address, certificate and timeout changes apply the next time "
                                   "BranchDesk starts.")
                              : tr("Settings saved. Storing the client credentials in the keyring\u2026"));
    for (EnvironmentKind kind : std::as_const(pendingCredentials))
        storeCredentials(kind, true);
    emit saved();
    return true;
}

// Writes the changed, unlocked values; returns the keys that could not be written.
QStringList SettingsForm::writeSettings()
{
    QStringList failed;
    const auto write = [this, &failed](const QString &key, const QVariant &value) {
        if (m_settings->isLocked(key))
            return;
        const bool ok = value.toString().isEmpty() ? m_settings->remove(key) : m_settings->setValue(key, value);
        if (!ok)
            failed << key;
    };

    for (EnvironmentKind kind : configurableKinds()) {
        const EnvironmentDraft &draft = m_drafts[kind];
        for (ApiDocument api : Environment::documents()) {
            const QString text = draft.uris.value(api).trimmed();
            if (text != draft.savedUris.value(api))
                write(AppSettings::baseUriKey(kind, api), text);
        }
        if (draft.caBundle.trimmed() != draft.savedCaBundle)
            write(AppSettings::caBundleKey(kind), draft.caBundle.trimmed());
        if (draft.timeoutSeconds != draft.savedTimeoutSeconds)
            write(AppSettings::timeoutSecondsKey(kind), draft.timeoutSeconds);
    }
    if (m_idleLock->value() != m_savedIdleLock)
        write(AppSettings::idleLockMinutesKey(), m_idleLock->value());
    const QString language = m_language->currentData().toString();
    if (language != m_savedLanguage && !m_settings->isLocked(AppSettings::languageKey())) {
        // Written even when empty: "follow the system" must override a system file's language.
        if (!m_settings->setValue(AppSettings::languageKey(), language))
            failed << AppSettings::languageKey();
    }
    if (m_defaultEnvironment->currentData().toString() != m_savedDefaultEnvironment)
        write(AppSettings::environmentKey(), m_defaultEnvironment->currentData().toString());
    for (const OperatorField &field : std::as_const(m_operatorFields)) {
        const QString text = field.edit->text().trimmed();
        if (text != field.saved)
            write(field.key, text);
    }
    return failed;
}

// --- Client credentials -------------------------------------------------------

void SettingsForm::storeCurrentCredentials()
{
    if (!m_credentials || m_currentKind == EnvironmentKind::Training || isBusy())
        return;
    m_banner->clear();
    EnvironmentDraft &draft = m_drafts[m_currentKind];
    QHash<QString, QString> issues;
    if (draft.clientId.trimmed().isEmpty())
        issues.insert(clientIdField, tr("Enter the client id."));
    if (draft.clientSecret.isEmpty())
        issues.insert(clientSecretField, tr("Enter the client secret too: the id and secret are stored together."));
    setIssue(m_clientId, issues.value(clientIdField));
    setIssue(m_clientSecret, issues.value(clientSecretField));
    draft.issues.remove(clientIdField);
    draft.issues.remove(clientSecretField);
    if (!issues.isEmpty()) {
        draft.issues.insert(issues);
        (issues.contains(clientIdField) ? m_clientId : m_clientSecret)->setFocus(Qt::OtherFocusReason);
        return;
    }
    storeCredentials(m_currentKind, false);
}

void SettingsForm::storeCredentials(EnvironmentKind kind, bool fromSave)
{
    const QString environment = Environment::kindName(kind);
    const ClientCredentials credentials{m_drafts[kind].clientId.trimmed(), m_drafts[kind].clientSecret};
    changeKeychainJobs(+1);
    m_credentials->writeClientCredentials(
        environment, credentials, this, [this, kind, fromSave, credentials](const Result<bool> &result) {
            changeKeychainJobs(-1);
            EnvironmentDraft &draft = m_drafts[kind];
            if (!result.ok()) {
                // The typed id and secret stay in the fields to try again.
                showKeychainError(result.error());
                if (kind == m_currentKind)
                    updateCredentialsView();
                return;
            }
            draft.storedClientId = credentials.clientId;
            draft.clientId = credentials.clientId;
            draft.clientSecret.clear();
            draft.credentialState = CredentialState::Stored;
            if (kind == m_currentKind) {
                m_clientId->setText(draft.clientId);
                m_clientSecret->clear();
                updateCredentialsView();
            }
            // A token fetched with the old credentials must not be reused.
            if (m_client)
                m_client->clearTokens();
            const QString name = Environment::displayName(kind);
            m_banner->showMessage(MessageBanner::Type::Positive,
                                  fromSave ? tr("Settings saved, and the client credentials for %1 are stored in "
                                                "the keyring.")
                                                 .arg(name)
                                           : tr("The client credentials for %1 are stored in the keyring.")
                                                 .arg(name));
        });
}

void SettingsForm::forgetCurrentCredentials()
{
    if (!m_credentials || m_currentKind == EnvironmentKind::Training || isBusy())
        return;
    const EnvironmentKind kind = m_currentKind;
    const QString environment = Environment::kindName(kind);
    m_banner->clear();
    changeKeychainJobs(+1);
    // The secret first: if the keyring fails half-way, the secret is what must be gone.
    m_credentials->remove(
        CredentialStore::key(environment, QStringLiteral("client_secret")), this,
        [this, kind, environment](const Result<bool> &secretRemoved) {
            if (!secretRemoved.ok()) {
                changeKeychainJobs(-1);
                showKeychainError(secretRemoved.error());
                return;
            }
            m_credentials->remove(
                CredentialStore::key(environment, QStringLiteral("client_id")), this,
                [this, kind](const Result<bool> &idRemoved) {
                    changeKeychainJobs(-1);
                    EnvironmentDraft &draft = m_drafts[kind];
                    draft.clientSecret.clear();
                    draft.credentialState = CredentialState::NotStored;
                    if (m_client)
                        m_client->clearTokens();
                    if (!idRemoved.ok()) {
                        showKeychainError(idRemoved.error());
                    } else {
                        draft.storedClientId.clear();
                        draft.clientId.clear();
                        m_banner->showMessage(MessageBanner::Type::Positive,
                                              tr("The client credentials for %1 were removed from the keyring.")
                                                  .arg(Environment::displayName(kind)));
                    }
                    if (kind == m_currentKind) {
                        m_clientId->setText(draft.clientId);
                        m_clientSecret->clear();
                        updateCredentialsView();
                    }
                });
        });
}

void SettingsForm::showKeychainError(const ApiError &error)
{
    // The store's own sentence says what to do; the keyring's words help support.
    const QString text = error.detail.isEmpty() ? error.userMessage() : error.detail;
    const QString detail = error.description.isEmpty() ? QString() : tr("Keyring: %1").arg(error.description);
    m_banner->showMessage(MessageBanner::Type::Error, text, detail);
}

void SettingsForm::changeKeychainJobs(int delta)
{
    const bool wasBusy = isBusy();
    m_keychainJobs += delta;
    if (wasBusy != isBusy()) {
        updateCredentialsView();
        emit busyChanged(isBusy());
    }
}

// --- Reverting, files, field state ----------------------------------------------

void SettingsForm::revert()
{
    for (EnvironmentKind kind : configurableKinds()) {
        EnvironmentDraft &draft = m_drafts[kind];
        draft.clientSecret.clear();
        draft.clientId = draft.storedClientId;
    }
    loadFromSettings();
    clearAllIssues();
    showEnvironment(m_currentKind);
    m_banner->showMessage(MessageBanner::Type::Information,
                          tr("Your changes were discarded; the saved settings are shown."));
}

void SettingsForm::chooseCaBundle()
{
    const QString current = m_caBundle->text().trimmed();
    const QString folder = current.isEmpty() ? QStringLiteral("/etc/ssl/certs") : QFileInfo(current).absolutePath();
    // Window-modal and asynchronous: no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Choose the CA bundle"), folder,
                                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(QStringLiteral("caBundleDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_caBundle->setText(file);
        clearEnvironmentIssue(caBundleField, m_caBundle);
        setIssue(m_caBundle, caBundleProblem(file));
        m_caBundle->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void SettingsForm::setIssue(QWidget *field, const QString &message)
{
    if (message.isEmpty())
        m_issues.remove(field);
    else
        m_issues.insert(field, message);
    if (QLabel *label = m_errorLabels.value(field)) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
    updateDescription(field);
}

void SettingsForm::clearEnvironmentIssue(const QString &fieldId, QWidget *field)
{
    if (m_currentKind != EnvironmentKind::Training)
        m_drafts[m_currentKind].issues.remove(fieldId);
    setIssue(field, {});
}

void SettingsForm::clearAllIssues()
{
    for (EnvironmentKind kind : configurableKinds())
        m_drafts[kind].issues.clear();
    const QList<QWidget *> fields = m_errorLabels.keys();
    for (QWidget *field : fields)
        setIssue(field, {});
}

void SettingsForm::setLocked(QWidget *field, bool locked, QWidget *companion)
{
    // The tooltip explains the lock; the field's own tooltip comes back without it.
    if (!field->property("ownToolTip").isValid())
        field->setProperty("ownToolTip", field->toolTip());
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        edit->setReadOnly(locked);
        if (edit == m_caBundle || m_uriEdits.values().contains(edit))
            edit->setClearButtonEnabled(!locked);
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field)) {
        spin->setReadOnly(locked);
        spin->setButtonSymbols(locked ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    } else {
        // A combo box has no read-only mode.
        field->setEnabled(!locked);
    }
    if (companion)
        companion->setEnabled(!locked);
    if (QLabel *note = m_lockNotes.value(field))
        note->setVisible(locked);
    field->setToolTip(locked ? lockDescription() : field->property("ownToolTip").toString());
    if (field->property("locked").toBool() != locked) {
        field->setProperty("locked", locked);
        field->style()->unpolish(field);
        field->style()->polish(field);
    }
    updateDescription(field);
}

// The accessible description carries the field's problem, else its lock.
void SettingsForm::updateDescription(QWidget *field)
{
    const QString issue = m_issues.value(field);
    if (!issue.isEmpty())
        field->setAccessibleDescription(issue);
    else if (field->property("locked").toBool())
        field->setAccessibleDescription(lockDescription());
    else if (field == m_clientSecret)
        field->setAccessibleDescription(m_credentialsState->text()); // "stored" / "not stored"
    else
        field->setAccessibleDescription({});
}
