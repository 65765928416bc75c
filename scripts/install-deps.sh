#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing
# Registrar Desk need. Safe to run again: apt skips what is already there.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config
  # Qt 6 (Widgets, Network, Sql) and the SQLite driver, which is not pulled in by the others
  qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev libsqlite3-dev
  # libcrypto headers: run-time certificates for the TLS tests and the registry sandbox
  libssl-dev
  # keychain (QtKeychain loads libsecret at run time) and ICU for IDN normalisation
  qtkeychain-qt6-dev libsecret-1-0
  # tests: headless display, SQLite shell for benchmarks and inspection
  xvfb xauth sqlite3 libxml2-utils poppler-utils clang-format bc python3
  # reports: fonts for the PDF layout, and a strict iCalendar reader for the
  # calendar export's tests (run as /usr/bin/python3)
  fonts-dejavu-core python3-icalendar
  # keychain tests: a private D-Bus session (dbus-run-session is in dbus) with
  # gnome-keyring's Secret Service, and secret-tool to look at it. Not dbus-x11:
  # it makes gnome-keyring prompt for a password on a display.
  dbus gnome-keyring libsecret-tools
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
