// The hash chain: edited and deleted rows are found, on this thread or in the background.
#include "JournalTestSupport.h"

#include <QTest>
#include <algorithm>

namespace {

TEST_F(JournalTest, ChainVerifies)
{
    Journal journal;
    ASSERT_TRUE(journal.open(m_path));
    QList<qint64> broken{42};
    EXPECT_TRUE(journal.verifyChain(&broken)) << "an empty journal is intact";
    EXPECT_TRUE(broken.isEmpty());
    for (int n = 1; n <= 5; ++n)
        ASSERT_TRUE(journal.record(sampleEntry(n)));
    EXPECT_TRUE(journal.verifyChain(&broken)) << journal.errorString().toStdString();
    EXPECT_TRUE(broken.isEmpty());
}

TEST_F(JournalTest, EditingARowBreaksTheChainAtThatRow)
{
    Journal journal;
    ASSERT_TRUE(journal.open(m_path));
    for (int n = 1; n <= 5; ++n)
        ASSERT_TRUE(journal.record(sampleEntry(n)));

    RawConnection raw(m_path);
    ASSERT_TRUE(raw.isOpen());
    ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE journal SET outcome = ? WHERE id = ?"),
                         {QStringLiteral("refused"), 3}));

    QList<qint64> broken;
    EXPECT_FALSE(journal.verifyChain(&broken));
    EXPECT_EQ(broken, QList<qint64>{3});
    EXPECT_FALSE(journal.errorString().isEmpty());
}

TEST_F(JournalTest, RehashingAnEditedRowStillBreaksTheChainAtTheNextRow)
{
    Journal journal;
    ASSERT_TRUE(journal.open(m_path));
    for (int n = 1; n <= 4; ++n)
        ASSERT_TRUE(journal.record(sampleEntry(n)));

    RawConnection raw(m_path);
    ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE journal SET row_hash = ? WHERE id = ?"),
                         {QString(64, QLatin1Char('a')), 2}));
    QList<qint64> broken;
    EXPECT_FALSE(journal.verifyChain(&broken));
    EXPECT_EQ(broken, (QList<qint64>{2, 3}));
}

TEST_F(JournalTest, DeletingAMiddleRowBreaksTheChainAtTheRowAfterTheGap)
{
    Journal journal;
    ASSERT_TRUE(journal.open(m_path));
    for (int n = 1; n <= 5; ++n)
        ASSERT_TRUE(journal.record(sampleEntry(n)));

    RawConnection raw(m_path);
    ASSERT_TRUE(raw.exec(QStringLiteral("DELETE FROM journal WHERE id = ?"), {3}));

    QList<qint64> broken;
    EXPECT_FALSE(journal.verifyChain(&broken));
    EXPECT_EQ(broken, QList<qint64>{4});
}

TEST_F(JournalTest, DeletingTheFirstRowIsDetected)
{
    Journal journal;
    ASSERT_TRUE(journal.open(m_path));
    for (int n = 1; n <= 3; ++n)
        ASSERT_TRUE(journal.record(sampleEntry(n)));
    RawConnection raw(m_path);
    ASSERT_TRUE(raw.exec(QStringLiteral("DELETE FROM journal WHERE id = ?"), {1}));
    QList<qint64> broken;
    EXPECT_FALSE(journal.verifyChain(&broken));
    EXPECT_EQ(broken, QList<qint64>{2});
}

