#!/usr/bin/env bash
# Builds Registrar Desk from nothing with warnings as errors and runs the whole
# test suite. Installs the Debian packages it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset ci
cmake --build build-ci --parallel "$(nproc)"
cd build-ci
ctest --output-on-failure --parallel "$(nproc)"
