#pragma once

// Sizes of the benchmarks (command line: --rows=N, --locations=N) and their
// registration, one function per area.
struct BenchSizes
{
    int journalRows = 200;   // rows appended per iteration / rows in the verified file
    int locations = 500;     // postAddr entries in the customer-locations reply
};

void registerJournalBenchmarks(const BenchSizes &sizes);
void registerLocationsBenchmarks(const BenchSizes &sizes);
