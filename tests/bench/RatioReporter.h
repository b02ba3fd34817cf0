#pragma once

#include <benchmark/benchmark.h>

#include <map>
#include <string>
#include <vector>

// Prints Google Benchmark's usual table, then one line per pair: the time of
// a measured benchmark divided by the time of its baseline from the same run
// (wall and CPU: the journal's wall time is mostly fsync), and the memory
// counters ("mem_*", already ratios) of every run.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    struct Pair
    {
        std::string measured; // benchmark name, without the "/<size>" argument
        std::string baseline;
        std::string meaning;
    };

    explicit RatioReporter(std::vector<Pair> pairs);

    void ReportRuns(const std::vector<Run> &reports) override;
    void Finalize() override;

    // False when a benchmark failed, or only one side of a pair ran.
    bool allGood() const { return m_good; }

private:
    std::vector<Pair> m_pairs;
    std::map<std::string, double> m_realTime;                      // per iteration, by family name
    std::map<std::string, double> m_cpuTime;
    std::map<std::string, std::map<std::string, double>> m_memory; // family -> counter -> value
    bool m_good = true;
};
