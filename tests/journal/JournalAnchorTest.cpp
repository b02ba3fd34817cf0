// The anchor outside the file: deleting the newest rows or replacing the file is caught.
#include "JournalTestSupport.h"

namespace {

TEST_F(JournalTest, TheAnchorCatchesDeletionOfTheNewestRows)
{
    MemoryAnchor memory;
    Journal journal;
    journal.setAnchorStore(memory.store());
    ASSERT_TRUE(journal.open(m_path));
    EXPECT_TRUE(memory.anchor.isNull()) << "an empty journal has nothing to anchor";
    for (int n = 1; n <= 5; ++n)
        ASSERT_TRUE(journal.record(sampleEntry(n)));
    EXPECT_EQ(memory.anchor.lastId, 5);
    EXPECT_EQ(memory.anchor.lastHash.size(), 64);
    EXPECT_TRUE(journal.checkIntegrity().isIntact());

    RawConnection raw(m_path);
    ASSERT_TRUE(raw.exec(QStringLiteral("DELETE FROM journal WHERE id >= 4")));
    JournalIntegrity integrity = journal.checkIntegrity();
    EXPECT_FALSE(integrity.isIntact());
    EXPECT_TRUE(integrity.newestRowsMissing);
    EXPECT_TRUE(integrity.faults.isEmpty()) << "no row is left to name";
    EXPECT_EQ(integrity.missing, (QList<JournalIdRange>{{4, 5}}));
    QList<qint64> broken{1};
    EXPECT_FALSE(journal.verifyChain(&broken));
    EXPECT_TRUE(broken.isEmpty());

    // The next operation reuses id 4; the anchor keeps pointing at the
    // original row 5, so the evidence is not overwritten.
    ASSERT_TRUE(journal.record(sampleEntry(6)));
    EXPECT_EQ(memory.anchor.lastId, 5);
    integrity = journal.checkIntegrity();
    EXPECT_EQ(integrity.missing, (QList<JournalIdRange>{{5, 5}}));
    ASSERT_TRUE(journal.record(sampleEntry(7)));
    ASSERT_TRUE(journal.record(sampleEntry(8)));
    EXPECT_EQ(memory.anchor.lastId, 5);
    integrity = journal.checkIntegrity();
    EXPECT_TRUE(integrity.missing.isEmpty());
    EXPECT_EQ(integrity.brokenRowIds(), QList<qint64>{5});
    ASSERT_EQ(integrity.faults.size(), 1);
    EXPECT_TRUE(integrity.faults.first().differsFromAnchor);
    EXPECT_FALSE(integrity.faults.first().contentAltered) << "the rewritten chain is self-consistent";
}

TEST_F(JournalTest, TheAnchorCatchesAJournalFileReplacedByAnEmptyOne)
{
    MemoryAnchor memory;
    {
        Journal journal;
        journal.setAnchorStore(memory.store());
        ASSERT_TRUE(journal.open(m_path));
        for (int n = 1; n <= 3; ++n)
            ASSERT_TRUE(journal.record(sampleEntry(n)));
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_path + suffix);
    Journal journal;
    journal.setAnchorStore(memory.store());
    ASSERT_TRUE(journal.open(m_path));
    const JournalIntegrity integrity = journal.checkIntegrity();
    EXPECT_FALSE(integrity.isIntact());
    EXPECT_TRUE(integrity.newestRowsMissing);
    EXPECT_EQ(integrity.rowsVerified, 0);
    EXPECT_EQ(integrity.missing, (QList<JournalIdRange>{{1, 3}}));
}

TEST_F(JournalTest, AnEmptyAnchorStoreAdoptsTheNewestRowAndNeverMovesBack)
{
    Journal journal;
    ASSERT_TRUE(journal.open(m_path));
    for (int n = 1; n <= 3; ++n)
        ASSERT_TRUE(journal.record(sampleEntry(n)));

    MemoryAnchor memory;
    journal.setAnchorStore(memory.store());
    EXPECT_EQ(memory.anchor.lastId, 3) << "trust on first use";
    const JournalAnchor third = memory.anchor;

    // Another window already wrote further: this one does not pull it back.
    memory.anchor.lastId = 10;
    const int saves = memory.saves;
    ASSERT_TRUE(journal.record(sampleEntry(4)));
    EXPECT_EQ(memory.saves, saves);
    EXPECT_EQ(memory.anchor.lastId, 10);

    memory.anchor = third;
    ASSERT_TRUE(journal.record(sampleEntry(5)));
    EXPECT_EQ(memory.anchor.lastId, 5);
    EXPECT_TRUE(journal.checkIntegrity().isIntact());
}

TEST(JournalAnchorTest, RoundTripsThroughText)
{
    const JournalAnchor anchor{42, QString(64, QLatin1Char('c'))};
    EXPECT_EQ(anchor.toString(), QStringLiteral("42:") + QString(64, QLatin1Char('c')));
    const JournalAnchor back = JournalAnchor::fromString(anchor.toString());
    EXPECT_EQ(back.lastId, 42);
    EXPECT_EQ(back.lastHash, anchor.lastHash);
    const QStringList bad = {QString(), QStringLiteral("42"), QStringLiteral(":abc"), QStringLiteral("x:abc"),
                             QStringLiteral("0:") + QString(64, QLatin1Char('c')),
                             QStringLiteral("7:") + QString(63, QLatin1Char('c')),
                             QStringLiteral("7:") + QString(64, QLatin1Char('Z'))};
    for (const QString &text : bad)
        EXPECT_TRUE(JournalAnchor::fromString(text).isNull()) << text.toStdString();
    EXPECT_TRUE(JournalAnchor().toString().isEmpty());
}

} // namespace
