// The Settings page, driven through its widgets: temporary user and system
// settings files, and the real Secret Service (service "BranchDeskTests").
#include "KeychainTestSupport.h"
#include "SettingsTestSupport.h"

#include "ApiClient.h"
#include "AppSettings.h"
#include "CredentialStore.h"
#include "ItauCustomerApi.h"
#include "settings/SettingsForm.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QPointer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace KeychainTestSupport;
using namespace SettingsTestSupport;

namespace {

// The child called `name`, or a test failure naming the missing widget.
template <typename T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        ADD_FAILURE() << "no " << T::staticMetaObject.className() << " named \"" << name << "\"";
    return found;
}

const QString qaCustomersKey = QStringLiteral("environments/QA/customers-management");

class SettingsFormTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            << "These tests need a real Secret Service: run them under dbus-run-session with "
               "gnome-keyring-daemon unlocked (see QT-NOTES.md), or exclude the label 'keychain'.";
        // Every test starts with no client credentials stored for the test service.
        for (const char *environment : {"Sandbox", "QA", "Live"}) {
            for (const char *name : {"client_id", "client_secret"}) {
                const auto removed = removeNow(
                    m_store, CredentialStore::key(QString::fromLatin1(environment), QString::fromLatin1(name)));
                ASSERT_TRUE(removed && removed->ok());
            }
        }
        m_client = std::make_unique<ApiClient>(&m_store, nullptr);
        m_client->setEnvironment(Environment::defaults(EnvironmentKind::QA));
    }

    void TearDown() override
    {
        m_form.reset();
        m_settings.reset();
    }

    // Writes the files, then opens the form as the console would.
    void openForm(const QByteArray &system = {}, const QByteArray &user = {})
    {
        if (!system.isEmpty())
            m_files.writeSystem(system);
        if (!user.isEmpty())
            m_files.writeUser(user);
        reopenForm();
    }

    // A new AppSettings and form on the same files: what the next visit shows.
    void reopenForm()
    {
        m_form.reset();
        m_settings = std::make_unique<AppSettings>(m_files.userFile(), m_files.systemFile());
        m_form = std::make_unique<SettingsForm>(m_settings.get(), &m_store, m_client.get());
        m_form->resize(1100, 800);
        m_form->show();
        m_form->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_form.get()));
        // The stored-credentials check of the environment on screen.
        ASSERT_TRUE(QTest::qWaitFor([this] { return !m_form->isBusy(); }, 20000));
        m_banner = child<MessageBanner>(m_form.get(), "messageBanner");
        m_tabs = child<QTabWidget>(m_form.get(), "settingsTabs");
        m_picker = child<QComboBox>(m_form.get(), "environmentPicker");
        m_saveButton = child<QPushButton>(m_form.get(), "saveButton");
        ASSERT_FALSE(HasFailure());
    }

    void pickEnvironment(const QString &name)
    {
        m_tabs->setCurrentIndex(0);
        m_picker->setCurrentIndex(m_picker->findData(name));
        ASSERT_EQ(m_picker->currentData().toString(), name);
        ASSERT_TRUE(QTest::qWaitFor([this] { return !m_form->isBusy(); }, 20000));
    }

    // Replaces a field's text the way a teller does: select all, type.
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    QByteArray userFileBytes() const { return SettingsFiles::read(m_files.userFile()); }

    bool waitForKeychain() const
    {
        return QTest::qWaitFor([this] { return !m_form->isBusy(); }, 20000);
    }

    SettingsFiles m_files;
    CredentialStore m_store{testServiceName()};
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SettingsForm> m_form;
    MessageBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_picker = nullptr;
    QPushButton *m_saveButton = nullptr;
};

