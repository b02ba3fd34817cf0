// The PIN rules and the salted PBKDF2 hash, and its round trip through the
// real Secret Service under the "BranchDeskTests" service name.
#include "KeychainTestSupport.h"

#include "CredentialStore.h"
#include "OperatorPin.h"

#include <QObject>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <optional>

using namespace KeychainTestSupport;

namespace {

TEST(OperatorPinTest, NewPinRules)
{
    for (const char *good : {"2580", "9157", "48151623", "1357", "1243"})
        EXPECT_TRUE(OperatorPin::ruleViolation(QString::fromLatin1(good)).isEmpty()) << good;
    // Too short, too long, not digits, one digit repeated, runs up or down.
    for (const char *bad : {"", "123", "123456789", "12a4", "12 34", "0000", "77777777", "1234", "4321", "7890",
                            "0123", "98765", "3210"})
        EXPECT_FALSE(OperatorPin::ruleViolation(QString::fromLatin1(bad)).isEmpty()) << bad;
}

TEST(OperatorPinTest, HashHasTheStoredFormatAndVerifies)
{
    const QString pin = QStringLiteral("2580");
    const QString stored = OperatorPin::hash(pin);
    static const QRegularExpression format(
        QStringLiteral("^pbkdf2-sha256\\$(\\d+)\\$([A-Za-z0-9+/=]+)\\$([A-Za-z0-9+/=]+)$"));
    const auto match = format.match(stored);
    ASSERT_TRUE(match.hasMatch()) << stored.toStdString();
    EXPECT_GE(match.captured(1).toInt(), 100000);
    EXPECT_EQ(QByteArray::fromBase64(match.captured(2).toLatin1()).size(), OperatorPin::saltBytes);
    EXPECT_EQ(QByteArray::fromBase64(match.captured(3).toLatin1()).size(), OperatorPin::hashBytes);
    EXPECT_FALSE(stored.contains(pin));
    EXPECT_TRUE(OperatorPin::isWellFormed(stored));

    EXPECT_TRUE(OperatorPin::verify(pin, stored));
    EXPECT_FALSE(OperatorPin::verify(QStringLiteral("2581"), stored));
    EXPECT_FALSE(OperatorPin::verify(QString(), stored));

    // Salted: the same PIN never gives the same stored value twice.
    EXPECT_NE(OperatorPin::hash(pin), stored);
}

TEST(OperatorPinTest, FixedSaltIsDeterministicAndMalformedValuesAreRefused)
{
    const QByteArray salt = QByteArray(16, '\x2a');
    const QString stored = OperatorPin::hash(QStringLiteral("2580"), salt, OperatorPin::iterations);
    EXPECT_EQ(stored, OperatorPin::hash(QStringLiteral("2580"), salt, OperatorPin::iterations));
    EXPECT_TRUE(OperatorPin::verify(QStringLiteral("2580"), stored));

    const QStringList malformed = {
        QString(), QStringLiteral("2580"), QStringLiteral("pbkdf2-sha256$100000$abc"),
        QString(QStringLiteral("sha1$100000$") + QString::fromLatin1(salt.toBase64()) + QStringLiteral("$x")),
        // Fewer iterations than the minimum is a downgrade: refused.
        OperatorPin::hash(QStringLiteral("2580"), salt, 1000)};
    for (const QString &bad : malformed) {
        EXPECT_FALSE(OperatorPin::isWellFormed(bad)) << bad.toStdString();
        EXPECT_FALSE(OperatorPin::verify(QStringLiteral("2580"), bad)) << bad.toStdString();
    }
}

TEST(OperatorPinTest, AsyncVerifyDeliversOnTheMainThreadAndOnlyToALiveContext)
{
    const QString stored = OperatorPin::hash(QStringLiteral("2580"));
    std::optional<bool> result;
    QObject context;
    OperatorPin::verifyAsync(QStringLiteral("2580"), stored, &context, [&result, &context](bool matches) {
        EXPECT_EQ(QThread::currentThread(), context.thread());
        result = matches;
    });
    ASSERT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 20000));
    EXPECT_TRUE(*result);

    bool delivered = false;
    {
        QObject shortLived;
        OperatorPin::verifyAsync(QStringLiteral("2580"), stored, &shortLived, [&delivered](bool) { delivered = true; });
    }
    QTest::qWait(2500);
    EXPECT_FALSE(delivered);
}

class OperatorPinKeychainTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            << "These tests need a real Secret Service: run them under dbus-run-session with "
               "gnome-keyring-daemon unlocked (see QT-NOTES.md), or exclude the label 'keychain'.";
        m_user = uniqueText(QStringLiteral("T")).left(20).toUpper();
    }
    void TearDown() override { removeNow(m_store, OperatorPin::keychainKey(m_user)); }

    CredentialStore m_store{testServiceName()};
    QString m_user;
};

TEST_F(OperatorPinKeychainTest, HashRoundTripInTheRealKeychain)
{
    const QString pin = QStringLiteral("48151623");
    const QString key = OperatorPin::keychainKey(m_user);
    EXPECT_EQ(key, QStringLiteral("operator/") + m_user + QStringLiteral("/pin"));

    const auto written = writeNow(m_store, key, OperatorPin::hash(pin));
    ASSERT_TRUE(written && written->ok()) << (written ? written->error().detail.toStdString() : std::string());

    const auto read = readNow(m_store, key);
    ASSERT_TRUE(read && read->ok()) << (read ? read->error().detail.toStdString() : std::string());
    const QString stored = read->value();
    EXPECT_NE(stored, pin);
    EXPECT_FALSE(stored.contains(pin));
    EXPECT_TRUE(stored.startsWith(QStringLiteral("pbkdf2-sha256$")));
    EXPECT_TRUE(OperatorPin::isWellFormed(stored));
    EXPECT_TRUE(OperatorPin::verify(pin, stored));
    EXPECT_FALSE(OperatorPin::verify(QStringLiteral("48151624"), stored));
}

} // namespace
