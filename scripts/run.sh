#!/usr/bin/env bash
# Builds Registrar Desk and starts the desktop app on its embedded default: a
# local SQLite portfolio in the user's data folder, seeded with a small demo
# portfolio on first run. Extra arguments go to the app (e.g. --language en).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
exec ./build/app/registrar-desk "$@"
