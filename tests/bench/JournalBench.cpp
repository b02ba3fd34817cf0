// The journal's hash chain, measured against what the same rows cost without
// it: appending (masking, reading the chain's tail, SHA-256, one transaction
// per row) and verifying (recomputing every hash while reading).

#include "BenchSizes.h"

#include "Journal.h"
#include "Masking.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

JournalEntry sampleEntry(int i)
{
    JournalEntry entry;
    entry.time = QDateTime(QDate(2026, 3, 2), QTime(9, 0)).addSecs(i).toUTC();
    entry.operatorId = QStringLiteral("BGRQA084");
    entry.environment = QStringLiteral("Training");
    entry.operation = QStringLiteral("customers.basicData.v4");
    entry.transactionId = QStringLiteral("TX-%1").arg(100000 + i);
    entry.outcome = QStringLiteral("ok");
    entry.references = {QStringLiteral("REF-%1").arg(i)};
    entry.subject = QStringLiteral("10324567%1").arg(i % 100, 2, 10, QLatin1Char('0')); // masked by record()
    return entry;
}

// A journal file (schema, WAL) made by Journal itself, so the baseline writes
// to exactly the same kind of file.
struct JournalFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("journal.sqlite"));

    bool create(benchmark::State &state)
    {
        Journal journal;
        QString error;
        if (!dir.isValid() || !journal.open(path, &error)) {
            state.SkipWithError(qPrintable(QStringLiteral("journal: ") + error));
            return false;
        }
        return true;
    }
};

// A second, plain connection to the same file; closed with the object.
class PlainConnection
{
public:
    explicit PlainConnection(const QString &path)
        : m_name(QStringLiteral("bench-plain-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~PlainConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_counter = 0;
    QString m_name;
};

void appendChained(benchmark::State &state)
{
    const int rows = static_cast<int>(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        auto file = std::make_unique<JournalFile>();
        if (!file->create(state))
            return;
        Journal journal;
        journal.open(file->path);
        state.ResumeTiming();
        for (int i = 0; i < rows; ++i) {
            if (!journal.record(sampleEntry(i))) {
                state.SkipWithError(qPrintable(journal.errorString()));
                return;
            }
        }
        state.PauseTiming();
        journal.close();
        file.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * rows);
}

// The same twelve columns (already masked, fixed 64-character hashes) in
// autocommit: one transaction per row, like record(), without the chain.
void appendPlain(benchmark::State &state)
{
    const int rows = static_cast<int>(state.range(0));
    const QString hash(64, QLatin1Char('a'));
    for (auto _ : state) {
        state.PauseTiming();
        auto file = std::make_unique<JournalFile>();
        if (!file->create(state))
            return;
        auto connection = std::make_unique<PlainConnection>(file->path);
        state.ResumeTiming();
        for (int i = 0; i < rows; ++i) {
            const JournalEntry entry = sampleEntry(i);
            QSqlQuery insert(connection->db());
            insert.prepare(QStringLiteral(
                "INSERT INTO journal (id, time, operator, environment, operation, transaction_id, outcome, "
                "error_code, reference_numbers, subject, prev_hash, row_hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const QVariant values[] = {
                i + 1, entry.time.toString(Qt::ISODateWithMs), entry.operatorId, entry.environment,
                entry.operation, entry.transactionId, entry.outcome, entry.errorCode,
                QStringLiteral("[\"REF-%1\"]").arg(i), Masking::identity(entry.subject), hash, hash,
            };
            for (const QVariant &value : values)
                insert.addBindValue(value);
            if (!insert.exec()) {
                state.SkipWithError(qPrintable(insert.lastError().text()));
                return;
            }
        }
        state.PauseTiming();
        connection.reset();
        file.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * rows);
}

// One file of `rows` chained rows, shared by the two read benchmarks.
std::unique_ptr<JournalFile> filledFile(benchmark::State &state, int rows)
{
    auto file = std::make_unique<JournalFile>();
    if (!file->create(state))
        return nullptr;
    Journal journal;
    journal.open(file->path);
    for (int i = 0; i < rows; ++i)
        journal.record(sampleEntry(i));
    return file;
}

void verifyChain(benchmark::State &state)
{
    const int rows = static_cast<int>(state.range(0));
    const auto file = filledFile(state, rows);
    if (!file)
        return;
    Journal journal;
    journal.open(file->path);
    for (auto _ : state) {
        if (!journal.verifyChain()) {
            state.SkipWithError(qPrintable(journal.errorString()));
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * rows);
}

// Every column of every row as text, the way the check reads them, no hash.
void readRows(benchmark::State &state)
{
    const int rows = static_cast<int>(state.range(0));
    const auto file = filledFile(state, rows);
    if (!file)
        return;
    PlainConnection connection(file->path);
    for (auto _ : state) {
        QSqlQuery query(connection.db());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, time, operator, environment, operation, transaction_id, outcome, "
                                       "error_code, reference_numbers, subject, prev_hash, row_hash FROM journal "
                                       "ORDER BY id ASC"))) {
            state.SkipWithError(qPrintable(query.lastError().text()));
            return;
        }
        int read = 0;
        while (query.next()) {
            for (int column = 0; column < 12; ++column) {
                QString value = query.value(column).toString();
                benchmark::DoNotOptimize(value);
            }
            ++read;
        }
        if (read != rows) {
            state.SkipWithError("rows missing");
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * rows);
}

} // namespace

void registerJournalBenchmarks(const BenchSizes &sizes)
{
    benchmark::RegisterBenchmark("JournalAppend/chained", appendChained)->Arg(sizes.journalRows)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("JournalAppend/plain", appendPlain)->Arg(sizes.journalRows)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("JournalRead/verifyChain", verifyChain)->Arg(sizes.journalRows)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("JournalRead/plain", readRows)->Arg(sizes.journalRows)->Unit(benchmark::kMillisecond);
}
