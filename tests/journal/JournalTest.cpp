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