TEST_F(JournalTest, IntegritySaysWhyEachRowFailsAndWhichIdsAreMissing)
{
    Journal journal;
    ASSERT_TRUE(journal.open(m_path));
    for (int n = 1; n <= 8; ++n)
        ASSERT_TRUE(journal.record(sampleEntry(n)));
    JournalIntegrity integrity = journal.checkIntegrity();
    EXPECT_TRUE(integrity.checked);
    EXPECT_TRUE(integrity.isIntact());
    EXPECT_EQ(integrity.rowsVerified, 8);

    RawConnection raw(m_path);
    ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE journal SET outcome = ? WHERE id = ?"), {QStringLiteral("ok!"), 2}));
    ASSERT_TRUE(raw.exec(QStringLiteral("DELETE FROM journal WHERE id IN (4, 5)")));
    integrity = journal.checkIntegrity();
    EXPECT_TRUE(integrity.checked);
    EXPECT_FALSE(integrity.isIntact());
    EXPECT_EQ(integrity.rowsVerified, 6);
    EXPECT_EQ(integrity.brokenRowIds(), (QList<qint64>{2, 6}));
    ASSERT_EQ(integrity.faults.size(), 2);
    EXPECT_TRUE(integrity.faults.at(0).contentAltered);
    EXPECT_FALSE(integrity.faults.at(0).linkBroken);
    EXPECT_EQ(integrity.faults.at(0).missingBefore, 0);
    EXPECT_FALSE(integrity.faults.at(1).contentAltered);
    EXPECT_TRUE(integrity.faults.at(1).linkBroken);
    EXPECT_EQ(integrity.faults.at(1).missingBefore, 2);
    EXPECT_EQ(integrity.missing, (QList<JournalIdRange>{{4, 5}}));
    EXPECT_FALSE(integrity.newestRowsMissing);

    QList<qint64> broken;
    EXPECT_FALSE(journal.verifyChain(&broken));
    EXPECT_EQ(broken, (QList<qint64>{2, 6}));
}

TEST_F(JournalTest, TheBackgroundCheckFindsWhatTheDirectOneFinds)
{
    MemoryAnchor memory;
    Journal journal;
    journal.setAnchorStore(memory.store());
    ASSERT_TRUE(journal.open(m_path));
    for (int n = 1; n <= 6; ++n)
        ASSERT_TRUE(journal.record(sampleEntry(n)));

    QFuture<JournalIntegrity> future = journal.checkIntegrityInBackground();
    ASSERT_TRUE(QTest::qWaitFor([&future] { return future.isFinished(); }, 10000));
    JournalIntegrity integrity = future.result();
    EXPECT_TRUE(integrity.isIntact()) << integrity.error.toStdString();
    EXPECT_EQ(integrity.rowsVerified, 6);
    EXPECT_EQ(integrity.lastRowId, 6);

    RawConnection raw(m_path);
    ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE journal SET subject = ? WHERE id = ?"), {QStringLiteral("x"), 2}));
    ASSERT_TRUE(raw.exec(QStringLiteral("DELETE FROM journal WHERE id IN (4, 6)")));
    future = journal.checkIntegrityInBackground();
    ASSERT_TRUE(QTest::qWaitFor([&future] { return future.isFinished(); }, 10000));
    integrity = future.result();
    EXPECT_TRUE(integrity.checked);
    EXPECT_EQ(integrity.brokenRowIds(), (QList<qint64>{2, 5}));
    EXPECT_EQ(integrity.missing, (QList<JournalIdRange>{{4, 4}, {6, 6}}));
    EXPECT_TRUE(integrity.newestRowsMissing);
    EXPECT_EQ(integrity.lastRowId, 5);

    const QStringList connections = QSqlDatabase::connectionNames();
    EXPECT_FALSE(std::any_of(connections.cbegin(), connections.cend(), [](const QString &name) {
        return name.startsWith(QStringLiteral("branchdesk-journal-check"));
    })) << "the worker's connection is removed";

    Journal closed;
    future = closed.checkIntegrityInBackground();
    ASSERT_TRUE(future.isFinished());
    EXPECT_FALSE(future.result().checked);
    EXPECT_FALSE(future.result().error.isEmpty());
}

TEST_F(JournalTest, WithoutAnAnchorDeletingTheNewestRowsIsNotSeen)
{
    Journal journal;
    ASSERT_TRUE(journal.open(m_path));
    for (int n = 1; n <= 4; ++n)
        ASSERT_TRUE(journal.record(sampleEntry(n)));
    RawConnection raw(m_path);
    ASSERT_TRUE(raw.exec(QStringLiteral("DELETE FROM journal WHERE id >= 3")));
    EXPECT_TRUE(journal.verifyChain()) << "the documented gap the anchor closes";
}

} // namespace
