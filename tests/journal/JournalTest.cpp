// The operation journal: one SQLite file, subjects masked, rows hash-chained.
#include "Journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <gtest/gtest.h>

namespace {

const QString kIdentity = QStringLiteral("1234567890");
const QString kMasked = QStringLiteral("******7890");

JournalEntry sampleEntry(int n = 1)
{
    JournalEntry entry;
    entry.time = QDateTime(QDate(2026, 11, 21), QTime(9, 30, 15, 123), Qt::UTC).addSecs(n);
    entry.operatorId = QStringLiteral("DEMO01");
    entry.environment = QStringLiteral("Training");
    entry.operation = QStringLiteral("customers.basicData.v4");
    entry.transactionId = QStringLiteral("BD6325%1").arg(n, 10, 10, QLatin1Char('0'));
    entry.outcome = QStringLiteral("ok");
    entry.errorCode = QString();
    entry.references = {QStringLiteral("REF-%1").arg(n), QStringLiteral("CUS-00042")};
    entry.subject = kIdentity;
    return entry;
}

// Every byte SQLite keeps for the journal: the file and its WAL companions.
QByteArray journalBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

bool containsText(const QByteArray &bytes, const QString &text)
{
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return bytes.contains(text.toUtf8()) || bytes.contains(utf16);
}

// Tampering as an attacker would: raw SQL on its own connection.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name(), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name());
    }
    bool isOpen() const { return m_open; }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(name(), false));
        if (!query.prepare(sql))
            return false;
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec();
    }

private:
    static QString name() { return QStringLiteral("journal-test-raw"); }
    bool m_open = false;
};

class JournalTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // A folder that does not exist yet: open() creates it.
        m_path = m_dir.filePath(QStringLiteral("data/BranchDesk/journal.sqlite"));
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(JournalTest, DefaultPathIsInTheAppDataLocation)
{
    EXPECT_EQ(Journal::defaultPath(),
              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite"));
}

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

TEST_F(JournalTest, FilesAreReadableByTheOwnerOnly)
{
    Journal journal;
    ASSERT_TRUE(journal.open(m_path));
    ASSERT_TRUE(journal.record(sampleEntry()));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString path = m_path + suffix;
        if (!QFileInfo::exists(path))
            continue;
        // ReadUser/WriteUser mirror the owner bits for the current user.
        EXPECT_EQ(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly)
            << path.toStdString();
    }
    EXPECT_TRUE(QFileInfo::exists(m_path + QStringLiteral("-wal"))) << "WAL mode";
}

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

TEST_F(JournalTest, TwoJournalsAtOnceUseTheirOwnConnections)
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        Journal first;
        Journal second;
        ASSERT_TRUE(first.open(m_path));
        ASSERT_TRUE(second.open(m_dir.filePath(QStringLiteral("other/journal.sqlite"))));
        EXPECT_EQ(QSqlDatabase::connectionNames().size(), before.size() + 2);
        ASSERT_TRUE(first.record(sampleEntry(1)));
        ASSERT_TRUE(second.record(sampleEntry(2)));
        ASSERT_TRUE(second.record(sampleEntry(3)));
        EXPECT_EQ(first.entries().size(), 1);
        EXPECT_EQ(second.entries().size(), 2);

        // Two writers on one file keep one chain.
        Journal sameFile;
        ASSERT_TRUE(sameFile.open(m_path));
        ASSERT_TRUE(sameFile.record(sampleEntry(4)));
        ASSERT_TRUE(first.record(sampleEntry(5)));
        EXPECT_EQ(first.entries().size(), 3);
        EXPECT_TRUE(first.verifyChain());
    }
    // The destructor removed each connection.
    EXPECT_EQ(QSqlDatabase::connectionNames(), before);
}

// A day in the teller's own time zone, at a local time of day, as UTC.
QDateTime localTime(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, Qt::LocalTime).toUTC();
}

JournalEntry entryAt(const QDateTime &time, const QString &operation, const QString &outcome,
                     const QString &operatorId)
{
    JournalEntry entry = sampleEntry();
    entry.time = time;
    entry.operation = operation;
    entry.outcome = outcome;
    entry.operatorId = operatorId;
    return entry;
}

