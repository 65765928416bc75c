#!/usr/bin/env bash
# usage: check_format.sh CLANG_FORMAT SOURCE_DIR
set -euo pipefail
cd "$2"
find core keychain net sandbox sync reports ui app tests \( -name '*.cpp' -o -name '*.h' \) -print0 \
  | xargs -0 "$1" --dry-run -Werror --style=file
echo "code_format: all files follow .clang-format"
