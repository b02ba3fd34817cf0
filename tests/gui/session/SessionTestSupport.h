#pragma once

#include "GuiTestSupport.h"
#include "Journal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

// A GUI test with its own journal file, for the session's journal rows.
class SessionTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        m_journal = std::make_unique<Journal>();
        QString error;
        ASSERT_TRUE(m_journal->open(m_dir.filePath(QStringLiteral("journal.sqlite")), &error)) << error.toStdString();
    }

    // Rows with that operation, newest first.
    QList<JournalEntry> journalRows(const QString &operation) const
    {
        QList<JournalEntry> rows;
        for (const JournalEntry &entry : m_journal->entries()) {
            if (entry.operation == operation)
                rows << entry;
        }
        return rows;
    }

    // Every byte of the journal's files (SQLite keeps a -wal/-journal beside it).
    QByteArray journalBytes() const
    {
        QByteArray bytes;
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile file(m_dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
};