TEST_F(SettingsFormTest, OpensOnTheEnvironmentInUseWithItsSavedValues)
{
    openForm({}, "[environments]\nQA/timeoutSeconds=45\n");
    EXPECT_EQ(m_form->objectName(), QStringLiteral("settingsForm"));
    EXPECT_EQ(m_picker->currentData().toString(), QStringLiteral("QA"));
    EXPECT_EQ(child<QLineEdit>(m_form.get(), "customersManagementUri")->text(),
              Environment::defaults(EnvironmentKind::QA).baseUri(ApiDocument::CustomersManagement).toString());
    EXPECT_TRUE(child<QLineEdit>(m_form.get(), "policyManagementUri")->text().isEmpty());
    EXPECT_EQ(child<QSpinBox>(m_form.get(), "timeoutSeconds")->value(), 45);
    EXPECT_EQ(child<QSpinBox>(m_form.get(), "idleLockMinutes")->value(), 5);
    EXPECT_FALSE(m_form->hasUnsavedChanges());
}

TEST_F(SettingsFormTest, EditingAndSavingABaseUriWritesTheUserFile)
{
    openForm();
    auto *uri = child<QLineEdit>(m_form.get(), "policyManagementUri");
    retype(uri, QStringLiteral("https://policy.example.bank/api/policyManagement/v1"));
    EXPECT_TRUE(m_form->hasUnsavedChanges());

    QTest::mouseClick(m_saveButton, Qt::LeftButton);

    EXPECT_TRUE(m_banner->isVisible());
    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Positive) << m_banner->text().toStdString();
    EXPECT_TRUE(userFileBytes().contains("QA\\policy-management=https://policy.example.bank/api/policyManagement/v1"))
        << userFileBytes().toStdString();
    const AppSettings reread(m_files.userFile(), m_files.systemFile());
    EXPECT_EQ(reread.value(QStringLiteral("environments/QA/policy-management")).toString(),
              QStringLiteral("https://policy.example.bank/api/policyManagement/v1"));
    // Untouched values are not pinned in the user's file.
    EXPECT_FALSE(userFileBytes().contains("customers-management"));
    EXPECT_FALSE(userFileBytes().contains("timeoutSeconds"));
    EXPECT_FALSE(m_form->hasUnsavedChanges());
}

TEST_F(SettingsFormTest, CtrlSSavesAndAClearedFieldFallsBackToTheSystemValue)
{
    openForm("[environments]\nQA/customers-management=https://it.example.bank/customers\n",
             "[environments]\nQA/customers-management=https://mine.example.bank/customers\n");
    auto *uri = child<QLineEdit>(m_form.get(), "customersManagementUri");
    EXPECT_EQ(uri->text(), QStringLiteral("https://mine.example.bank/customers"));
    retype(uri, QString());

    QTest::keyClick(uri, Qt::Key_S, Qt::ControlModifier);

    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Positive) << m_banner->text().toStdString();
    EXPECT_FALSE(userFileBytes().contains("customers-management")) << userFileBytes().toStdString();
    EXPECT_EQ(uri->text(), QStringLiteral("https://it.example.bank/customers"));
}

TEST_F(SettingsFormTest, HttpUriShowsTheFieldMessageAndSavesNothing)
{
    openForm();
    auto *branch = child<QLineEdit>(m_form.get(), "operatorBranchId");
    m_tabs->setCurrentIndex(2);
    retype(branch, QStringLiteral("1108"));
    m_tabs->setCurrentIndex(0);
    auto *uri = child<QLineEdit>(m_form.get(), "securityManagementUri");
    retype(uri, QStringLiteral("http://security.example.bank/v1"));

    QTest::mouseClick(m_saveButton, Qt::LeftButton);

    auto *error = child<QLabel>(m_form.get(), "securityManagementUriError");
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("https://"))) << error->text().toStdString();
    EXPECT_EQ(uri->accessibleDescription(), error->text());
    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(m_banner->text().startsWith(QStringLiteral("Nothing was saved"))) << m_banner->text().toStdString();
    EXPECT_EQ(QApplication::focusWidget(), uri);
    // Not even the valid operator change was written.
    EXPECT_FALSE(QFileInfo::exists(m_files.userFile()));

    // Corrected, everything is saved and the message goes.
    retype(uri, QStringLiteral("https://security.example.bank/v1"));
    EXPECT_FALSE(error->isVisible());
    QTest::mouseClick(m_saveButton, Qt::LeftButton);
    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Positive);
    EXPECT_TRUE(userFileBytes().contains("branchId=1108"));
    EXPECT_TRUE(userFileBytes().contains("QA\\security-management=https://security.example.bank/v1"));
}

