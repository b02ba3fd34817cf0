#include "DraftStore.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

namespace {

const QJsonObject sample{{QStringLiteral("personName.firstName"), QStringLiteral("CARLOS")},
                         {QStringLiteral("govIssueIdent.identSerialNum"), QStringLiteral("1034567890")}};

DraftStore::KeyPlace openStore(DraftStore &store)
{
    std::optional<DraftStore::KeyPlace> place;
    QObject context;
    store.open(&context, [&place](DraftStore::KeyPlace p) { place = p; });
    EXPECT_TRUE(QTest::qWaitFor([&place] { return place.has_value(); }, 30000));
    return place.value_or(DraftStore::KeyPlace::None);
}

#ifndef BRANCHDESK_DRAFTS_WITH_KEYCHAIN

TEST(DraftStoreCrypto, SealsAndOpensWithTheSameKeyOnly)
{
    const QByteArray key = DraftStore::randomKey();
    ASSERT_EQ(key.size(), 32);
    const QByteArray plain = QByteArrayLiteral("{\"name\":\"CARLOS\"}");
    const QByteArray sealed = DraftStore::encrypt(key, plain, "newCustomer-Training");
    ASSERT_FALSE(sealed.isEmpty());
    EXPECT_FALSE(sealed.contains("CARLOS"));
    EXPECT_EQ(DraftStore::decrypt(key, sealed, "newCustomer-Training"), plain);
    // Another key, another name, or one changed byte: nothing comes out.
    EXPECT_FALSE(DraftStore::decrypt(DraftStore::randomKey(), sealed, "newCustomer-Training").has_value());
    EXPECT_FALSE(DraftStore::decrypt(key, sealed, "newCustomer-Live").has_value());
    QByteArray tampered = sealed;
    tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 1);
    EXPECT_FALSE(DraftStore::decrypt(key, tampered, "newCustomer-Training").has_value());
    // A fresh nonce every time.
    EXPECT_NE(DraftStore::encrypt(key, plain, "x"), DraftStore::encrypt(key, plain, "x"));
}

