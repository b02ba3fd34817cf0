// AppSettings: the user's file over the system file IT ships, locked keys
// that the user's file can never override, and the guard against secrets.
#include "SettingsTestSupport.h"

#include "AppSettings.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace SettingsTestSupport;

namespace {

const QString customersQa = QStringLiteral("environments/QA/customers-management");
const QString customersLive = QStringLiteral("environments/Live/customers-management");

class AppSettingsTest : public ::testing::Test
{
protected:
    SettingsFiles m_files;
};

TEST_F(AppSettingsTest, LockedKeyReadsTheSystemValueEvenWhenTheUserFileDiffers)
{
    m_files.writeSystem("locked=environment, session/idleLockMinutes\n"
                        "environment=Live\n"
                        "[session]\nidleLockMinutes=3\n");
    m_files.writeUser("environment=Training\n[session]\nidleLockMinutes=60\n");
    AppSettings settings(m_files.userFile(), m_files.systemFile());

    EXPECT_TRUE(settings.isLocked(AppSettings::environmentKey()));
    EXPECT_TRUE(settings.isLocked(AppSettings::idleLockMinutesKey()));
    EXPECT_EQ(settings.value(AppSettings::environmentKey()).toString(), QStringLiteral("Live"));
    EXPECT_EQ(settings.value(AppSettings::idleLockMinutesKey()).toInt(), 3);
    EXPECT_EQ(settings.idleLockMinutes(), 3);
}

TEST_F(AppSettingsTest, LockedKeyWithoutASystemValueIsLockedToTheDefault)
{
    m_files.writeSystem("locked=session/idleLockMinutes\n");
    m_files.writeUser("[session]\nidleLockMinutes=60\n");
    AppSettings settings(m_files.userFile(), m_files.systemFile());

    EXPECT_EQ(settings.value(AppSettings::idleLockMinutesKey(), 5).toInt(), 5);
    EXPECT_EQ(settings.idleLockMinutes(), AppSettings::defaultIdleLockMinutes);
}

TEST_F(AppSettingsTest, SetValueOnALockedKeyIsRefusedAndLeavesTheUserFileUntouched)
{
    m_files.writeSystem("locked=environment\nenvironment=Live\n");
    m_files.writeUser("environment=QA\n");
    const QByteArray before = SettingsFiles::read(m_files.userFile());
    AppSettings settings(m_files.userFile(), m_files.systemFile());
    QSignalSpy changed(&settings, &AppSettings::changed);

    EXPECT_FALSE(settings.setValue(AppSettings::environmentKey(), QStringLiteral("Training")));
    EXPECT_FALSE(settings.remove(AppSettings::environmentKey()));

    EXPECT_EQ(SettingsFiles::read(m_files.userFile()), before);
    EXPECT_EQ(settings.value(AppSettings::environmentKey()).toString(), QStringLiteral("Live"));
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(AppSettingsTest, GroupLockCoversEveryKeyOfTheGroupAndNothingElse)
{
    m_files.writeSystem("locked=environments/Live/*\n"
                        "[environments]\nLive/customers-management=https://live.example.bank/api\n");
    m_files.writeUser("[environments]\n"
                      "Live/customers-management=https://elsewhere.example/api\n"
                      "Live/timeoutSeconds=99\n"
                      "QA/customers-management=https://qa.example.bank/api\n");
    AppSettings settings(m_files.userFile(), m_files.systemFile());

    EXPECT_TRUE(settings.isLocked(customersLive));
    EXPECT_TRUE(settings.isLocked(AppSettings::caBundleKey(EnvironmentKind::Live)));
    EXPECT_TRUE(settings.isLocked(AppSettings::timeoutSecondsKey(EnvironmentKind::Live)));
    EXPECT_FALSE(settings.isLocked(customersQa));
    EXPECT_FALSE(settings.isLocked(QStringLiteral("environments/Liveness/caBundle")));
    EXPECT_FALSE(settings.isLocked(QStringLiteral("environments")));

    EXPECT_EQ(settings.value(customersLive).toString(), QStringLiteral("https://live.example.bank/api"));
    // Locked without a system value: the user's 99 does not count.
    EXPECT_EQ(settings.value(AppSettings::timeoutSecondsKey(EnvironmentKind::Live), 30).toInt(), 30);
    EXPECT_EQ(settings.value(customersQa).toString(), QStringLiteral("https://qa.example.bank/api"));

    EXPECT_FALSE(settings.setValue(AppSettings::caBundleKey(EnvironmentKind::Live), QStringLiteral("/tmp/x.pem")));
    EXPECT_TRUE(settings.setValue(AppSettings::caBundleKey(EnvironmentKind::QA), QStringLiteral("/tmp/x.pem")));
}

TEST_F(AppSettingsTest, LockListAcceptsQuotedSpacedAndDifferentlyCasedEntries)
{
    m_files.writeSystem("locked=\"environments/live/customers-management  operator/user\"\n");
    AppSettings settings(m_files.userFile(), m_files.systemFile());

    EXPECT_TRUE(settings.isLocked(customersLive));
    EXPECT_TRUE(settings.isLocked(AppSettings::operatorUserKey()));
    EXPECT_TRUE(settings.isLocked(QStringLiteral("/operator//user/")));
    EXPECT_FALSE(settings.isLocked(AppSettings::operatorBranchIdKey()));
    EXPECT_EQ(settings.lockPatterns(),
              QStringList({QStringLiteral("environments/live/customers-management"), QStringLiteral("operator/user")}));
}

TEST_F(AppSettingsTest, StarLocksEverything)
{
    m_files.writeSystem("locked=*\n");
    AppSettings settings(m_files.userFile(), m_files.systemFile());
    EXPECT_TRUE(settings.isLocked(AppSettings::languageKey()));
    EXPECT_FALSE(settings.setValue(AppSettings::languageKey(), QStringLiteral("en")));
    EXPECT_FALSE(QFileInfo::exists(m_files.userFile()));
}

TEST_F(AppSettingsTest, UnlockedKeyTakesUserOverSystemOverDefault)
{
    m_files.writeSystem("[operator]\nbranchId=1108\nterminalId=T0001\n");
    m_files.writeUser("[operator]\nbranchId=2000\n");
    AppSettings settings(m_files.userFile(), m_files.systemFile());

    EXPECT_EQ(settings.value(AppSettings::operatorBranchIdKey()).toString(), QStringLiteral("2000"));
    EXPECT_EQ(settings.value(AppSettings::operatorTerminalIdKey()).toString(), QStringLiteral("T0001"));
    EXPECT_EQ(settings.value(AppSettings::operatorUserKey(), QStringLiteral("none")).toString(),
              QStringLiteral("none"));
    EXPECT_EQ(settings.systemValue(AppSettings::operatorBranchIdKey()).toString(), QStringLiteral("1108"));

    // Removing the user's value falls back to the system one.
    EXPECT_TRUE(settings.remove(AppSettings::operatorBranchIdKey()));
    EXPECT_EQ(settings.value(AppSettings::operatorBranchIdKey()).toString(), QStringLiteral("1108"));
}

TEST_F(AppSettingsTest, SetValueWritesTheUserFileOnlyAndSignalsTheChange)
{
    m_files.writeSystem("[operator]\nbranchId=1108\n");
    const QByteArray systemBefore = SettingsFiles::read(m_files.systemFile());
    AppSettings settings(m_files.userFile(), m_files.systemFile());
    QSignalSpy changed(&settings, &AppSettings::changed);

    EXPECT_TRUE(settings.setValue(AppSettings::operatorBranchIdKey(), QStringLiteral("3000")));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), AppSettings::operatorBranchIdKey());
    // The same value again changes nothing and says nothing.
    EXPECT_TRUE(settings.setValue(AppSettings::operatorBranchIdKey(), QStringLiteral("3000")));
    EXPECT_EQ(changed.count(), 1);

