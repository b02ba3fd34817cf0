// ObpApi's DirectLogin credentials in a real Secret Service (keychain): kept
// under "<Environment>/obp/...", read back for the next login, never in a file.
#include "../keychain/KeychainTestSupport.h"

#include "ApiClient.h"
#include "ObpApi.h"

#include <gtest/gtest.h>

using namespace KeychainTestSupport;

TEST(ObpKeychain, CredentialsAreStoredAndReadBackPerEnvironment)
{
    CredentialStore store(testServiceName());
    ApiClient client(&store, nullptr);
    client.setEnvironment(Environment::defaults(EnvironmentKind::Sandbox));
    ObpApi api(&client, &store);

    const ObpDirectLogin login{QStringLiteral("teller.one"), uniqueText(QStringLiteral("pw-")), QStringLiteral("ck-1")};
    const auto stored = waitForResult<bool>([&](QObject *context, auto done) { api.storeCredentials(login, context, done); });
    ASSERT_TRUE(stored && stored->ok()) << (stored && !stored->ok() ? stored->error().userMessage().toStdString() : "");

    // Under the keys the one key function makes.
    const auto password = readNow(store, ObpApi::keychainKey(QStringLiteral("Sandbox"), "password"));
    ASSERT_TRUE(password && password->ok());
    EXPECT_EQ(password->value(), login.password);
    EXPECT_EQ(ObpApi::keychainKey(QStringLiteral("Sandbox"), "username"), QStringLiteral("Sandbox/obp/username"));

    const auto back = waitForResult<ObpDirectLogin>([&](QObject *context, auto done) { api.readStoredCredentials(context, done); });
    ASSERT_TRUE(back && back->ok());
    EXPECT_EQ(back->value().username, login.username);
    EXPECT_EQ(back->value().password, login.password);
    EXPECT_EQ(back->value().consumerKey, login.consumerKey);

    // Another environment has none of them.
    client.setEnvironment(Environment::defaults(EnvironmentKind::Live));
    ASSERT_TRUE(waitForResult<bool>([&](QObject *context, auto done) {
                    store.remove(ObpApi::keychainKey(QStringLiteral("Live"), "username"), context, done);
                }));
    const auto live = waitForResult<ObpDirectLogin>([&](QObject *context, auto done) { api.readStoredCredentials(context, done); });
    ASSERT_TRUE(live);
    EXPECT_FALSE(live->ok());
}
