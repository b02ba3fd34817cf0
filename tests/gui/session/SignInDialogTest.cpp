// The sign-in dialog: field rules, the Training demo PIN, a first sign-in
// that chooses a PIN (stored hashed in the real keychain), a later sign-in
// checked against it, and the session it produces driving a real request.
#include "SessionTestSupport.h"

#include "KeychainTestSupport.h"

#include "AppSettings.h"
#include "CredentialStore.h"
#include "CustomerBasicDataQuery.h"
#include "CustomersApi.h"
#include "OperatorPin.h"
#include "session/SessionJournal.h"
#include "session/SignInDialog.h"
#include "widgets/EnvironmentBanner.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace KeychainTestSupport;

namespace {

class SignInDialogTest : public SessionTest
{
protected:
    void SetUp() override
    {
        SessionTest::SetUp();
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            << "These tests need a real Secret Service: run them under dbus-run-session with "
               "gnome-keyring-daemon unlocked (see QT-NOTES.md), or exclude the label 'keychain'.";
        m_user = uniqueText(QStringLiteral("T")).remove(QLatin1Char('-')).left(16).toUpper();
    }

    void TearDown() override
    {
        removeNow(m_store, OperatorPin::keychainKey(m_user));
        m_dialog.reset();
    }

    void open(EnvironmentKind kind, CredentialStore *store, const AppSettings *settings = nullptr)
    {
        m_dialog = std::make_unique<SignInDialog>(store, settings, m_journal.get(), kind);
        m_dialog->show();
        m_dialog->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_dialog.get()));
        m_userField = findByName<QLineEdit>(m_dialog.get(), "signInUser");
        m_branch = findByName<QLineEdit>(m_dialog.get(), "signInBranch");
        m_terminal = findByName<QLineEdit>(m_dialog.get(), "signInTerminal");
        m_pin = findByName<QLineEdit>(m_dialog.get(), "signInPin");
        m_repeatPin = findByName<QLineEdit>(m_dialog.get(), "signInRepeatPin");
        m_pinError = findByName<QLabel>(m_dialog.get(), "signInPinError");
        m_repeatPinError = findByName<QLabel>(m_dialog.get(), "signInRepeatPinError");
        m_message = findByName<MessageBanner>(m_dialog.get(), "signInMessage");
        ASSERT_FALSE(HasFailure());
    }

    static void retype(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
    }

    // Types the PIN(s) and presses Enter; waits until the dialog is done checking.
    void submitPin(const QString &pin, const QString &repeated = {})
    {
        retype(m_pin, pin);
        if (m_repeatPin->isVisible())
            retype(m_repeatPin, repeated);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        ASSERT_TRUE(waitFor([this] { return !m_dialog->isBusy(); }, 20000));
    }

    void fillOperator(const QString &user)
    {
        retype(m_userField, user);
        retype(m_branch, QStringLiteral("0456"));
        retype(m_terminal, QStringLiteral("T0042"));
    }

    // The session the dialog produced, sent by the client to the training
    // server, which refuses an incomplete X-Invoker envelope.
    void expectLookupSucceedsAs(const OperatorSession &session)
    {
        m_client->setOperatorSession(session);
        CustomersApi api(m_client.get());
        std::optional<Result<CustomerBasicData>> result;
        QObject context;
        api.basicData(CustomerBasicDataQuery::byIdentification(QStringLiteral("CC"), QStringLiteral("1234567890")))
            .then(&context, [&result](const Result<CustomerBasicData> &r) { result = r; });
        ASSERT_TRUE(waitFor([&result] { return result.has_value(); }));
        EXPECT_TRUE(result->ok()) << result->error().userMessage().toStdString() << " / "
                                  << result->error().supportReference().toStdString();
    }

    CredentialStore m_store{testServiceName()};
    QString m_user;
    std::unique_ptr<SignInDialog> m_dialog;
    QLineEdit *m_userField = nullptr;
    QLineEdit *m_branch = nullptr;
    QLineEdit *m_terminal = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_repeatPin = nullptr;
    QLabel *m_pinError = nullptr;
    QLabel *m_repeatPinError = nullptr;
    MessageBanner *m_message = nullptr;
};