TEST(DraftStoreMemoryKey, SurvivesAClosedFormButNotARestart)
{
    QTemporaryDir dir;
    DraftStore::forgetMemoryKey();
    {
        DraftStore store(nullptr, dir.path());
        EXPECT_EQ(openStore(store), DraftStore::KeyPlace::MemoryOnly);
        ASSERT_TRUE(store.save(QStringLiteral("newCustomer-Training"), sample));
    }
    DraftStore again(nullptr, dir.path());
    openStore(again);
    EXPECT_EQ(again.load(QStringLiteral("newCustomer-Training")), sample);
    QFile file(again.filePath(QStringLiteral("newCustomer-Training")));
    EXPECT_EQ(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // A restart: the process's key is gone, the draft cannot be opened.
    DraftStore::forgetMemoryKey();
    DraftStore restarted(nullptr, dir.path());
    openStore(restarted);
    EXPECT_TRUE(restarted.exists(QStringLiteral("newCustomer-Training")));
    EXPECT_FALSE(restarted.load(QStringLiteral("newCustomer-Training")).has_value());
    EXPECT_TRUE(restarted.remove(QStringLiteral("newCustomer-Training")));
    EXPECT_FALSE(restarted.exists(QStringLiteral("newCustomer-Training")));
}

TEST(DraftStoreMemoryKey, NeverTouchesADraftKeptWithTheKeychainKey)
{
    QTemporaryDir dir;
    QFile keychainDraft(dir.filePath(QStringLiteral("newCustomer-Training.draft")));
    ASSERT_TRUE(keychainDraft.open(QIODevice::WriteOnly));
    keychainDraft.write(DraftStore::encrypt(DraftStore::randomKey(), "{}", "newCustomer-Training"));
    keychainDraft.close();

    DraftStore store(nullptr, dir.path());
    ASSERT_EQ(openStore(store), DraftStore::KeyPlace::MemoryOnly);
    EXPECT_TRUE(store.hasDraftNeedingKeychain(QStringLiteral("newCustomer-Training")));
    ASSERT_TRUE(store.save(QStringLiteral("newCustomer-Training"), sample));
    EXPECT_NE(store.filePath(QStringLiteral("newCustomer-Training")), keychainDraft.fileName());
    EXPECT_TRUE(store.remove(QStringLiteral("newCustomer-Training")));
    EXPECT_TRUE(QFile::exists(keychainDraft.fileName()));
}

TEST(DraftStoreNames, OnePerFormEnvironmentAndOperatorWithoutTheOperatorInClear)
{
    const QString mine = DraftStore::nameFor(QStringLiteral("newCustomer"), QStringLiteral("Training"),
                                             QStringLiteral("DEMO01"));
    EXPECT_TRUE(mine.startsWith(QStringLiteral("newCustomer-Training-"))) << mine.toStdString();
    EXPECT_EQ(mine.section(QLatin1Char('-'), 2).size(), 12);
    EXPECT_FALSE(mine.contains(QStringLiteral("DEMO01")));
    EXPECT_EQ(mine, DraftStore::nameFor(QStringLiteral("newCustomer"), QStringLiteral("Training"), QStringLiteral("DEMO01")));
    EXPECT_NE(mine, DraftStore::nameFor(QStringLiteral("newCustomer"), QStringLiteral("Training"), QStringLiteral("OTHER01")));
    EXPECT_NE(mine, DraftStore::nameFor(QStringLiteral("newCustomer"), QStringLiteral("QA"), QStringLiteral("DEMO01")));
}

// What forms ask at construction, before (and instead of) opening the key.
TEST(DraftStoreMemoryKey, OffersOnlyADraftThatCanBeOpened)
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("newCustomer-Training");
    DraftStore::forgetMemoryKey();
    DraftStore closed(nullptr, dir.path());
    EXPECT_FALSE(closed.hasDraftToOffer(name));

    // A draft kept with the keychain key: worth opening for.
    QFile keychainDraft(dir.filePath(name + QStringLiteral(".draft")));
    ASSERT_TRUE(keychainDraft.open(QIODevice::WriteOnly));
    keychainDraft.write(DraftStore::encrypt(DraftStore::randomKey(), "{}", name.toUtf8()));
    keychainDraft.close();
    EXPECT_TRUE(closed.hasDraftToOffer(name));
    EXPECT_FALSE(closed.isOpen()) << "asking opens nothing";
    ASSERT_TRUE(QFile::remove(keychainDraft.fileName()));

    // A session draft of this run, then of an earlier run.
    DraftStore store(nullptr, dir.path());
    ASSERT_EQ(openStore(store), DraftStore::KeyPlace::MemoryOnly);
    ASSERT_TRUE(store.save(name, sample));
    EXPECT_TRUE(closed.hasDraftToOffer(name));
    DraftStore::forgetMemoryKey();
    EXPECT_FALSE(closed.hasDraftToOffer(name));
    EXPECT_FALSE(QFile::exists(store.filePath(name))) << "nobody can open it any more";
}

TEST(DraftStoreMemoryKey, EnsureOpenAnswersEveryCallerOnce)
{
    QTemporaryDir dir;
    DraftStore store(nullptr, dir.path());
    QObject context;
    QList<DraftStore::KeyPlace> answers;
    store.ensureOpen(&context, [&answers](DraftStore::KeyPlace place) { answers << place; });
    store.ensureOpen(&context, [&answers](DraftStore::KeyPlace place) { answers << place; });
    EXPECT_TRUE(answers.isEmpty()) << "never before the call returns";
    ASSERT_TRUE(QTest::qWaitFor([&answers] { return answers.size() == 2; }, 5000));
    store.ensureOpen(&context, [&answers](DraftStore::KeyPlace place) { answers << place; });
    ASSERT_TRUE(QTest::qWaitFor([&answers] { return answers.size() == 3; }, 5000));
    QTest::qWait(100);
    EXPECT_EQ(answers, QList<DraftStore::KeyPlace>(3, DraftStore::KeyPlace::MemoryOnly));
}

#else

// Under a real Secret Service (see tests/keychain): the key is kept in the
// keychain, so a draft survives a restart.
TEST(DraftStoreKeychain, KeyInTheKeychainSurvivesARestart)
{
    QTemporaryDir dir;
    CredentialStore credentials(QStringLiteral("BranchDeskTests"));
    credentials.setRetryDelay(-1);
    {
        DraftStore store(&credentials, dir.path());
        ASSERT_EQ(openStore(store), DraftStore::KeyPlace::Keychain);
        ASSERT_TRUE(store.save(QStringLiteral("newCustomer-Training"), sample));
    }
    DraftStore::forgetMemoryKey();
    DraftStore restarted(&credentials, dir.path());
    ASSERT_EQ(openStore(restarted), DraftStore::KeyPlace::Keychain);
    EXPECT_EQ(restarted.load(QStringLiteral("newCustomer-Training")), sample);
}

#endif

} // namespace
