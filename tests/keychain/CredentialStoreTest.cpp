// CredentialStore against the real Secret Service (gnome-keyring) that the
// test command starts; run under dbus-run-session as QT-NOTES.md shows.
#include "KeychainTestSupport.h"

#include "CredentialStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace KeychainTestSupport;

namespace {

class CredentialStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            << "These tests need a real Secret Service: run them under dbus-run-session with "
               "gnome-keyring-daemon unlocked (see QT-NOTES.md), or exclude the label 'keychain'.";
        // Each test has its own environment name, so no test sees another's entries.
        m_environment = uniqueText(QStringLiteral("Test-"));
    }

    CredentialStore m_store{testServiceName()};
    QString m_environment;
};

TEST_F(CredentialStoreTest, KeyIsEnvironmentSlashName)
{
    EXPECT_EQ(CredentialStore::key(QStringLiteral("QA"), QStringLiteral("client_secret")),
              QStringLiteral("QA/client_secret"));
    EXPECT_EQ(CredentialStore::key(QStringLiteral("operator"), QStringLiteral("DEMO01/pin")),
              QStringLiteral("operator/DEMO01/pin"));
    EXPECT_EQ(CredentialStore().serviceName(), QStringLiteral("BranchDesk"));
    EXPECT_EQ(m_store.serviceName(), testServiceName());
}

TEST_F(CredentialStoreTest, WriteReadDeleteRoundTrip)
{
    const QString key = CredentialStore::key(m_environment, QStringLiteral("pin"));
    const QString secret = uniqueText(QStringLiteral("secret-ñ-"));

    const auto written = writeNow(m_store, key, secret);
    ASSERT_TRUE(written);
    ASSERT_TRUE(written->ok()) << written->error().detail.toStdString() << " / "
                               << written->error().description.toStdString();

    int calls = 0;
    const auto read = readNow(m_store, key, &calls);
    ASSERT_TRUE(read);
    ASSERT_TRUE(read->ok()) << read->error().detail.toStdString();
    EXPECT_EQ(read->value(), secret);
    EXPECT_EQ(calls, 1);

    // Overwriting replaces the value.
    const QString second = uniqueText(QStringLiteral("second-"));
    ASSERT_TRUE(writeNow(m_store, key, second)->ok());
    EXPECT_EQ(readNow(m_store, key)->value(), second);

    const auto removed = removeNow(m_store, key);
    ASSERT_TRUE(removed);
    EXPECT_TRUE(removed->ok());

    const auto gone = readNow(m_store, key);
    ASSERT_TRUE(gone);
    ASSERT_FALSE(gone->ok());
    EXPECT_EQ(gone->error().kind, ApiError::Kind::Credentials);
    EXPECT_EQ(gone->error().detail,
              QStringLiteral("Nothing is stored in the keyring for %1; enter it again.").arg(key));
    EXPECT_TRUE(gone->error().nothingStored) << "callers tell first use from a failing keyring by this flag";
}

TEST_F(CredentialStoreTest, RemovingAMissingEntrySucceeds)
{
    const auto removed = removeNow(m_store, CredentialStore::key(m_environment, QStringLiteral("never-written")));
    ASSERT_TRUE(removed);
    EXPECT_TRUE(removed->ok());
}

TEST_F(CredentialStoreTest, ServiceNamesDoNotShareEntries)
{
    const QString key = CredentialStore::key(m_environment, QStringLiteral("pin"));
    ASSERT_TRUE(writeNow(m_store, key, uniqueText(QStringLiteral("s-")))->ok());
    CredentialStore other(testServiceName() + QStringLiteral("-other"));
    const auto read = readNow(other, key);
    ASSERT_TRUE(read);
    EXPECT_FALSE(read->ok());
    EXPECT_TRUE(removeNow(m_store, key)->ok());
}

TEST_F(CredentialStoreTest, ClientCredentialsPairRoundTrip)
{
    const ClientCredentials credentials{uniqueText(QStringLiteral("id-")), uniqueText(QStringLiteral("secret-"))};
    const auto written = writeCredentialsNow(m_store, m_environment, credentials);
    ASSERT_TRUE(written);
    ASSERT_TRUE(written->ok()) << written->error().detail.toStdString();

    const auto read = readCredentialsNow(m_store, m_environment);
    ASSERT_TRUE(read);
    ASSERT_TRUE(read->ok()) << read->error().detail.toStdString();
    EXPECT_EQ(read->value().clientId, credentials.clientId);
    EXPECT_EQ(read->value().clientSecret, credentials.clientSecret);

    // Stored under the keys CredentialStore::key() makes, nowhere else.
    EXPECT_EQ(readNow(m_store, CredentialStore::key(m_environment, QStringLiteral("client_id")))->value(),
              credentials.clientId);
    EXPECT_EQ(readNow(m_store, CredentialStore::key(m_environment, QStringLiteral("client_secret")))->value(),
              credentials.clientSecret);

    EXPECT_TRUE(removeNow(m_store, CredentialStore::key(m_environment, QStringLiteral("client_id")))->ok());
    EXPECT_TRUE(removeNow(m_store, CredentialStore::key(m_environment, QStringLiteral("client_secret")))->ok());
}