TEST_F(SettingsFormTest, UriRulesSayWhatIsWrong)
{
    EXPECT_TRUE(SettingsForm::uriProblem(QString()).isEmpty());
    EXPECT_TRUE(SettingsForm::uriProblem(QStringLiteral("https://api.example.bank/v1")).isEmpty());
    EXPECT_TRUE(SettingsForm::uriProblem(QStringLiteral("https://127.0.0.1:8443")).isEmpty());
    EXPECT_FALSE(SettingsForm::uriProblem(QStringLiteral("http://api.example.bank")).isEmpty());
    EXPECT_FALSE(SettingsForm::uriProblem(QStringLiteral("api.example.bank/v1")).isEmpty());
    EXPECT_FALSE(SettingsForm::uriProblem(QStringLiteral("https://")).isEmpty());
    EXPECT_FALSE(SettingsForm::uriProblem(QStringLiteral("https://api example.bank")).isEmpty());
    EXPECT_FALSE(SettingsForm::uriProblem(QStringLiteral("https://user:pass@api.example.bank")).isEmpty());
    EXPECT_FALSE(SettingsForm::uriProblem(QStringLiteral("https://api.example.bank/v1?x=1")).isEmpty());
}

TEST_F(SettingsFormTest, GarbageCaBundleShowsTheFieldMessageAndSavesNothing)
{
    const QString garbage = m_files.writeFile(QStringLiteral("garbage.pem"), "this is not a certificate\n");
    openForm();
    auto *ca = child<QLineEdit>(m_form.get(), "caBundle");
    auto *error = child<QLabel>(m_form.get(), "caBundleError");
    retype(ca, garbage);
    // Said as soon as the field is left, before Save.
    QTest::keyClick(ca, Qt::Key_Tab);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("PEM"))) << error->text().toStdString();

    QTest::mouseClick(m_saveButton, Qt::LeftButton);
    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), ca);
    EXPECT_FALSE(QFileInfo::exists(m_files.userFile()));

    retype(ca, m_files.path(QStringLiteral("missing.pem")));
    QTest::mouseClick(m_saveButton, Qt::LeftButton);
    EXPECT_TRUE(error->text().contains(QStringLiteral("no file"))) << error->text().toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_files.userFile()));

    const QString pem = m_files.writeFile(QStringLiteral("bank-ca.pem"), testCaPem());
    retype(ca, pem);
    QTest::mouseClick(m_saveButton, Qt::LeftButton);
    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Positive) << m_banner->text().toStdString();
    EXPECT_FALSE(error->isVisible());
    const AppSettings reread(m_files.userFile(), m_files.systemFile());
    EXPECT_EQ(reread.value(AppSettings::caBundleKey(EnvironmentKind::QA)).toString(), pem);
}

TEST_F(SettingsFormTest, EditsOfEveryEnvironmentAreKeptAndAnInvalidOneElsewhereIsShown)
{
    openForm();
    auto *customers = child<QLineEdit>(m_form.get(), "customersManagementUri");
    retype(customers, QStringLiteral("http://qa.example.bank"));
    pickEnvironment(QStringLiteral("Live"));
    EXPECT_EQ(customers->text(),
              Environment::defaults(EnvironmentKind::Live).baseUri(ApiDocument::CustomersManagement).toString());
    retype(child<QLineEdit>(m_form.get(), "policyManagementUri"), QStringLiteral("https://policy.live.example.bank"));

    QTest::mouseClick(m_saveButton, Qt::LeftButton);

    // Back on QA, at the field, with the edit still there.
    EXPECT_EQ(m_picker->currentData().toString(), QStringLiteral("QA"));
    EXPECT_EQ(customers->text(), QStringLiteral("http://qa.example.bank"));
    EXPECT_EQ(QApplication::focusWidget(), customers);
    EXPECT_TRUE(child<QLabel>(m_form.get(), "customersManagementUriError")->isVisible());
    EXPECT_TRUE(m_banner->text().contains(QStringLiteral("QA"))) << m_banner->text().toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_files.userFile()));

    retype(customers, QStringLiteral("https://qa.example.bank"));
    QTest::mouseClick(m_saveButton, Qt::LeftButton);
    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Positive);
    const AppSettings reread(m_files.userFile(), m_files.systemFile());
    EXPECT_EQ(reread.value(qaCustomersKey).toString(), QStringLiteral("https://qa.example.bank"));
    EXPECT_EQ(reread.value(QStringLiteral("environments/Live/policy-management")).toString(),
              QStringLiteral("https://policy.live.example.bank"));
}