QList<qint64> idsOf(const QList<JournalEntry> &entries)
{
    QList<qint64> ids;
    for (const JournalEntry &entry : entries)
        ids << entry.id;
    return ids;
}

// An anchor store in memory, as the app keeps one in the user's settings.
struct MemoryAnchor
{
    JournalAnchor anchor;
    int saves = 0;
    JournalAnchorStore store()
    {
        return {[this] { return anchor; },
                [this](const JournalAnchor &value) {
                    anchor = value;
                    ++saves;
                }};
    }
};

class JournalQueryTest : public JournalTest
{
protected:
    void SetUp() override
    {
        JournalTest::SetUp();
        ASSERT_TRUE(m_journal.open(m_path));
        const QDate day1(2026, 3, 9);
        const QDate day2(2026, 3, 10);
        const QString lookup = QStringLiteral("customers.basicData.v4");
        const QString create = QStringLiteral("customers.create.v4");
        // Just inside and just outside local days: "a day" is the teller's day.
        const QList<JournalEntry> rows = {
            entryAt(localTime(day1, QTime(0, 0, 0)), lookup, QStringLiteral("ok"), QStringLiteral("DEMO01")),
            entryAt(localTime(day1, QTime(12, 0, 0)), create, QStringLiteral("refused"), QStringLiteral("DEMO01")),
            entryAt(localTime(day1, QTime(23, 59, 59)), lookup, QStringLiteral("not-found"), QStringLiteral("ANA02")),
            entryAt(localTime(day2, QTime(0, 0, 0)), lookup, QStringLiteral("ok"), QStringLiteral("ANA02")),
            entryAt(localTime(day2, QTime(9, 15, 0)), create, QStringLiteral("ok"), QStringLiteral("DEMO01")),
        };
        for (const JournalEntry &row : rows)
            ASSERT_TRUE(m_journal.record(row)) << m_journal.errorString().toStdString();
    }

    QList<qint64> idsFor(const JournalFilter &filter, qint64 *total = nullptr)
    {
        return idsOf(m_journal.entries(filter, total));
    }

    Journal m_journal;
};

TEST_F(JournalQueryTest, AnEmptyFilterGivesEveryRowNewestFirst)
{
    qint64 total = -1;
    EXPECT_EQ(idsFor(JournalFilter(), &total), (QList<qint64>{5, 4, 3, 2, 1}));
    EXPECT_EQ(total, 5);
    const QList<JournalEntry> rows = m_journal.entries(JournalFilter());
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows.first().subject, kMasked);
    EXPECT_EQ(rows.first().references, sampleEntry().references);
}

TEST_F(JournalQueryTest, FiltersByLocalDaysBothInclusive)
{
    JournalFilter filter;
    filter.from = QDate(2026, 3, 9);
    filter.to = QDate(2026, 3, 9);
    EXPECT_EQ(idsFor(filter), (QList<qint64>{3, 2, 1}));
    filter.from = filter.to = QDate(2026, 3, 10);
    EXPECT_EQ(idsFor(filter), (QList<qint64>{5, 4}));
    filter.from = QDate(2026, 3, 9);
    EXPECT_EQ(idsFor(filter), (QList<qint64>{5, 4, 3, 2, 1}));
    filter.from = filter.to = QDate(2026, 3, 11);
    EXPECT_TRUE(idsFor(filter).isEmpty());
    // One bound only.
    filter = {};
    filter.from = QDate(2026, 3, 10);
    EXPECT_EQ(idsFor(filter), (QList<qint64>{5, 4}));
    filter = {};
    filter.to = QDate(2026, 3, 9);
    EXPECT_EQ(idsFor(filter), (QList<qint64>{3, 2, 1}));
}

