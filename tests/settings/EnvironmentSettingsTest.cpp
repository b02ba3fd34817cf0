// EnvironmentSettings reads base URIs, CA bundle, timeout and the operator
// through AppSettings, so IT's locked values are what the client uses.
#include "SettingsTestSupport.h"

#include "AppSettings.h"
#include "EnvironmentSettings.h"

#include <gtest/gtest.h>

using namespace SettingsTestSupport;

namespace {

class EnvironmentSettingsTest : public ::testing::Test
{
protected:
    SettingsFiles m_files;
};

TEST_F(EnvironmentSettingsTest, NothingConfiguredMeansTrainingAndTheSeedDefaults)
{
    AppSettings settings(m_files.userFile(), m_files.systemFile());
    const EnvironmentSettings config(settings);

    EXPECT_EQ(config.selectedKind(), EnvironmentKind::Training);
    QString error;
    const Environment qa = config.load(EnvironmentKind::QA, &error);
    EXPECT_TRUE(error.isEmpty());
    EXPECT_EQ(qa.baseUri(ApiDocument::CustomersManagement),
              Environment::defaults(EnvironmentKind::QA).baseUri(ApiDocument::CustomersManagement));
    EXPECT_TRUE(qa.baseUri(ApiDocument::PolicyManagement).isEmpty());
    EXPECT_TRUE(qa.caCertificates.isEmpty());
    EXPECT_EQ(qa.timeoutMs, AppSettings::defaultTimeoutSeconds * 1000);
}

TEST_F(EnvironmentSettingsTest, ReadsUriCaBundleTimeoutAndOperatorFromBothFiles)
{
    const QString ca = m_files.writeFile(QStringLiteral("ca/bank-qa.pem"), testCaPem());
    m_files.writeSystem("environment=QA\n"
                        "[environments]\n"
                        "QA/policy-management=https://policy.example.bank/api/policyManagement/v1\n"
                        "QA/timeoutSeconds=45\n"
                        "[operator]\nbranchId=1108\nterminalId=T0042\nchannel=13\nsubChannel=07\n");
    m_files.writeUser(QByteArray("[environments]\n"
                                 "QA/customers-management=https://customers.example.bank/v1\n"
                                 "QA/caBundle=")
                      + ca.toUtf8()
                      + "\n[operator]\nuser=JPEREZ\n");
    AppSettings settings(m_files.userFile(), m_files.systemFile());
    const EnvironmentSettings config(settings);

    EXPECT_EQ(config.selectedKind(), EnvironmentKind::QA);
    QString error;
    const Environment qa = config.load(EnvironmentKind::QA, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(qa.baseUri(ApiDocument::CustomersManagement), QUrl(QStringLiteral("https://customers.example.bank/v1")));
    EXPECT_EQ(qa.baseUri(ApiDocument::PolicyManagement),
              QUrl(QStringLiteral("https://policy.example.bank/api/policyManagement/v1")));
    EXPECT_EQ(qa.timeoutMs, 45000);
    ASSERT_EQ(qa.caCertificates.size(), 1);
    EXPECT_EQ(qa.caCertificates.first().subjectInfo(QSslCertificate::CommonName).value(0),
              QStringLiteral("BranchDesk Test CA"));

    const OperatorSession session = config.operatorSession();
    EXPECT_EQ(session.user, QStringLiteral("JPEREZ"));
    EXPECT_EQ(session.branchId, QStringLiteral("1108"));
    EXPECT_EQ(session.terminalId, QStringLiteral("T0042"));
    EXPECT_EQ(session.channel, QStringLiteral("13"));
    EXPECT_EQ(session.subChannel, QStringLiteral("07"));
    EXPECT_TRUE(session.isValid());
}

TEST_F(EnvironmentSettingsTest, LockedValuesWinOverTheUsersFile)
{
    m_files.writeSystem("locked=environment, environments/Live/*, operator/branchId\n"
                        "environment=Live\n"
                        "[environments]\nLive/customers-management=https://live.example.bank/v1\n"
                        "[operator]\nbranchId=1108\n");
    m_files.writeUser("environment=Training\n"
                      "[environments]\n"
                      "Live/customers-management=https://attacker.example/v1\n"
                      "Live/timeoutSeconds=600\n"
                      "[operator]\nbranchId=9999\nuser=JPEREZ\n");
    AppSettings settings(m_files.userFile(), m_files.systemFile());
    const EnvironmentSettings config(settings);

    EXPECT_EQ(config.selectedKind(), EnvironmentKind::Live);
    const Environment live = config.load(EnvironmentKind::Live);
    EXPECT_EQ(live.baseUri(ApiDocument::CustomersManagement), QUrl(QStringLiteral("https://live.example.bank/v1")));
    EXPECT_EQ(live.timeoutMs, AppSettings::defaultTimeoutSeconds * 1000);
    EXPECT_EQ(config.operatorSession().branchId, QStringLiteral("1108"));
    EXPECT_EQ(config.operatorSession().user, QStringLiteral("JPEREZ"));
}

TEST_F(EnvironmentSettingsTest, UnreadableCaBundleTrustsNothingAndSaysSo)
{
    const QString garbage = m_files.writeFile(QStringLiteral("garbage.pem"), "not a certificate\n");
    m_files.writeUser(QByteArray("[environments]\nSandbox/caBundle=") + garbage.toUtf8()
                      + "\nSandbox/timeoutSeconds=0\n");
    AppSettings settings(m_files.userFile(), m_files.systemFile());

    QString error;
    const Environment sandbox = EnvironmentSettings(settings).load(EnvironmentKind::Sandbox, &error);
    EXPECT_TRUE(error.contains(garbage)) << error.toStdString();
    ASSERT_EQ(sandbox.caCertificates.size(), 1);
    EXPECT_TRUE(sandbox.caCertificates.first().isNull());
    // Out-of-range timeouts are bounded rather than disabling the timeout.
    EXPECT_EQ(sandbox.timeoutMs, AppSettings::minTimeoutSeconds * 1000);
}

} // namespace