TEST_F(CredentialStoreTest, MissingClientCredentialsAskTheUser)
{
    const QString expected =
        QStringLiteral("No client credentials are stored for %1; enter them in Settings.").arg(m_environment);

    const auto read = readCredentialsNow(m_store, m_environment);
    ASSERT_TRUE(read);
    ASSERT_FALSE(read->ok());
    EXPECT_EQ(read->error().kind, ApiError::Kind::Credentials);
    EXPECT_EQ(read->error().detail, expected);
    EXPECT_TRUE(read->error().nothingStored);
    EXPECT_TRUE(read->error().userMessage().contains(expected)) << read->error().userMessage().toStdString();

    // A lone client_secret read names the environment the same way.
    const auto secret = readNow(m_store, CredentialStore::key(m_environment, QStringLiteral("client_secret")));
    ASSERT_TRUE(secret);
    ASSERT_FALSE(secret->ok());
    EXPECT_EQ(secret->error().detail, expected);

    // Half a pair is as good as none.
    ASSERT_TRUE(writeNow(m_store, CredentialStore::key(m_environment, QStringLiteral("client_id")),
                         QStringLiteral("only-the-id"))->ok());
    const auto half = readCredentialsNow(m_store, m_environment);
    ASSERT_TRUE(half);
    ASSERT_FALSE(half->ok());
    EXPECT_EQ(half->error().detail, expected);
    EXPECT_TRUE(removeNow(m_store, CredentialStore::key(m_environment, QStringLiteral("client_id")))->ok());
}

TEST_F(CredentialStoreTest, IncompleteClientCredentialsAreRefusedWithoutTouchingTheKeyring)
{
    bool delivered = false;
    std::optional<Result<bool>> result;
    QObject context;
    m_store.writeClientCredentials(m_environment, ClientCredentials{QStringLiteral("id"), QString()}, &context,
                                   [&](const Result<bool> &r) {
                                       delivered = true;
                                       result = r;
                                   });
    EXPECT_FALSE(delivered) << "answers are always asynchronous";
    ASSERT_TRUE(QTest::qWaitFor([&] { return delivered; }, 5000));
    ASSERT_FALSE(result->ok());
    EXPECT_EQ(result->error().kind, ApiError::Kind::Credentials);
    EXPECT_TRUE(result->error().detail.contains(m_environment));

    const auto read = readNow(m_store, CredentialStore::key(m_environment, QStringLiteral("client_id")));
    EXPECT_FALSE(read->ok()) << "client_id must not have been written";
}

TEST_F(CredentialStoreTest, CallbackToDestroyedContextIsNotDelivered)
{
    const QString key = CredentialStore::key(m_environment, QStringLiteral("pin"));
    const QString secret = uniqueText(QStringLiteral("s-"));
    ASSERT_TRUE(writeNow(m_store, key, secret)->ok());

    int lateCalls = 0;
    auto *form = new QObject;
    m_store.read(key, form, [&lateCalls](const Result<QString> &) { ++lateCalls; });
    m_store.readClientCredentials(m_environment, form, [&lateCalls](const Result<ClientCredentials> &) {
        ++lateCalls;
    });
    // The form closes while the jobs are in flight.
    delete form;

    // A later call on a live context finishes after the earlier jobs did
    // (QtKeychain runs jobs one after another); then wait a little more.
    const auto after = readNow(m_store, key);
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->ok());
    QTest::qWait(500);
    EXPECT_EQ(lateCalls, 0);

    // A write whose form closed still happens; only the answer is dropped.
    const QString newer = uniqueText(QStringLiteral("newer-"));
    auto *closing = new QObject;
    m_store.write(key, newer, closing, [&lateCalls](const Result<bool> &) { ++lateCalls; });
    delete closing;
    const auto reread = readNow(m_store, key);
    ASSERT_TRUE(reread);
    EXPECT_EQ(reread->value(), newer);
    QTest::qWait(300);
    EXPECT_EQ(lateCalls, 0);

    EXPECT_TRUE(removeNow(m_store, key)->ok());
}