TEST_F(JournalQueryTest, FiltersByOperationOutcomeAndOperatorTogether)
{
    JournalFilter filter;
    filter.operation = QStringLiteral("customers.create.v4");
    EXPECT_EQ(idsFor(filter), (QList<qint64>{5, 2}));
    filter.outcome = QStringLiteral("ok");
    EXPECT_EQ(idsFor(filter), QList<qint64>{5});
    filter = {};
    filter.operatorId = QStringLiteral("ANA02");
    EXPECT_EQ(idsFor(filter), (QList<qint64>{4, 3}));
    filter.outcome = QStringLiteral("not-found");
    EXPECT_EQ(idsFor(filter), QList<qint64>{3});
    filter.from = QDate(2026, 3, 10);
    qint64 total = -1;
    EXPECT_TRUE(idsFor(filter, &total).isEmpty());
    EXPECT_EQ(total, 0);
    // Values are data, never SQL.
    filter = {};
    filter.operatorId = QStringLiteral("x' OR '1'='1");
    EXPECT_TRUE(idsFor(filter).isEmpty());
}

TEST_F(JournalQueryTest, TheLimitKeepsTheNewestAndTheTotalCountsEveryMatch)
{
    JournalFilter filter;
    filter.limit = 2;
    qint64 total = 0;
    EXPECT_EQ(idsFor(filter, &total), (QList<qint64>{5, 4}));
    EXPECT_EQ(total, 5);
    filter.operation = QStringLiteral("customers.basicData.v4");
    EXPECT_EQ(idsFor(filter, &total), (QList<qint64>{4, 3}));
    EXPECT_EQ(total, 3);
    filter.limit = 0; // no limit
    EXPECT_EQ(idsFor(filter, &total), (QList<qint64>{4, 3, 1}));
}

TEST_F(JournalQueryTest, ChoicesAreTheDistinctValuesSortedAndTheTimeSpan)
{
    const JournalChoices choices = m_journal.choices();
    EXPECT_EQ(choices.operations,
              (QStringList{QStringLiteral("customers.basicData.v4"), QStringLiteral("customers.create.v4")}));
    EXPECT_EQ(choices.outcomes,
              (QStringList{QStringLiteral("not-found"), QStringLiteral("ok"), QStringLiteral("refused")}));
    EXPECT_EQ(choices.operators, (QStringList{QStringLiteral("ANA02"), QStringLiteral("DEMO01")}));
    EXPECT_EQ(choices.earliest, localTime(QDate(2026, 3, 9), QTime(0, 0, 0)));
    EXPECT_EQ(choices.latest, localTime(QDate(2026, 3, 10), QTime(9, 15, 0)));

    Journal empty;
    ASSERT_TRUE(empty.open(m_dir.filePath(QStringLiteral("empty/journal.sqlite"))));
    const JournalChoices none = empty.choices();
    EXPECT_TRUE(none.operations.isEmpty());
    EXPECT_FALSE(none.earliest.isValid());
}

TEST_F(JournalQueryTest, AClosedJournalAnswersNothing)
{
    Journal closed;
    qint64 total = 7;
    EXPECT_TRUE(closed.entries(JournalFilter(), &total).isEmpty());
    EXPECT_EQ(total, 0);
    EXPECT_TRUE(closed.choices().operators.isEmpty());
    const JournalIntegrity integrity = closed.checkIntegrity();
    EXPECT_FALSE(integrity.checked);
    EXPECT_FALSE(integrity.isIntact());
    EXPECT_FALSE(integrity.error.isEmpty());
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

TEST_F(JournalTest, OpenOnAnUnwritablePathFailsWithAReason)
{
    // A regular file where the folder should be: unwritable even for root.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    Journal journal;
    QString error;
    EXPECT_FALSE(journal.open(blocker + QStringLiteral("/journal.sqlite"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(blocker))) << error.toStdString();
    EXPECT_EQ(journal.errorString(), error);
    EXPECT_FALSE(journal.isOpen());
    EXPECT_FALSE(journal.record(sampleEntry()));
    EXPECT_TRUE(journal.entries().isEmpty());
}

TEST_F(JournalTest, OpenOnAFileThatIsNotAJournalFailsWithAReason)
{
    ASSERT_TRUE(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    {
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    Journal journal;
    QString error;
    EXPECT_FALSE(journal.open(m_path, &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath()))) << error.toStdString();
    EXPECT_FALSE(journal.isOpen());
}

TEST_F(JournalTest, OpenWithoutAPathFails)
{
    Journal journal;
    QString error;
    EXPECT_FALSE(journal.open(QString(), &error));
    EXPECT_FALSE(error.isEmpty());
}

} // namespace
