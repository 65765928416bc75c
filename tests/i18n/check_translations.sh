#!/usr/bin/env bash
# usage: check_translations.sh LUPDATE SOURCE_DIR LAYER...
set -euo pipefail
lupdate=$1
src=$2
shift 2
layers=()
for layer in "$@"; do layers+=("$src/$layer"); done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for ts in "$src"/translations/*.ts; do
  name=$(basename "$ts")
  cp "$ts" "$work/$name"
  "$lupdate" -silent -no-obsolete -locations none "${layers[@]}" -ts "$work/$name"
  if ! cmp -s "$ts" "$work/$name"; then
    echo "FAIL: $name is out of date with the sources; run the update_translations target and translate:"
    diff -u "$ts" "$work/$name" | head -60 || true
    status=1
  fi
  unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
  vanished=$(grep -c 'type="vanished"\|type="obsolete"' "$work/$name" || true)
  messages=$(grep -c '<message' "$work/$name" || true)
  if [ "$unfinished" -ne 0 ] || [ "$vanished" -ne 0 ]; then
    echo "FAIL: $name has $unfinished unfinished and $vanished vanished entries"
    grep -B3 'type="unfinished"' "$work/$name" | grep '<source>' | head -20
    status=1
  fi
  if [ "$messages" -lt 50 ]; then
    echo "FAIL: $name has only $messages messages; lupdate did not see the sources"
    status=1
  fi
  # The program is written in English: the English file says what the source says
  # (plural forms aside), so no message can carry another message's text.
  case "$name" in
    *_en.ts)
      if ! python3 - "$work/$name" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
wrong = [m.group(1) for m in re.finditer(
    r'<message>\s*(?:<comment>[^<]*</comment>\s*)?<source>([^<]*)</source>\s*'
    r'(?:<extracomment>[^<]*</extracomment>\s*)?<translation>([^<]*)</translation>', text)
    if m.group(1) != m.group(2)]
for source in wrong:
    print("FAIL: English text differs from its source:", source)
sys.exit(1 if wrong else 0)
PY
      then
        status=1
      fi
      ;;
  esac
  echo "$name: $messages messages, $unfinished unfinished"
done
exit $status