    EXPECT_EQ(SettingsFiles::read(m_files.systemFile()), systemBefore);
    EXPECT_TRUE(SettingsFiles::read(m_files.userFile()).contains("branchId=3000"));
    // A second instance (the next start) reads what was written.
    AppSettings reopened(m_files.userFile(), m_files.systemFile());
    EXPECT_EQ(reopened.value(AppSettings::operatorBranchIdKey()).toString(), QStringLiteral("3000"));
}

TEST_F(AppSettingsTest, MissingSystemFileIsFine)
{
    m_files.writeUser("[ui]\nlanguage=es_CO\n");
    AppSettings settings(m_files.userFile(), m_files.path(QStringLiteral("nowhere/BranchDesk.conf")));

    EXPECT_FALSE(settings.isLocked(AppSettings::environmentKey()));
    EXPECT_TRUE(settings.lockPatterns().isEmpty());
    EXPECT_EQ(settings.language(), QStringLiteral("es_CO"));
    EXPECT_EQ(settings.idleLockMinutes(), AppSettings::defaultIdleLockMinutes);
    EXPECT_TRUE(settings.setValue(AppSettings::environmentKey(), QStringLiteral("QA")));
    EXPECT_EQ(settings.value(AppSettings::environmentKey()).toString(), QStringLiteral("QA"));
    EXPECT_FALSE(QFileInfo::exists(m_files.path(QStringLiteral("nowhere"))));
}

TEST_F(AppSettingsTest, SystemConfigEnvironmentVariableIsHonoured)
{
    m_files.writeSystem("locked=operator/branchId\n[operator]\nbranchId=1108\n");
    const QByteArray previous = qgetenv("BRANCHDESK_SYSTEM_CONFIG");
    qputenv("BRANCHDESK_SYSTEM_CONFIG", m_files.systemFile().toLocal8Bit());

    EXPECT_EQ(AppSettings::defaultSystemFilePath(), m_files.systemFile());
    {
        AppSettings settings;
        EXPECT_EQ(settings.systemFilePath(), m_files.systemFile());
        EXPECT_TRUE(settings.isLocked(AppSettings::operatorBranchIdKey()));
        EXPECT_EQ(settings.value(AppSettings::operatorBranchIdKey()).toString(), QStringLiteral("1108"));
        EXPECT_TRUE(settings.userFilePath().endsWith(QStringLiteral("/BranchDesk/BranchDesk.conf")))
            << settings.userFilePath().toStdString();
    }

    qunsetenv("BRANCHDESK_SYSTEM_CONFIG");
    EXPECT_EQ(AppSettings::defaultSystemFilePath(), QStringLiteral("/etc/xdg/BranchDesk/BranchDesk.conf"));
    if (!previous.isEmpty())
        qputenv("BRANCHDESK_SYSTEM_CONFIG", previous);
}

