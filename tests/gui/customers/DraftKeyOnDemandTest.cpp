// The forms with drafts (New customer, Life insurance) under a real Secret
// Service: building them touches no keychain unless a draft file is there to
// offer, so a workstation whose keyring is not set up yet shows no keyring
// dialog at start-up. The key appears with the first draft, and the draft
// still comes back after a restart.

#include "../../keychain/KeychainTestSupport.h"

#include "ApiClient.h"
#include "CredentialStore.h"
#include "DraftStore.h"
#include "Environment.h"
#include "OperatorSession.h"
#include "customers/NewCustomerForm.h"
#include "insurance/LifeInsuranceForm.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

using namespace KeychainTestSupport;

class DraftKeyOnDemandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_drafts.isValid());
        // A service of its own: no earlier run (or other test) left a key there.
        m_credentials = std::make_unique<CredentialStore>(uniqueText(testServiceName() + QStringLiteral("-drafts-")));
        m_credentials->setRetryDelay(-1);
        // No server is needed: building and editing the forms sends nothing.
        m_client = std::make_unique<ApiClient>(nullptr, nullptr);
        m_client->setEnvironment(Environment::training(QUrl(QStringLiteral("https://127.0.0.1:9")), {}));
        m_client->setOperatorSession(OperatorSession::demoOperator());
        DraftStore::forgetMemoryKey();
    }

    void TearDown() override
    {
        removeNow(*m_credentials, DraftStore::keychainKey());
        DraftStore::forgetMemoryKey();
    }

    // Whether the drafts key is in the keyring now.
    bool keyStored()
    {
        const auto stored = readNow(*m_credentials, DraftStore::keychainKey());
        if (!stored || !*stored) {
            EXPECT_TRUE(stored && stored->error().nothingStored)
                << "the keyring itself failed: " << (stored ? stored->error().userMessage().toStdString() : "");
            return false;
        }
        return QByteArray::fromBase64(stored->value().toLatin1()).size() == 32;
    }

    template <typename Form>
    static void waitReady(Form *form)
    {
        QSignalSpy ready(form, &Form::draftsReady);
        form->show();
        ASSERT_TRUE(ready.wait(5000));
        // Room for any keychain call that would still be on its way.
        QTest::qWait(500);
    }

    static DraftStore *storeOf(QObject *form)
    {
        auto *store = form->findChild<DraftStore *>();
        EXPECT_NE(store, nullptr);
        return store;
    }

    QTemporaryDir m_drafts;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ApiClient> m_client;
};

TEST_F(DraftKeyOnDemandTest, NewCustomerTouchesTheKeychainOnlyWithItsFirstDraft)
{
    {
        NewCustomerForm form(m_client.get(), m_credentials.get(), nullptr, nullptr, m_drafts.path());
        waitReady(&form);
        ASSERT_FALSE(HasFatalFailure());
        EXPECT_EQ(form.drafts()->keyPlace(), DraftStore::KeyPlace::None);
        EXPECT_FALSE(keyStored()) << "building the form fetched or created the drafts key";

        auto *firstName = form.findChild<QLineEdit *>(QStringLiteral("personName_firstName"));
        ASSERT_NE(firstName, nullptr);
        QTest::keyClicks(firstName, QStringLiteral("CARLOS"));
        ASSERT_TRUE(QTest::qWaitFor([&form] { return form.drafts()->exists(form.draftName()); }, 20000));
        EXPECT_EQ(form.drafts()->keyPlace(), DraftStore::KeyPlace::Keychain);
        EXPECT_TRUE(keyStored());
    }

    // A restart: the draft opens with the key kept in the keyring.
    DraftStore::forgetMemoryKey();
    NewCustomerForm form(m_client.get(), m_credentials.get(), nullptr, nullptr, m_drafts.path());
    waitReady(&form);
    ASSERT_FALSE(HasFatalFailure());
    auto *offer = form.findChild<QWidget *>(QStringLiteral("draftOffer"));
    ASSERT_NE(offer, nullptr);
    ASSERT_TRUE(offer->isVisible());
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("restoreDraftButton")), Qt::LeftButton);
    EXPECT_EQ(form.findChild<QLineEdit *>(QStringLiteral("personName_firstName"))->text(), QStringLiteral("CARLOS"));
}

TEST_F(DraftKeyOnDemandTest, LifeInsuranceTouchesTheKeychainOnlyWithItsFirstDraft)
{
    const QDate birth(1970, 3, 19);
    {
        LifeInsuranceForm form(m_client.get(), m_credentials.get(), nullptr, m_drafts.path());
        waitReady(&form);
        ASSERT_FALSE(HasFatalFailure());
        DraftStore *store = storeOf(&form);
        ASSERT_NE(store, nullptr);
        EXPECT_EQ(store->keyPlace(), DraftStore::KeyPlace::None);
        EXPECT_FALSE(keyStored()) << "building the form fetched or created the drafts key";

        auto *birthDate = form.findChild<QDateEdit *>(QStringLiteral("birthDate"));
        ASSERT_NE(birthDate, nullptr);
        birthDate->setDate(birth);
        ASSERT_TRUE(QTest::qWaitFor([&form, store] { return store->exists(form.draftName()); }, 20000));
        EXPECT_EQ(store->keyPlace(), DraftStore::KeyPlace::Keychain);
        EXPECT_TRUE(keyStored());
    }

    DraftStore::forgetMemoryKey();
    LifeInsuranceForm form(m_client.get(), m_credentials.get(), nullptr, m_drafts.path());
    waitReady(&form);
    ASSERT_FALSE(HasFatalFailure());
    auto *offer = form.findChild<QWidget *>(QStringLiteral("draftOffer"));
    ASSERT_NE(offer, nullptr);
    ASSERT_TRUE(offer->isVisible());
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("restoreDraftButton")), Qt::LeftButton);
    EXPECT_EQ(form.findChild<QDateEdit *>(QStringLiteral("birthDate"))->date(), birth);
}

} // namespace