TEST_F(CredentialStoreTest, StoreMayGoAwayBeforeTheAnswer)
{
    const QString key = CredentialStore::key(m_environment, QStringLiteral("pin"));
    std::optional<Result<bool>> result;
    QObject context;
    {
        CredentialStore shortLived(testServiceName());
        shortLived.write(key, uniqueText(QStringLiteral("s-")), &context,
                         [&result](const Result<bool> &r) { result = r; });
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
    EXPECT_TRUE(result->ok());
    EXPECT_TRUE(removeNow(m_store, key)->ok());
}

TEST_F(CredentialStoreTest, NoSecretReachesSettingsOrOtherFilesUnderHome)
{
    const QString secret = uniqueText(QStringLiteral("never-in-a-file-"));
    const ClientCredentials credentials{uniqueText(QStringLiteral("client-")), secret};
    ASSERT_TRUE(writeCredentialsNow(m_store, m_environment, credentials)->ok());
    ASSERT_TRUE(writeNow(m_store, CredentialStore::key(m_environment, QStringLiteral("pin")), secret)->ok());
    ASSERT_TRUE(readCredentialsNow(m_store, m_environment)->ok());

    // The scan must cover where QSettings writes: prove it finds a marker there.
    const QString marker = uniqueText(QStringLiteral("settings-marker-"));
    {
        QSettings settings;
        settings.setValue(QStringLiteral("test/marker"), marker);
        settings.sync();
        ASSERT_TRUE(settings.fileName().startsWith(QDir::homePath())) << settings.fileName().toStdString();
    }
    EXPECT_FALSE(filesContaining(QDir::homePath(), marker).isEmpty());

    // Only the keyring's own storage may hold the secret.
    const QStringList hits = filesContaining(QDir::homePath(), secret, {keyringDirectory()});
    EXPECT_TRUE(hits.isEmpty()) << hits.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(filesContaining(QDir::homePath(), credentials.clientId, {keyringDirectory()}).isEmpty());

    // QtKeychain's plaintext store would use QSettings under the service name.
    EXPECT_TRUE(QSettings(testServiceName()).allKeys().isEmpty());
    const QStringList settingsKeys = QSettings().allKeys();
    EXPECT_EQ(settingsKeys, QStringList{QStringLiteral("test/marker")});

    EXPECT_TRUE(removeNow(m_store, CredentialStore::key(m_environment, QStringLiteral("client_id")))->ok());
    EXPECT_TRUE(removeNow(m_store, CredentialStore::key(m_environment, QStringLiteral("client_secret")))->ok());
    EXPECT_TRUE(removeNow(m_store, CredentialStore::key(m_environment, QStringLiteral("pin")))->ok());
    QSettings().remove(QStringLiteral("test"));
}

TEST_F(CredentialStoreTest, NullContextMeansTheStore)
{
    const QString key = CredentialStore::key(m_environment, QStringLiteral("pin"));
    std::optional<Result<bool>> result;
    m_store.write(key, uniqueText(QStringLiteral("s-")), nullptr, [&result](const Result<bool> &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
    EXPECT_TRUE(result->ok());
    EXPECT_TRUE(removeNow(m_store, key)->ok());
}

// A locked keyring cannot be unlocked again without a prompt, so this test
// locks one of its own: a nested D-Bus session with a keyring in a throwaway
// HOME, where a helper writes and reads once unlocked and once locked.
TEST_F(CredentialStoreTest, LockedKeyringAsksToUnlock)
{
    const QString probe = QCoreApplication::applicationDirPath() + QStringLiteral("/credential_store_locked_probe");
    ASSERT_TRUE(QFileInfo::exists(probe)) << probe.toStdString();
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
    const QString script = QStringLiteral(
        "echo | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 3; "
        "\"$0\" || exit 4; "
        "dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets "
        "org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login "
        ">/dev/null || exit 5; "
        "\"$0\"");
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("dbus-run-session"),
                  {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script, probe});
    ASSERT_TRUE(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    ASSERT_EQ(process.exitCode(), 0) << output.toStdString() << process.readAllStandardError().toStdString();

    // Only the helper's lines: a keyring daemon that D-Bus starts on demand
    // may print its own variables to the same stdout.
    QStringList lines;
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("write\t")) || line.startsWith(QLatin1String("read\t")))
            lines << line;
    }
    const QStringList expected{
        QStringLiteral("write\tok"),
        QStringLiteral("read\tok"),
        QStringLiteral("write\tcredentials\tThe keyring is locked or refused access to the client credentials for "
                       "QA; unlock the keyring (for example by logging in to the desktop session again) and try "
                       "again."),
        // libsecret does not look into locked collections: QtKeychain says
        // EntryNotFound, so a read cannot tell "locked" from "not stored".
        QStringLiteral("read\tcredentials\tNo client credentials are stored for QA; enter them in Settings."),
    };
    EXPECT_EQ(lines, expected) << output.toStdString();
}

} // namespace
