#include "RatioReporter.h"

#include <cstdio>
#include <utility>

RatioReporter::RatioReporter(std::vector<Pair> pairs)
    : benchmark::ConsoleReporter(OO_Tabular)
    , m_pairs(std::move(pairs))
{
}

void RatioReporter::ReportRuns(const std::vector<Run> &reports)
{
    benchmark::ConsoleReporter::ReportRuns(reports);
    for (const Run &run : reports) {
        if (run.error_occurred) {
            m_good = false;
            continue;
        }
        // With --benchmark_repetitions the median stands for the benchmark
        // (a disk shared with other work makes single runs noisy).
        const bool isMedian = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
        if (run.run_type != Run::RT_Iteration && !isMedian)
            continue;
        // The registered name, without "/<size>": pairs match whatever size ran.
        const std::string &family = run.run_name.function_name;
        if (isMedian || !m_realTime.count(family)) {
            m_realTime[family] = run.GetAdjustedRealTime();
            m_cpuTime[family] = run.GetAdjustedCPUTime();
        }
        for (const auto &[name, counter] : run.counters) {
            if (name.rfind("mem_", 0) == 0)
                m_memory[family][name] = counter.value;
        }
    }
}

void RatioReporter::Finalize()
{
    benchmark::ConsoleReporter::Finalize();
    std::FILE *out = stdout;
    std::fprintf(out, "\nRatios (measured / baseline, same run; 1.00 = no extra cost)\n");
    std::fprintf(out, "  %-48s %8s %8s\n", "", "wall", "cpu");
    for (const Pair &pair : m_pairs) {
        const auto measured = m_realTime.find(pair.measured);
        const auto baseline = m_realTime.find(pair.baseline);
        const bool hasMeasured = measured != m_realTime.end();
        const bool hasBaseline = baseline != m_realTime.end();
        if (!hasMeasured && !hasBaseline)
            continue; // filtered out
        if (!hasMeasured || !hasBaseline || baseline->second <= 0) {
            std::fprintf(out, "  %-48s n/a (missing %s)\n", pair.meaning.c_str(),
                         hasMeasured ? pair.baseline.c_str() : pair.measured.c_str());
            m_good = false;
            continue;
        }
        const double cpuBaseline = m_cpuTime[pair.baseline];
        std::fprintf(out, "  %-48s %7.2fx %7.2fx\n", pair.meaning.c_str(), measured->second / baseline->second,
                     cpuBaseline > 0 ? m_cpuTime[pair.measured] / cpuBaseline : 0.0);
    }
    if (!m_memory.empty())
        std::fprintf(out, "Heap bytes held per byte of JSON\n");
    for (const auto &[family, counters] : m_memory) {
        for (const auto &[name, value] : counters)
            std::fprintf(out, "  %-48s %7.2fx\n", (family + " " + name).c_str(), value);
    }
    std::fflush(out);
}
