#!/usr/bin/env bash
# Runs the benchmarks on a release build: the portfolio (bulk insert, every
# deadline, first page by next due date), the EPP codec (domain:info round
# trip), the EPP session (commands per second against the sandbox) and the
# refresh (domains per second from the sandbox, 1 and 4 sessions), the CSV
# import (a million rows, against the sqlite3 shell's .import of the same file),
# the reports (a deletions report of 100,000 domains to PDF) and the desk's
# domain table (open, filter, sort; the 1,000,000-domain file it generates is
# kept in /tmp and reused).
# Usage: scripts/bench.sh [DOMAINS]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh >/dev/null
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DRD_BUILD_TESTS=ON >/dev/null
cmake --build build-bench --target bench_portfolio bench_eppcodec bench_eppsession bench_refresh \
  bench_import bench_reports bench_desk registrar-desk-cli
./build-bench/tests/bench/bench_portfolio "${1:-1000000}"
echo
./tests/bench/sqlite-floor.sh ./build-bench/app/registrar-desk-cli "${1:-1000000}"
echo
./build-bench/tests/bench/bench_eppcodec
echo
./build-bench/tests/bench/bench_eppsession
echo
./build-bench/tests/bench/bench_refresh
echo
./build-bench/tests/bench/bench_import "${1:-1000000}"
echo
./build-bench/tests/bench/bench_reports
echo
./build-bench/tests/bench/bench_desk "${1:-1000000}"
