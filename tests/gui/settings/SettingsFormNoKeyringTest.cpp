// The Settings page on a workstation without a reachable keyring: ctest runs
// these with DBUS_SESSION_BUS_ADDRESS pointing at a socket that does not
// exist (the fixture removes DISPLAY). The keyring's message reaches the
// banner, nothing is written anywhere else, and typed input stays.
#include "KeychainTestSupport.h"
#include "SettingsTestSupport.h"

#include "ApiClient.h"
#include "AppSettings.h"
#include "CredentialStore.h"
#include "settings/SettingsForm.h"
#include "widgets/MessageBanner.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace KeychainTestSupport;
using namespace SettingsTestSupport;

namespace {

class SettingsFormNoKeyringTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
        ASSERT_TRUE(address.startsWith(QStringLiteral("unix:path=/nonexistent/")))
            << "run through ctest, which points the session bus at a socket that does not exist; got '"
            << address.toStdString() << "'";
        qunsetenv("DISPLAY");
        m_store.setRetryDelay(50);
        m_client.setEnvironment(Environment::defaults(EnvironmentKind::QA));
    }

    SettingsFiles m_files;
    CredentialStore m_store{testServiceName()};
    ApiClient m_client{&m_store, nullptr};
};

TEST_F(SettingsFormNoKeyringTest, KeyringErrorsAreShownInTheBannerAndNothingIsStoredElsewhere)
{
    AppSettings settings(m_files.userFile(), m_files.systemFile());
    SettingsForm form(&settings, &m_store, &m_client);
    form.resize(1100, 800);
    form.show();
    ASSERT_TRUE(QTest::qWaitFor([&form] { return !form.isBusy(); }, 20000));

    auto *banner = form.findChild<MessageBanner *>(QStringLiteral("messageBanner"));
    auto *state = form.findChild<QLabel *>(QStringLiteral("credentialsState"));
    ASSERT_TRUE(banner && state);
    // Reading the stored state already says why.
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("No keyring (Secret Service) is available")))
        << banner->text().toStdString();
    EXPECT_TRUE(banner->detail().startsWith(QStringLiteral("Keyring: "))) << banner->detail().toStdString();
    EXPECT_TRUE(state->text().startsWith(QStringLiteral("The keyring could not be read")));

    banner->clear();
    auto *clientId = form.findChild<QLineEdit *>(QStringLiteral("clientId"));
    auto *secret = form.findChild<QLineEdit *>(QStringLiteral("clientSecret"));
    const QString secretText = uniqueText(QStringLiteral("nokeyring-secret-"));
    clientId->setFocus();
    QTest::keyClicks(clientId, QStringLiteral("nokeyring-client"));
    secret->setFocus();
    QTest::keyClicks(secret, secretText);
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("storeCredentialsButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible() && !form.isBusy(); }, 20000));

    EXPECT_EQ(banner->type(), MessageBanner::Type::Error);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("never stored in plain text"))) << banner->text().toStdString();
    // The teller's input stays to try again; nothing went to a file.
    EXPECT_EQ(clientId->text(), QStringLiteral("nokeyring-client"));
    EXPECT_EQ(secret->text(), secretText);
    EXPECT_TRUE(filesContaining(m_files.path(QString()), secretText).isEmpty());
    EXPECT_FALSE(QFileInfo::exists(m_files.userFile()));
}

} // namespace