TEST_F(SettingsFormTest, LockedKeysAreReadOnlyWithTheNoteAndNeverWritten)
{
    openForm("locked=environments/QA/customers-management, session/idleLockMinutes, environment,"
             " environments/Live/*\n"
             "environment=QA\n"
             "[environments]\nQA/customers-management=https://it.example.bank/customers\n"
             "[session]\nidleLockMinutes=3\n",
             "environment=Training\n"
             "[environments]\nQA/customers-management=https://mine.example.bank/customers\n"
             "[session]\nidleLockMinutes=60\n");
    const QByteArray userBefore = userFileBytes();

    auto *customers = child<QLineEdit>(m_form.get(), "customersManagementUri");
    auto *note = child<QLabel>(m_form.get(), "customersManagementUriLock");
    EXPECT_EQ(customers->text(), QStringLiteral("https://it.example.bank/customers"));
    EXPECT_TRUE(customers->isReadOnly());
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(note->text(), QStringLiteral("Set by your IT department"));
    EXPECT_TRUE(customers->toolTip().contains(QStringLiteral("Set by your IT department")));
    EXPECT_TRUE(customers->accessibleDescription().contains(QStringLiteral("Set by your IT department")));
    // Unlocked neighbours stay editable.
    EXPECT_FALSE(child<QLineEdit>(m_form.get(), "securityManagementUri")->isReadOnly());
    EXPECT_FALSE(child<QLabel>(m_form.get(), "securityManagementUriLock")->isVisible());

    // Typing into it changes nothing.
    customers->setFocus();
    QTest::keyClicks(customers, QStringLiteral("xyz"));
    EXPECT_EQ(customers->text(), QStringLiteral("https://it.example.bank/customers"));

    m_tabs->setCurrentIndex(1);
    auto *idle = child<QSpinBox>(m_form.get(), "idleLockMinutes");
    EXPECT_EQ(idle->value(), 3);
    EXPECT_TRUE(idle->isReadOnly());
    EXPECT_TRUE(child<QLabel>(m_form.get(), "idleLockMinutesLock")->isVisible());
    m_tabs->setCurrentIndex(2);
    auto *start = child<QComboBox>(m_form.get(), "defaultEnvironment");
    EXPECT_EQ(start->currentData().toString(), QStringLiteral("QA"));
    EXPECT_FALSE(start->isEnabled());
    EXPECT_TRUE(child<QLabel>(m_form.get(), "defaultEnvironmentLock")->isVisible());

    // A whole group: every Live field is locked, the Browse button too.
    pickEnvironment(QStringLiteral("Live"));
    for (const char *name : {"customersManagementUri", "securityManagementUri", "policyManagementUri",
                             "itauCustomerByAccountUri", "openBankProjectUri", "caBundle"})
        EXPECT_TRUE(child<QLineEdit>(m_form.get(), name)->isReadOnly()) << name;
    EXPECT_TRUE(child<QSpinBox>(m_form.get(), "timeoutSeconds")->isReadOnly());
    EXPECT_FALSE(child<QPushButton>(m_form.get(), "caBundleBrowse")->isEnabled());
    // Back on QA the group lock no longer applies.
    pickEnvironment(QStringLiteral("QA"));
    EXPECT_FALSE(child<QLineEdit>(m_form.get(), "caBundle")->isReadOnly());
    EXPECT_TRUE(child<QPushButton>(m_form.get(), "caBundleBrowse")->isEnabled());

    // Nothing to save, and the user's file is left exactly as it was.
    QTest::mouseClick(m_saveButton, Qt::LeftButton);
    EXPECT_EQ(userFileBytes(), userBefore);
    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Information);
}

