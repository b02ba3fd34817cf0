// Writing rows: every field kept, times in UTC, identity numbers masked.
#include "JournalTestSupport.h"

#include <QFileInfo>
#include <QSignalSpy>

namespace {

TEST_F(JournalTest, RecordsOneRowWithMaskedSubjectAndEveryField)
{
    Journal journal;
    QString error;
    ASSERT_TRUE(journal.open(m_path, &error)) << error.toStdString();
    EXPECT_TRUE(journal.isOpen());
    EXPECT_EQ(journal.filePath(), QFileInfo(m_path).absoluteFilePath());

    QSignalSpy spy(&journal, &Journal::recorded);
    const JournalEntry entry = sampleEntry();
    ASSERT_TRUE(journal.record(entry)) << journal.errorString().toStdString();

    ASSERT_EQ(spy.count(), 1);
    const auto emitted = spy.at(0).at(0).value<JournalEntry>();
    EXPECT_EQ(emitted.subject, kMasked);
    EXPECT_EQ(emitted.id, 1);

    const QList<JournalEntry> rows = journal.entries();
    ASSERT_EQ(rows.size(), 1);
    const JournalEntry &row = rows.first();
    EXPECT_EQ(row.id, 1);
    EXPECT_EQ(row.time, entry.time);
    EXPECT_EQ(row.time.timeSpec(), Qt::UTC);
    EXPECT_EQ(row.operatorId, entry.operatorId);
    EXPECT_EQ(row.environment, entry.environment);
    EXPECT_EQ(row.operation, entry.operation);
    EXPECT_EQ(row.transactionId, entry.transactionId);
    EXPECT_EQ(row.outcome, entry.outcome);
    EXPECT_EQ(row.errorCode, QString());
    EXPECT_EQ(row.references, entry.references);
    EXPECT_EQ(row.subject, kMasked);

    // Stored as documented: UTC ISO 8601 with milliseconds, references as JSON.
    RawConnection raw(m_path);
    ASSERT_TRUE(raw.isOpen());
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("journal-test-raw"), false));
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT time, reference_numbers, subject, prev_hash, row_hash FROM journal")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("2026-11-21T09:30:16.123Z"));
    EXPECT_EQ(query.value(1).toString(), QStringLiteral("[\"REF-1\",\"CUS-00042\"]"));
    EXPECT_EQ(query.value(2).toString(), kMasked);
    EXPECT_EQ(query.value(3).toString(), QString(64, QLatin1Char('0')));
    EXPECT_EQ(query.value(4).toString().size(), 64);
    EXPECT_FALSE(query.next());
}

TEST_F(JournalTest, NonUtcTimeIsStoredInUtcAndMissingTimeMeansNow)
{
    Journal journal;
    ASSERT_TRUE(journal.open(m_path));
    JournalEntry entry = sampleEntry();
    entry.time = QDateTime(QDate(2026, 1, 2), QTime(10, 0, 0, 5), Qt::OffsetFromUTC, 3600);
    ASSERT_TRUE(journal.record(entry));
    entry.time = QDateTime();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(journal.record(entry));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    const QList<JournalEntry> rows = journal.entries();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(1).time, QDateTime(QDate(2026, 1, 2), QTime(9, 0, 0, 5), Qt::UTC));
    EXPECT_GE(rows.at(0).time, before);
    EXPECT_LE(rows.at(0).time, after);
}

TEST_F(JournalTest, TheFileNeverHoldsTheWholeIdentityNumber)
{
    Journal journal;
    ASSERT_TRUE(journal.open(m_path));
    JournalEntry entry = sampleEntry();
    // The number also sits next to the subject in other fields: an error text
    // quoting it, a reference built from it.
    entry.outcome = QStringLiteral("not-found");
    entry.errorCode = QStringLiteral("00001 no record for %1").arg(kIdentity);
    entry.references = {QStringLiteral("REF-%1-A").arg(kIdentity)};
    ASSERT_TRUE(journal.record(entry));
    ASSERT_TRUE(journal.record(sampleEntry(2)));

    const JournalEntry newest = journal.entries(1).first();
    EXPECT_EQ(newest.subject, kMasked);
    const JournalEntry first = journal.entries().last();
    EXPECT_EQ(first.errorCode, QStringLiteral("00001 no record for %1").arg(kMasked));
    EXPECT_EQ(first.references, QStringList{QStringLiteral("REF-%1-A").arg(kMasked)});

    // While open (rows still in the WAL) and after closing (checkpointed).
    QByteArray bytes = journalBytes(m_path);
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_TRUE(containsText(bytes, kMasked)) << "the scan must see the rows";
    EXPECT_FALSE(containsText(bytes, kIdentity));
    journal.close();
    bytes = journalBytes(m_path);
    EXPECT_TRUE(containsText(bytes, kMasked));
    EXPECT_FALSE(containsText(bytes, kIdentity));
}

TEST_F(JournalTest, ReopeningAppendsAndKeepsTheChain)
{
    {
        Journal journal;
        ASSERT_TRUE(journal.open(m_path));
        ASSERT_TRUE(journal.record(sampleEntry(1)));
        ASSERT_TRUE(journal.record(sampleEntry(2)));
    }
    Journal reopened;
    QString error;
    ASSERT_TRUE(reopened.open(m_path, &error)) << error.toStdString();
    ASSERT_EQ(reopened.entries().size(), 2);
    ASSERT_TRUE(reopened.record(sampleEntry(3)));

    const QList<JournalEntry> rows = reopened.entries();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).id, 3);
    EXPECT_EQ(rows.at(0).transactionId, sampleEntry(3).transactionId);
    EXPECT_EQ(rows.at(2).id, 1);
    EXPECT_TRUE(reopened.verifyChain());

    const QList<JournalEntry> newest = reopened.entries(2);
    ASSERT_EQ(newest.size(), 2);
    EXPECT_EQ(newest.at(0).id, 3);
    EXPECT_EQ(newest.at(1).id, 2);
}

} // namespace
