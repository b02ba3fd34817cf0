// A large "Get Customer Locations" reply parsed into CustomerLocations,
// measured against QJsonDocument::fromJson alone: the model's own cost over
// raw parsing, in time and in heap bytes held.

#include "BenchSizes.h"

#include "CustomerLocationsSeedExample.h"
#include "customers/CustomerLocations.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <malloc.h>

#include <optional>

namespace {

// The seed's reply with `count` addresses: its two addresses repeated, each
// with its own idItem and processId so no string is shared.
QByteArray largeReply(int count)
{
    const std::optional<CustomerLocations> seed =
        CustomerLocations::fromJson(QJsonDocument::fromJson(customerLocationsSeedExample).object());
    if (!seed || seed->postAddr.isEmpty())
        return {};
    CustomerLocations reply = *seed;
    reply.postAddr.clear();
    for (int i = 0; i < count; ++i) {
        CustomerLocation location = seed->postAddr.at(i % seed->postAddr.size());
        location.idItem = QString::number(69800000 + i);
        location.processId = QStringLiteral("AAAMEuAAMAAB%1").arg(i, 6, 10, QLatin1Char('0'));
        reply.postAddr.append(location);
    }
    return QJsonDocument(reply.toJson()).toJson(QJsonDocument::Compact);
}

// Heap bytes in use (glibc), arenas plus mmapped blocks. Single-threaded here,
// so the difference around one parse is what that parse holds.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>(info.uordblks + info.hblkhd);
}

void parseRaw(benchmark::State &state)
{
    const QByteArray json = largeReply(static_cast<int>(state.range(0)));
    if (json.isEmpty()) {
        state.SkipWithError("the seed example did not parse");
        return;
    }
    for (auto _ : state) {
        QJsonDocument document = QJsonDocument::fromJson(json);
        benchmark::DoNotOptimize(document);
    }
    state.SetBytesProcessed(state.iterations() * json.size());

    const qint64 before = heapInUse();
    {
        const QJsonDocument document = QJsonDocument::fromJson(json);
        state.counters["mem_document_per_json_byte"] =
            static_cast<double>(heapInUse() - before) / static_cast<double>(json.size());
    }
}

void parseModel(benchmark::State &state)
{
    const int count = static_cast<int>(state.range(0));
    const QByteArray json = largeReply(count);
    if (json.isEmpty()) {
        state.SkipWithError("the seed example did not parse");
        return;
    }
    for (auto _ : state) {
        std::optional<CustomerLocations> model = CustomerLocations::fromJson(QJsonDocument::fromJson(json).object());
        if (!model || model->postAddr.size() != count) {
            state.SkipWithError("the large reply did not parse");
            return;
        }
        benchmark::DoNotOptimize(model);
    }
    state.SetBytesProcessed(state.iterations() * json.size());

    // What a form keeps: the model, the document already gone.
    const qint64 before = heapInUse();
    const std::optional<CustomerLocations> model =
        CustomerLocations::fromJson(QJsonDocument::fromJson(json).object());
    state.counters["mem_model_per_json_byte"] =
        static_cast<double>(heapInUse() - before) / static_cast<double>(json.size());
    state.counters["json_bytes"] = static_cast<double>(json.size());
}

} // namespace

void registerLocationsBenchmarks(const BenchSizes &sizes)
{
    benchmark::RegisterBenchmark("CustomerLocations/fromJsonOnly", parseRaw)->Arg(sizes.locations);
    benchmark::RegisterBenchmark("CustomerLocations/model", parseModel)->Arg(sizes.locations);
}