TEST_F(SettingsFormTest, SavingOtherChangesLeavesLockedUserLinesAlone)
{
    openForm("locked=session/idleLockMinutes\n[session]\nidleLockMinutes=3\n",
             "[session]\nidleLockMinutes=60\n");
    m_tabs->setCurrentIndex(1);
    auto *language = child<QComboBox>(m_form.get(), "language");
    language->setFocus();
    language->setCurrentIndex(language->findData(QStringLiteral("es_CO")));
    EXPECT_TRUE(child<QLabel>(m_form.get(), "languageNote")->isVisible());
    QTest::mouseClick(m_saveButton, Qt::LeftButton);

    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Positive) << m_banner->text().toStdString();
    EXPECT_TRUE(userFileBytes().contains("idleLockMinutes=60"));
    EXPECT_TRUE(userFileBytes().contains("language=es_CO"));
    const AppSettings reread(m_files.userFile(), m_files.systemFile());
    EXPECT_EQ(reread.idleLockMinutes(), 3);
    EXPECT_EQ(reread.language(), QStringLiteral("es_CO"));
}

TEST_F(SettingsFormTest, SessionAndOperatorDefaultsAreSaved)
{
    openForm();
    m_tabs->setCurrentIndex(1);
    auto *idle = child<QSpinBox>(m_form.get(), "idleLockMinutes");
    idle->setFocus();
    idle->selectAll();
    QTest::keyClicks(idle, QStringLiteral("15"));
    m_tabs->setCurrentIndex(2);
    auto *start = child<QComboBox>(m_form.get(), "defaultEnvironment");
    start->setCurrentIndex(start->findData(QStringLiteral("Sandbox")));
    retype(child<QLineEdit>(m_form.get(), "operatorUser"), QStringLiteral("JPEREZ"));
    retype(child<QLineEdit>(m_form.get(), "operatorTerminalId"), QStringLiteral("T 42"));

    QTest::mouseClick(m_saveButton, Qt::LeftButton);
    EXPECT_TRUE(child<QLabel>(m_form.get(), "operatorTerminalIdError")->isVisible());
    EXPECT_FALSE(QFileInfo::exists(m_files.userFile()));

    retype(child<QLineEdit>(m_form.get(), "operatorTerminalId"), QStringLiteral("T0042"));
    QTest::mouseClick(m_saveButton, Qt::LeftButton);
    const AppSettings reread(m_files.userFile(), m_files.systemFile());
    EXPECT_EQ(reread.idleLockMinutes(), 15);
    EXPECT_EQ(reread.value(AppSettings::environmentKey()).toString(), QStringLiteral("Sandbox"));
    EXPECT_EQ(reread.value(AppSettings::operatorUserKey()).toString(), QStringLiteral("JPEREZ"));
    EXPECT_EQ(reread.value(AppSettings::operatorTerminalIdKey()).toString(), QStringLiteral("T0042"));
    EXPECT_FALSE(reread.value(AppSettings::operatorBranchIdKey()).isValid());
}

TEST_F(SettingsFormTest, RevertDiscardsEdits)
{
    openForm();
    auto *uri = child<QLineEdit>(m_form.get(), "policyManagementUri");
    retype(uri, QStringLiteral("http://bad"));
    retype(child<QLineEdit>(m_form.get(), "clientSecret"), QStringLiteral("typed"));
    QTest::mouseClick(m_saveButton, Qt::LeftButton);
    ASSERT_TRUE(child<QLabel>(m_form.get(), "policyManagementUriError")->isVisible());

    QTest::mouseClick(child<QPushButton>(m_form.get(), "revertButton"), Qt::LeftButton);
    EXPECT_TRUE(uri->text().isEmpty());
    EXPECT_FALSE(child<QLabel>(m_form.get(), "policyManagementUriError")->isVisible());
    EXPECT_TRUE(child<QLineEdit>(m_form.get(), "clientSecret")->text().isEmpty());
    EXPECT_FALSE(m_form->hasUnsavedChanges());
}

