// CredentialStore on a workstation without a reachable keyring. ctest runs
// these with DBUS_SESSION_BUS_ADDRESS pointing at a socket that does not
// exist; the fixture removes DISPLAY, and one test also takes the bus address
// away entirely.
#include "KeychainTestSupport.h"

#include "CredentialStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace KeychainTestSupport;

namespace {

const QString kNoKeyring = QStringLiteral(
    "No keyring (Secret Service) is available on this workstation; start the desktop session's keyring or ask "
    "IT. Credentials are never stored in plain text.");

class NoKeyringTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
        ASSERT_TRUE(address.startsWith(QStringLiteral("unix:path=/nonexistent/")))
            << "run through ctest, which points the session bus at a socket that does not exist; got '"
            << address.toStdString() << "'";
        ASSERT_FALSE(QFileInfo::exists(address.mid(10)));
        // No X11 display either, as on a workstation without a desktop session.
        qunsetenv("DISPLAY");
        // Short retry so the suite stays fast; the retry itself is exercised.
        m_store.setRetryDelay(50);
    }

    static void expectNoKeyring(const ApiError &error)
    {
        EXPECT_EQ(error.kind, ApiError::Kind::Credentials);
        EXPECT_EQ(error.detail, kNoKeyring);
        EXPECT_TRUE(error.userMessage().contains(kNoKeyring)) << error.userMessage().toStdString();
        // QtKeychain's own words are kept for support.
        EXPECT_FALSE(error.description.isEmpty());
    }

    CredentialStore m_store{testServiceName()};
};

TEST_F(NoKeyringTest, ReadSaysThereIsNoKeyringOnce)
{
    int calls = 0;
    const auto read = readNow(m_store, CredentialStore::key(QStringLiteral("QA"), QStringLiteral("client_secret")),
                              &calls);
    ASSERT_TRUE(read);
    ASSERT_FALSE(read->ok());
    expectNoKeyring(read->error());
    EXPECT_FALSE(read->error().nothingStored) << "no keyring is not the same as nothing stored";
    // Not "no client credentials are stored": the keyring was never asked.
    EXPECT_FALSE(read->error().detail.contains(QStringLiteral("Settings")));
    EXPECT_EQ(calls, 1) << "the single retry must not deliver a second answer";
    std::cout << "QtKeychain said: " << read->error().description.toStdString() << std::endl;
}

TEST_F(NoKeyringTest, WriteFailsAndNothingIsStoredInPlainText)
{
    const QString secret = uniqueText(QStringLiteral("never-in-a-file-"));
    const auto written = writeNow(m_store, CredentialStore::key(QStringLiteral("QA"), QStringLiteral("client_secret")),
                                  secret);
    ASSERT_TRUE(written);
    ASSERT_FALSE(written->ok());
    expectNoKeyring(written->error());
    EXPECT_FALSE(written->error().description.contains(secret));

    // No insecure fallback: nothing in QSettings, nothing anywhere under HOME.
    EXPECT_TRUE(QSettings(testServiceName()).allKeys().isEmpty());
    EXPECT_TRUE(QSettings().allKeys().isEmpty());
    const QStringList hits = filesContaining(QDir::homePath(), secret);
    EXPECT_TRUE(hits.isEmpty()) << hits.join(QStringLiteral(", ")).toStdString();
}

TEST_F(NoKeyringTest, ClientCredentialsReportTheKeyringNotMissingCredentials)
{
    const auto read = readCredentialsNow(m_store, QStringLiteral("QA"));
    ASSERT_TRUE(read);
    ASSERT_FALSE(read->ok());
    expectNoKeyring(read->error());

    const auto written = writeCredentialsNow(m_store, QStringLiteral("QA"),
                                             ClientCredentials{QStringLiteral("id"), uniqueText(QStringLiteral("s-"))});
    ASSERT_TRUE(written);
    ASSERT_FALSE(written->ok());
    expectNoKeyring(written->error());
}

TEST_F(NoKeyringTest, RemoveSaysThereIsNoKeyring)
{
    const auto removed = removeNow(m_store, CredentialStore::key(QStringLiteral("QA"), QStringLiteral("client_id")));
    ASSERT_TRUE(removed);
    ASSERT_FALSE(removed->ok());
    expectNoKeyring(removed->error());
}

TEST_F(NoKeyringTest, RetriesOnceAfterTheDelay)
{
    m_store.setRetryDelay(700);
    QElapsedTimer timer;
    timer.start();
    const auto read = readNow(m_store, CredentialStore::key(QStringLiteral("QA"), QStringLiteral("client_id")));
    ASSERT_TRUE(read);
    EXPECT_FALSE(read->ok());
    EXPECT_GE(timer.elapsed(), 700);

    m_store.setRetryDelay(-1);
    timer.restart();
    const auto noRetry = readNow(m_store, CredentialStore::key(QStringLiteral("QA"), QStringLiteral("client_id")));
    ASSERT_TRUE(noRetry);
    expectNoKeyring(noRetry->error());
    EXPECT_LT(timer.elapsed(), 700);
}

TEST_F(NoKeyringTest, DestroyedContextGetsNothingEvenAcrossTheRetry)
{
    m_store.setRetryDelay(200);
    int lateCalls = 0;
    auto *form = new QObject;
    m_store.read(CredentialStore::key(QStringLiteral("QA"), QStringLiteral("client_id")), form,
                 [&lateCalls](const Result<QString> &) { ++lateCalls; });
    // Close the form between the first failure and the retry.
    QTest::qWait(100);
    delete form;
    QTest::qWait(800);
    EXPECT_EQ(lateCalls, 0);
}

// QT-NOTES.md: with no session bus address at all and no X11 display, GLib
// cannot autolaunch D-Bus and every job fails with OtherError.
TEST_F(NoKeyringTest, NoBusAddressAndNoDisplay)
{
    QTemporaryDir runtimeDir; // no "bus" socket in it
    ASSERT_TRUE(runtimeDir.isValid());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));

    const auto read = readNow(m_store, CredentialStore::key(QStringLiteral("QA"), QStringLiteral("client_id")));
    ASSERT_TRUE(read);
    ASSERT_FALSE(read->ok());
    expectNoKeyring(read->error());
    std::cout << "QtKeychain said: " << read->error().description.toStdString() << std::endl;
}

} // namespace