TEST_F(SignInDialogTest, MissingOrMalformedFieldsAreRefusedAtTheField)
{
    open(EnvironmentKind::Training, &m_store);
    // Training pre-fills the demo operator when nothing is configured.
    EXPECT_EQ(m_userField->text(), QStringLiteral("DEMO01"));
    EXPECT_EQ(m_branch->text(), QStringLiteral("0001"));
    EXPECT_EQ(m_terminal->text(), QStringLiteral("TRN001"));
    EXPECT_EQ(QApplication::focusWidget(), m_pin);

    retype(m_userField, QString());
    retype(m_branch, QStringLiteral("01-A"));
    retype(m_pin, OperatorPin::trainingDemoPin());
    QTest::keyClick(m_pin, Qt::Key_Return);

    auto *userError = findByName<QLabel>(m_dialog.get(), "signInUserError");
    auto *branchError = findByName<QLabel>(m_dialog.get(), "signInBranchError");
    ASSERT_FALSE(HasFailure());
    EXPECT_TRUE(userError->isVisible());
    EXPECT_FALSE(userError->text().isEmpty());
    EXPECT_TRUE(branchError->isVisible());
    EXPECT_FALSE(m_userField->accessibleDescription().isEmpty());
    // Focus goes to the first field in error, and nothing is accepted.
    EXPECT_EQ(QApplication::focusWidget(), m_userField);
    QTest::qWait(300);
    EXPECT_TRUE(m_dialog->isVisible());
    EXPECT_NE(m_dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(journalRows(SessionJournal::signIn).isEmpty());

    // Typing in the field clears its message.
    QTest::keyClicks(m_userField, QStringLiteral("a"));
    EXPECT_FALSE(userError->isVisible());
}

TEST_F(SignInDialogTest, TrainingRefusesAWrongPinAndJournalsIt)
{
    open(EnvironmentKind::Training, nullptr);
    submitPin(QStringLiteral("97013579"));
    EXPECT_TRUE(m_pinError->isVisible());
    EXPECT_TRUE(m_pinError->text().contains(OperatorPin::trainingDemoPin())) << m_pinError->text().toStdString();
    EXPECT_TRUE(m_pin->text().isEmpty());
    EXPECT_TRUE(m_dialog->isVisible());
    EXPECT_NE(m_dialog->result(), QDialog::Accepted);

    const QList<JournalEntry> rows = journalRows(SessionJournal::signIn);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().outcome, QStringLiteral("refused"));
    EXPECT_EQ(rows.first().operatorId, QStringLiteral("DEMO01"));
    EXPECT_FALSE(journalBytes().contains("97013579"));
}

TEST_F(SignInDialogTest, TrainingSignInNeedsNoKeyringAndGivesTheSessionTheClientSends)
{
    // No credential store at all: Training never touches a keyring.
    open(EnvironmentKind::Training, nullptr);
    auto *banner = findByName<EnvironmentBanner>(m_dialog.get(), "signInEnvironmentBanner");
    auto *hint = findByName<QLabel>(m_dialog.get(), "signInPinHint");
    ASSERT_FALSE(HasFailure());
    EXPECT_EQ(banner->environment(), EnvironmentKind::Training);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(OperatorPin::trainingDemoPin()));

    fillOperator(QStringLiteral("ana01"));
    submitPin(OperatorPin::trainingDemoPin());
    ASSERT_EQ(m_dialog->result(), QDialog::Accepted) << m_pinError->text().toStdString();

    const OperatorSession session = m_dialog->session();
    EXPECT_EQ(session.user, QStringLiteral("ANA01"));
    EXPECT_EQ(session.branchId, QStringLiteral("0456"));
    EXPECT_EQ(session.terminalId, QStringLiteral("T0042"));
    EXPECT_TRUE(session.isValid());
    EXPECT_EQ(m_dialog->environment(), EnvironmentKind::Training);
    EXPECT_TRUE(OperatorPin::verify(OperatorPin::trainingDemoPin(), m_dialog->pinHash()));

    const QList<JournalEntry> rows = journalRows(SessionJournal::signIn);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().outcome, QStringLiteral("ok"));
    EXPECT_EQ(rows.first().operatorId, QStringLiteral("ANA01"));
    EXPECT_EQ(rows.first().environment, QStringLiteral("Training"));

    expectLookupSucceedsAs(session);
}