TEST_F(SettingsFormTest, TrainingIsBuiltInAndNotEditable)
{
    openForm();
    pickEnvironment(QStringLiteral("Training"));
    EXPECT_TRUE(child<QLabel>(m_form.get(), "trainingNote")->isVisible());
    EXPECT_FALSE(child<QGroupBox>(m_form.get(), "connectionBox")->isVisible());
    EXPECT_FALSE(child<QGroupBox>(m_form.get(), "credentialsBox")->isVisible());
    pickEnvironment(QStringLiteral("Sandbox"));
    EXPECT_FALSE(child<QLabel>(m_form.get(), "trainingNote")->isVisible());
    EXPECT_TRUE(child<QGroupBox>(m_form.get(), "connectionBox")->isVisible());
}

TEST_F(SettingsFormTest, ClientCredentialsGoToTheKeychainOnlyAndTheSecretIsNeverShown)
{
    openForm("[operator]\nbranchId=1108\n");
    auto *state = child<QLabel>(m_form.get(), "credentialsState");
    EXPECT_EQ(state->text(), QStringLiteral("Not stored: enter the client id and secret IT gave you."));
    EXPECT_FALSE(child<QPushButton>(m_form.get(), "forgetCredentialsButton")->isEnabled());

    const QString clientId = uniqueText(QStringLiteral("client-"));
    const QString secret = uniqueText(QStringLiteral("secret-"));
    retype(child<QLineEdit>(m_form.get(), "clientId"), clientId);
    auto *secretField = child<QLineEdit>(m_form.get(), "clientSecret");
    EXPECT_EQ(secretField->echoMode(), QLineEdit::Password);
    retype(secretField, secret);
    QTest::mouseClick(child<QPushButton>(m_form.get(), "storeCredentialsButton"), Qt::LeftButton);
    ASSERT_TRUE(waitForKeychain());

    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Positive) << m_banner->text().toStdString();
    EXPECT_TRUE(secretField->text().isEmpty());
    EXPECT_EQ(state->text(), QStringLiteral("Stored in the keyring."));

    // In the keychain, under the environment's keys ...
    const auto stored = readCredentialsNow(m_store, QStringLiteral("QA"));
    ASSERT_TRUE(stored && stored->ok());
    EXPECT_EQ(stored->value().clientId, clientId);
    EXPECT_EQ(stored->value().clientSecret, secret);
    // ... and in no settings file.
    EXPECT_TRUE(filesContaining(m_files.path(QString()), secret).isEmpty());
    EXPECT_TRUE(filesContaining(QFileInfo(AppSettings::defaultUserFilePath()).absolutePath(), secret).isEmpty());
    EXPECT_FALSE(SettingsFiles::read(m_files.userFile()).contains(secret.toUtf8()));
    EXPECT_FALSE(SettingsFiles::read(m_files.systemFile()).contains(secret.toUtf8()));

    // The next visit: the id is shown, the secret is not, its state is.
    reopenForm();
    secretField = child<QLineEdit>(m_form.get(), "clientSecret");
    EXPECT_EQ(child<QLineEdit>(m_form.get(), "clientId")->text(), clientId);
    EXPECT_TRUE(secretField->text().isEmpty());
    EXPECT_EQ(child<QLabel>(m_form.get(), "credentialsState")->text(), QStringLiteral("Stored in the keyring."));
    EXPECT_TRUE(secretField->placeholderText().startsWith(QStringLiteral("Stored")));
    EXPECT_EQ(secretField->accessibleDescription(), QStringLiteral("Stored in the keyring."));
    for (QLineEdit *edit : m_form->findChildren<QLineEdit *>())
        EXPECT_NE(edit->text(), secret) << edit->objectName().toStdString();

    // Forget removes both entries.
    auto *forget = child<QPushButton>(m_form.get(), "forgetCredentialsButton");
    ASSERT_TRUE(forget->isEnabled());
    QTest::mouseClick(forget, Qt::LeftButton);
    ASSERT_TRUE(waitForKeychain());
    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Positive) << m_banner->text().toStdString();
    EXPECT_TRUE(child<QLineEdit>(m_form.get(), "clientId")->text().isEmpty());
    EXPECT_TRUE(child<QLabel>(m_form.get(), "credentialsState")->text().startsWith(QStringLiteral("Not stored")));
    const auto gone = readCredentialsNow(m_store, QStringLiteral("QA"));
    ASSERT_TRUE(gone);
    EXPECT_FALSE(gone->ok());
}

