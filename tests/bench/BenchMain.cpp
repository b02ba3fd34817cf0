// branchdesk_bench: Google Benchmark plus a ratio table (RatioReporter).
// Own flags, taken out before Google Benchmark sees the rest:
//   --rows=N       journal rows per benchmark (default 200)
//   --locations=N  addresses in the customer-locations reply (default 500)

#include "BenchSizes.h"
#include "RatioReporter.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {
bool takeSize(const char *arg, const char *flag, int *value)
{
    const std::size_t length = std::strlen(flag);
    if (std::strncmp(arg, flag, length) != 0)
        return false;
    *value = std::atoi(arg + length);
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    BenchSizes sizes;
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        if (i > 0 && (takeSize(argv[i], "--rows=", &sizes.journalRows)
                      || takeSize(argv[i], "--locations=", &sizes.locations)))
            continue;
        rest.push_back(argv[i]);
    }
    if (sizes.journalRows < 1 || sizes.locations < 1) {
        std::fprintf(stderr, "--rows and --locations take a number above 0\n");
        return 2;
    }
    int restCount = static_cast<int>(rest.size());
    rest.push_back(nullptr);

    benchmark::Initialize(&restCount, rest.data());
    if (benchmark::ReportUnrecognizedArguments(restCount, rest.data()))
        return 2;

    // Nothing of the user's: journals go to temporary directories anyway.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(restCount, rest.data());

    registerJournalBenchmarks(sizes);
    registerLocationsBenchmarks(sizes);

    RatioReporter reporter({
        {"JournalAppend/chained", "JournalAppend/plain", "journal append: hash chain vs plain insert"},
        {"JournalRead/verifyChain", "JournalRead/plain", "journal verifyChain vs plain read"},
        {"CustomerLocations/model", "CustomerLocations/fromJsonOnly", "locations model vs fromJson alone"},
    });
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return reporter.allGood() ? 0 : 1;
}
