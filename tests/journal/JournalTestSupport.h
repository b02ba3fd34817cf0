#pragma once
// Shared by the journal's test files: a sample entry, the raw bytes of the
// file, a tampering connection, the fixture and an in-memory anchor store.
// Not in an anonymous namespace: every file's TEST_F(JournalTest, ...) must
// use one and the same fixture class.
#include "Journal.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

inline const QString kIdentity = QStringLiteral("1234567890");
inline const QString kMasked = QStringLiteral("******7890");

inline JournalEntry sampleEntry(int n = 1)
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
inline QByteArray journalBytes(const QString &path)
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

inline bool containsText(const QByteArray &bytes, const QString &text)
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