TEST_F(AppSettingsTest, SecretLookingKeysAreRefused)
{
    AppSettings settings(m_files.userFile(), m_files.systemFile());
    const QStringList secrets = {
        QStringLiteral("environments/QA/client_secret"), QStringLiteral("QA/client_secret"),
        QStringLiteral("operator/password"),             QStringLiteral("operator/DEMO01/pin"),
        QStringLiteral("operator/pin"),                  QStringLiteral("environments/Live/accessToken"),
        QStringLiteral("token"),                         QStringLiteral("environments/QA/clientsecret"),
        QStringLiteral("session/otp"),                   QStringLiteral("operator/userPassword"),
    };
    for (const QString &key : secrets) {
        EXPECT_TRUE(AppSettings::looksLikeSecret(key)) << key.toStdString();
        EXPECT_FALSE(settings.setValue(key, QStringLiteral("s3cr3t"))) << key.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(m_files.userFile()));

    // Ordinary keys that merely contain those letters are fine.
    for (const QString &key : {AppSettings::timeoutSecondsKey(EnvironmentKind::QA), AppSettings::operatorSubChannelKey(),
                               AppSettings::idleLockMinutesKey(), AppSettings::caBundleKey(EnvironmentKind::Live),
                               QStringLiteral("ui/spinnerStyle"), QStringLiteral("environments/QA/client_id")}) {
        EXPECT_FALSE(AppSettings::looksLikeSecret(key)) << key.toStdString();
    }
}

TEST_F(AppSettingsTest, TheLockListItselfCannotBeWrittenByTheUser)
{
    m_files.writeSystem("locked=environment\n");
    m_files.writeUser("locked=\n");
    AppSettings settings(m_files.userFile(), m_files.systemFile());
    EXPECT_FALSE(settings.setValue(AppSettings::lockedKey(), QString()));
    EXPECT_TRUE(settings.isLocked(AppSettings::environmentKey()));
    EXPECT_EQ(settings.value(AppSettings::lockedKey()).toString(), QStringLiteral("environment"));
}

TEST_F(AppSettingsTest, TypedValuesStayInTheirRanges)
{
    m_files.writeUser("[session]\nidleLockMinutes=900\n[ui]\nlanguage=fr\n");
    AppSettings settings(m_files.userFile(), m_files.systemFile());
    EXPECT_EQ(settings.idleLockMinutes(), AppSettings::maxIdleLockMinutes);
    EXPECT_EQ(settings.language(), QString());

    ASSERT_TRUE(settings.setValue(AppSettings::idleLockMinutesKey(), QStringLiteral("soon")));
    EXPECT_EQ(settings.idleLockMinutes(), AppSettings::defaultIdleLockMinutes);
    ASSERT_TRUE(settings.setValue(AppSettings::languageKey(), QStringLiteral("en")));
    EXPECT_EQ(settings.language(), QStringLiteral("en"));
}

TEST_F(AppSettingsTest, KeyNamesAreTheDocumentedOnes)
{
    EXPECT_EQ(AppSettings::environmentKey(), QStringLiteral("environment"));
    EXPECT_EQ(AppSettings::baseUriKey(EnvironmentKind::QA, ApiDocument::CustomersManagement), customersQa);
    EXPECT_EQ(AppSettings::baseUriKey(EnvironmentKind::Sandbox, ApiDocument::ItauCustomerByAccount),
              QStringLiteral("environments/Sandbox/itau-customer-by-account"));
    EXPECT_EQ(AppSettings::caBundleKey(EnvironmentKind::Live), QStringLiteral("environments/Live/caBundle"));
    EXPECT_EQ(AppSettings::timeoutSecondsKey(EnvironmentKind::QA), QStringLiteral("environments/QA/timeoutSeconds"));
    EXPECT_EQ(AppSettings::operatorUserKey(), QStringLiteral("operator/user"));
    EXPECT_EQ(AppSettings::operatorBranchIdKey(), QStringLiteral("operator/branchId"));
    EXPECT_EQ(AppSettings::operatorTerminalIdKey(), QStringLiteral("operator/terminalId"));
    EXPECT_EQ(AppSettings::operatorChannelKey(), QStringLiteral("operator/channel"));
    EXPECT_EQ(AppSettings::operatorSubChannelKey(), QStringLiteral("operator/subChannel"));
    EXPECT_EQ(AppSettings::idleLockMinutesKey(), QStringLiteral("session/idleLockMinutes"));
    EXPECT_EQ(AppSettings::languageKey(), QStringLiteral("ui/language"));
}

} // namespace