TEST_F(SettingsFormTest, SaveAlsoStoresTypedCredentialsAndBothAreNeeded)
{
    openForm();
    pickEnvironment(QStringLiteral("Sandbox"));
    const QString clientId = uniqueText(QStringLiteral("sandbox-client-"));
    const QString secret = uniqueText(QStringLiteral("sandbox-secret-"));
    retype(child<QLineEdit>(m_form.get(), "clientId"), clientId);

    // An id without its secret: nothing is stored, the secret field says why.
    QTest::mouseClick(m_saveButton, Qt::LeftButton);
    auto *secretError = child<QLabel>(m_form.get(), "clientSecretError");
    EXPECT_TRUE(secretError->isVisible());
    auto *secretField = child<QLineEdit>(m_form.get(), "clientSecret");
    EXPECT_EQ(QApplication::focusWidget(), secretField);
    ASSERT_TRUE(waitForKeychain());
    EXPECT_FALSE(readCredentialsNow(m_store, QStringLiteral("Sandbox"))->ok());

    retype(secretField, secret);
    EXPECT_FALSE(secretError->isVisible());
    QTest::keyClick(secretField, Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_banner->text().contains(QStringLiteral("keyring"))
                                                && !m_form->isBusy(); }, 20000));
    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Positive) << m_banner->text().toStdString();
    EXPECT_TRUE(secretField->text().isEmpty());
    const auto stored = readCredentialsNow(m_store, QStringLiteral("Sandbox"));
    ASSERT_TRUE(stored && stored->ok());
    EXPECT_EQ(stored->value().clientId, clientId);
    EXPECT_EQ(stored->value().clientSecret, secret);
    EXPECT_TRUE(filesContaining(m_files.path(QString()), secret).isEmpty());
}

TEST_F(SettingsFormTest, EveryInputHasAnAccessibleNameAndALabelWithAMnemonic)
{
    openForm();
    QList<QWidget *> inputs;
    for (QWidget *widget : m_form->findChildren<QWidget *>()) {
        // Parts of composite widgets (a spin box's editor, the tab bar's arrows) are theirs.
        QWidget *parent = widget->parentWidget();
        if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)
            || qobject_cast<QTabBar *>(parent) || qobject_cast<QLineEdit *>(parent))
            continue;
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractButton *>(widget))
            inputs << widget;
    }
    ASSERT_GE(inputs.size(), 20);
    const QList<QLabel *> labels = m_form->findChildren<QLabel *>();
    for (QWidget *input : std::as_const(inputs)) {
        EXPECT_FALSE(input->accessibleName().isEmpty()) << input->objectName().toStdString();
        if (qobject_cast<QAbstractButton *>(input))
            continue;
        bool labelled = false;
        for (QLabel *label : labels)
            labelled = labelled || (label->buddy() == input && label->text().contains(QLatin1Char('&')));
        EXPECT_TRUE(labelled) << input->objectName().toStdString() << " has no label with a mnemonic";
    }
    // The mnemonics of what is on screen together never clash.
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        m_tabs->setCurrentIndex(tab);
        QStringList keys;
        const auto addMnemonic = [&keys](const QString &text) {
            const int amp = text.indexOf(QLatin1Char('&'));
            if (amp >= 0 && amp + 1 < text.size())
                keys << text.mid(amp + 1, 1).toLower();
        };
        for (int other = 0; other < m_tabs->count(); ++other)
            addMnemonic(m_tabs->tabText(other));
        for (QLabel *label : labels) {
            if (label->isVisible() && label->buddy())
                addMnemonic(label->text());
        }
        for (QAbstractButton *button : m_form->findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                addMnemonic(button->text());
        }
        // Alt+F, Alt+W and Alt+H open the main window's menus.
        for (const QString &menuKey : {QStringLiteral("f"), QStringLiteral("w"), QStringLiteral("h")})
            EXPECT_FALSE(keys.contains(menuKey)) << "tab " << tab << " uses Alt+" << menuKey.toStdString();
        QStringList unique = keys;
        unique.removeDuplicates();
        EXPECT_EQ(keys.size(), unique.size()) << "tab " << tab << ": " << keys.join(QLatin1Char(' ')).toStdString();
    }
}

