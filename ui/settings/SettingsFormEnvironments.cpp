// SettingsForm, continued: the Environments tab's connection part (base
// URI per API document, CA bundle, timeout) and the per-environment drafts.

#include "SettingsForm.h"
#include "SettingsFormSupport.h"

#include "AppSettings.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace SettingsFormSupport;

namespace {

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

QString seedUri(EnvironmentKind kind, ApiDocument api)
{
    return Environment::defaults(kind).baseUri(api).toString();
}

} // namespace

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

    QGridLayout *credentials = buildCredentialsBox(page);

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

bool SettingsForm::environmentChanged(EnvironmentKind kind) const
{
    const EnvironmentDraft &draft = m_drafts[kind];
    for (ApiDocument api : Environment::documents()) {
        if (draft.uris.value(api).trimmed() != draft.savedUris.value(api))
            return true;
    }
    return draft.caBundle.trimmed() != draft.savedCaBundle || draft.timeoutSeconds != draft.savedTimeoutSeconds;
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
