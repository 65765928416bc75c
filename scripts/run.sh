#!/usr/bin/env bash
# Builds Registrar Desk and starts the desktop app. With no choice of database
# it starts the demo: the registry sandbox inside the app, a generated
# portfolio synced into a throwaway database, deadlines of every kind.
#   ./scripts/run.sh                      the demo
#   ./scripts/run.sh --language en        the demo, in English
#   ./scripts/run.sh --db FILE            your portfolio in FILE
#   ./scripts/run.sh --no-demo            your portfolio in the default data folder
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default

demo=1
for argument in "$@"; do
  case "$argument" in
    --db | --db=* | --demo | --no-demo | --help | -h | --version | -v) demo=0 ;;
  esac
done
if [ "$demo" = 1 ]; then
  exec ./build/app/registrar-desk --demo "$@"
fi
exec ./build/app/registrar-desk "$@"