TEST_F(SettingsFormTest, MnemonicsReachTheirFields)
{
    openForm();
    QTest::keyClick(m_form.get(), Qt::Key_T, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), child<QSpinBox>(m_form.get(), "timeoutSeconds"));
    QTest::keyClick(m_form.get(), Qt::Key_N, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(m_form.get(), "clientSecret"));
    QTest::keyClick(m_form.get(), Qt::Key_I, Qt::AltModifier);
    EXPECT_EQ(m_tabs->currentIndex(), 1);
    QTest::keyClick(m_form.get(), Qt::Key_G, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), child<QComboBox>(m_form.get(), "language"));
}

TEST_F(SettingsFormTest, TabGoesThroughTheEnvironmentSectionInOrder)
{
    openForm();
    m_picker->setFocus();
    const QList<const char *> expected = {"customersManagementUri", "securityManagementUri", "policyManagementUri",
                                          "itauCustomerByAccountUri", "openBankProjectUri", "caBundle",
                                          "caBundleBrowse", "timeoutSeconds", "clientId", "clientSecret"};
    for (const char *name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        // A spin box's focus sits on its inner editor.
        if (focus && qobject_cast<QAbstractSpinBox *>(focus->parentWidget()))
            focus = focus->parentWidget();
        ASSERT_NE(focus, nullptr);
        EXPECT_EQ(focus->objectName(), QString::fromLatin1(name));
    }
}

} // namespace

// IT keeps the Itau contact-centre credentials with the other secrets of an
// environment: the dialog stores them in the keychain under the Itau keys of
// the environment picked here, and shows nothing stored when opened again.
TEST_F(SettingsFormTest, ItauCredentialsAreKeptPerEnvironmentInTheKeychain)
{
    const QString password = uniqueText(QStringLiteral("itau-"));
    const QString key = ItauCustomerApi::passwordKey(QStringLiteral("Live"));
    ASSERT_TRUE(removeNow(m_store, key)->ok());
    openForm();
    pickEnvironment(QStringLiteral("Live"));
    auto *button = child<QPushButton>(m_form.get(), "itauCredentialsButton");
    ASSERT_TRUE(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<QDialog> dialog = m_form->findChild<QDialog *>(QStringLiteral("itauCredentialsDialog"));
    ASSERT_TRUE(dialog && QTest::qWaitFor([&dialog] { return dialog->isVisible(); }, 5000));
    QTest::keyClicks(child<QLineEdit>(dialog, "itauUserName"), QStringLiteral("chat_itau_live"));
    QTest::keyClicks(child<QLineEdit>(dialog, "itauPassword"), password);
    child<QPushButton>(dialog, "saveCredentialsButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&dialog] { return !dialog || !dialog->isVisible(); }, 20000));
    EXPECT_EQ(m_banner->type(), MessageBanner::Type::Positive) << m_banner->text().toStdString();
    EXPECT_TRUE(m_banner->text().contains(QStringLiteral("Itau"))) << m_banner->text().toStdString();

    const auto stored = readNow(m_store, key);
    ASSERT_TRUE(stored && stored->ok());
    EXPECT_EQ(stored->value(), password);
    EXPECT_TRUE(filesContaining(m_files.path(QString()), password).isEmpty());
    ASSERT_TRUE(removeNow(m_store, key)->ok());
    ASSERT_TRUE(removeNow(m_store, ItauCustomerApi::userNameKey(QStringLiteral("Live")))->ok());

    // Training needs none: the button is not offered there.
    pickEnvironment(QStringLiteral("Training"));
    EXPECT_FALSE(button->isVisible());
}
