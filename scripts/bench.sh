#!/bin/sh
# Builds branchdesk_bench with the default preset and runs it: Google
# Benchmark's table, then a short table of ratios against baselines measured
# in the same run. Extra arguments go to branchdesk_bench, e.g.
#   scripts/bench.sh --rows=1000 --locations=2000 --benchmark_repetitions=3
# Ratios are for reading, not for asserting: nothing fails on a slow machine.
set -eu
cd "$(dirname "$0")/.."
cmake --preset default >/dev/null
# tests/bench is only configured when find_package(benchmark) found it.
if ! grep -q '^benchmark_DIR:PATH=/' build/CMakeCache.txt; then
    echo "Google Benchmark is not installed: run scripts/install-deps.sh (libbenchmark-dev)" >&2
    exit 1
fi
cmake --build build --target branchdesk_bench -j "$(nproc)"
# Without arguments: three repetitions, the ratios taken from the medians.
if [ "$#" -eq 0 ]; then
    set -- --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
fi
exec build/bin/branchdesk_bench "$@"