TEST_F(SignInDialogTest, EnvironmentPickerShowsEachBanner)
{
    open(EnvironmentKind::QA, &m_store);
    auto *picker = findByName<QComboBox>(m_dialog.get(), "signInEnvironment");
    auto *banner = findByName<EnvironmentBanner>(m_dialog.get(), "signInEnvironmentBanner");
    ASSERT_FALSE(HasFailure());
    EXPECT_EQ(banner->environment(), EnvironmentKind::QA);
    EXPECT_EQ(picker->count(), 4);
    QStringList styles;
    for (int i = 0; i < picker->count(); ++i) {
        picker->setCurrentIndex(i);
        EXPECT_EQ(static_cast<int>(banner->environment()), picker->itemData(i).toInt());
        EXPECT_TRUE(picker->itemText(i).startsWith(EnvironmentBanner::label(banner->environment())));
        EXPECT_FALSE(styles.contains(banner->styleSheet()));
        styles << banner->styleSheet();
    }
    EXPECT_EQ(m_dialog->environment(), EnvironmentKind::Live);
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("LIVE")));

    // The demo operator is offered in Training only.
    EXPECT_TRUE(m_userField->text().isEmpty());
    picker->setCurrentIndex(picker->findData(static_cast<int>(EnvironmentKind::Training)));
    EXPECT_EQ(m_userField->text(), QStringLiteral("DEMO01"));
    picker->setCurrentIndex(picker->findData(static_cast<int>(EnvironmentKind::QA)));
    EXPECT_TRUE(m_userField->text().isEmpty());
    EXPECT_TRUE(m_terminal->text().isEmpty());
}

TEST_F(SignInDialogTest, FirstSignInChoosesAPinTwiceAndStoresOnlyItsHash)
{
    open(EnvironmentKind::QA, &m_store);
    fillOperator(m_user);
    // Leaving the user field asks the keychain; there is no PIN yet.
    m_pin->setFocus();
    ASSERT_TRUE(waitFor([this] { return m_dialog->isChoosingNewPin(); }));
    EXPECT_TRUE(m_repeatPin->isVisible());
    EXPECT_TRUE(m_message->isVisible());
    EXPECT_TRUE(m_message->text().contains(m_user)) << m_message->text().toStdString();

    // A weak PIN is refused at the field, and nothing is stored.
    submitPin(QStringLiteral("1111"), QStringLiteral("1111"));
    EXPECT_TRUE(m_pinError->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), m_pin);
    submitPin(QStringLiteral("2345"), QStringLiteral("2345"));
    EXPECT_TRUE(m_pinError->isVisible());
    // Two different PINs: refused at the second field.
    submitPin(QStringLiteral("2580"), QStringLiteral("2581"));
    EXPECT_FALSE(m_pinError->isVisible());
    EXPECT_TRUE(m_repeatPinError->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), m_repeatPin);
    EXPECT_NE(m_dialog->result(), QDialog::Accepted);
    const auto nothing = readNow(m_store, OperatorPin::keychainKey(m_user));
    ASSERT_TRUE(nothing);
    EXPECT_FALSE(nothing->ok());

    submitPin(QStringLiteral("2580"), QStringLiteral("2580"));
    ASSERT_EQ(m_dialog->result(), QDialog::Accepted) << m_message->text().toStdString();
    EXPECT_EQ(m_dialog->environment(), EnvironmentKind::QA);

    const auto stored = readNow(m_store, OperatorPin::keychainKey(m_user));
    ASSERT_TRUE(stored && stored->ok());
    EXPECT_EQ(stored->value(), m_dialog->pinHash());
    EXPECT_TRUE(stored->value().startsWith(QStringLiteral("pbkdf2-sha256$")));
    EXPECT_FALSE(stored->value().contains(QStringLiteral("2580")));
    EXPECT_TRUE(OperatorPin::verify(QStringLiteral("2580"), stored->value()));

    expectLookupSucceedsAs(m_dialog->session());
}

