#!/usr/bin/env bash
# usage: check_no_secrets.sh reset|check TESTS_BINARY_DIR [SECRET...]
# The files the programs wrote during the suite (each test runs with a HOME of
# its own, home-<test>) must not hold any of the suite's passwords or auth
# codes. "reset" removes earlier runs' logs first, so only this run counts.
set -euo pipefail
mode=$1
root=$2
shift 2

mapfile -t homes < <(find "$root" -type d -name 'home-*' -prune)
if [ "$mode" = check ] && [ ${#homes[@]} -eq 0 ]; then
  echo "FAIL: no test homes (home-*) under $root"
  exit 1
fi
if [ "$mode" = reset ]; then
  for home in "${homes[@]}"; do
    rm -rf "$home/.local/share/RegistrarDesk/logs"
  done
  exit 0
fi

# The scan must have something to read: the command line's EPP logs, with a
# login in them (whose password must be masked).
logs=$(find "${homes[@]}" -type f -name 'epp-*.log' 2>/dev/null | wc -l)
if [ "$logs" -eq 0 ] || ! grep -rqs -e ':login>' -e '<login>' "${homes[@]}"; then
  echo "FAIL: no EPP log with a login was written under $root/**/home-*"
  exit 1
fi

status=0
for secret in "$@"; do
  if found=$(grep -rlsF -- "$secret" "${homes[@]}"); then
    echo "FAIL: a secret the suite used was written to:"
    echo "$found"
    status=1
  fi
done
files=$(find "${homes[@]}" -type f | wc -l)
echo "$files files in ${#homes[@]} test homes scanned ($logs EPP logs) for $# secrets"
exit $status