TEST_F(SignInDialogTest, LaterSignInChecksThePinInTheKeychain)
{
    const QString pin = QStringLiteral("48151623");
    const auto written = writeNow(m_store, OperatorPin::keychainKey(m_user), OperatorPin::hash(pin));
    ASSERT_TRUE(written && written->ok());

    // The operator fields come from the managed configuration.
    const QString userFile = m_dir.filePath(QStringLiteral("user.conf"));
    {
        QSettings ini(userFile, QSettings::IniFormat);
        ini.setValue(QStringLiteral("operator/user"), m_user);
        ini.setValue(QStringLiteral("operator/branchId"), QStringLiteral("1108"));
        ini.setValue(QStringLiteral("operator/terminalId"), QStringLiteral("T0042"));
        ini.setValue(QStringLiteral("operator/channel"), QStringLiteral("13"));
    }
    AppSettings settings(userFile, m_dir.filePath(QStringLiteral("system.conf")));

    open(EnvironmentKind::Sandbox, &m_store, &settings);
    EXPECT_EQ(m_userField->text(), m_user);
    EXPECT_EQ(m_branch->text(), QStringLiteral("1108"));
    EXPECT_EQ(m_terminal->text(), QStringLiteral("T0042"));
    EXPECT_EQ(QApplication::focusWidget(), m_pin);
    QTest::qWait(500);
    EXPECT_FALSE(m_dialog->isChoosingNewPin());
    EXPECT_FALSE(m_repeatPin->isVisible());

    submitPin(QStringLiteral("97013579"));
    EXPECT_TRUE(m_pinError->isVisible());
    EXPECT_NE(m_dialog->result(), QDialog::Accepted);
    ASSERT_EQ(journalRows(SessionJournal::signIn).size(), 1);
    EXPECT_EQ(journalRows(SessionJournal::signIn).first().outcome, QStringLiteral("refused"));

    submitPin(pin);
    ASSERT_EQ(m_dialog->result(), QDialog::Accepted) << m_pinError->text().toStdString();
    const OperatorSession session = m_dialog->session();
    EXPECT_EQ(session.user, m_user);
    EXPECT_EQ(session.branchId, QStringLiteral("1108"));
    EXPECT_EQ(session.channel, QStringLiteral("13"));
    EXPECT_TRUE(OperatorPin::verify(pin, m_dialog->pinHash()));
    EXPECT_EQ(journalRows(SessionJournal::signIn).first().outcome, QStringLiteral("ok"));

    const QByteArray journal = journalBytes();
    EXPECT_FALSE(journal.contains("97013579"));
    EXPECT_FALSE(journal.contains(pin.toLatin1()));

    expectLookupSucceedsAs(session);
}

TEST_F(SignInDialogTest, WithoutAKeyringARealEnvironmentCannotBeEntered)
{
    open(EnvironmentKind::Live, nullptr);
    fillOperator(m_user);
    submitPin(QStringLiteral("2580"));
    EXPECT_TRUE(m_message->isVisible());
    EXPECT_EQ(m_message->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(m_message->text().contains(QStringLiteral("keyring"))) << m_message->text().toStdString();
    QTest::qWait(300);
    EXPECT_NE(m_dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(journalRows(SessionJournal::signIn).isEmpty());
}

} // namespace
