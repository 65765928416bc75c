#!/usr/bin/env bash
# usage: with-keyring.sh COMMAND [ARG...]
#
# Runs COMMAND against a real Secret Service: a private D-Bus session bus
# (dbus-run-session) with gnome-keyring-daemon on it, its login keyring
# created and unlocked with a throwaway password, the keyring kept in a
# throwaway folder that is removed afterwards. Nothing of the caller's own
# session or keyring is used. With RD_KEEP_CALLER_HOME=1, COMMAND runs with
# the caller's HOME and XDG folders (the keyring stays in the throwaway one),
# so what it writes stays where the caller looks: the test homes.
#
# Whatever keeps the keyring from answering is a failure (exit 1), never a
# skip: a keychain test that did not run must not count as passed.
# Needs the Debian packages dbus (dbus-run-session, dbus-send) and
# gnome-keyring; not dbus-x11, which makes gnome-keyring prompt on a display.
set -euo pipefail

fail() {
  echo "FAIL!  : with-keyring.sh: $*" >&2
  exit 1
}

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi

# First pass: start the private bus and come back inside it.
if [ "${RD_KEYRING_SESSION:-}" != "inside" ]; then
  for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || fail "$tool not found (install the packages dbus and gnome-keyring)"
  done
  export RD_KEYRING_SESSION=inside
  exec timeout --kill-after=10 240 dbus-run-session -- "$0" "$@"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/rd-keyring.XXXXXX")
daemon=""
cleanup() {
  if [ -n "$daemon" ]; then
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

caller_home=${HOME:-}
caller_data=${XDG_DATA_HOME:-}
caller_config=${XDG_CONFIG_HOME:-}
export HOME="$scratch/home"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Desktop hints could steer QtKeychain to KWallet; this session has only the Secret Service.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID

# --unlock reads the login keyring's password from stdin and creates that
# keyring when it does not exist yet. In the foreground the daemon stays our
# child, so that it can be stopped by its process id.
printf '%s' "registrar-desk-test-keyring" \
  | gnome-keyring-daemon --foreground --unlock --components=secrets \
      >"$scratch/daemon.out" 2>"$scratch/daemon.log" &
daemon=$!

# Wait until it owns org.freedesktop.secrets. Asking NameHasOwner does not
# start a second, locked daemon through D-Bus activation.
owned=""
for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
      | grep -q 'boolean true'; then
    owned=yes
    break
  fi
  kill -0 "$daemon" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$owned" ]; then
  cat "$scratch/daemon.log" >&2 || true
  fail "gnome-keyring-daemon did not take the Secret Service name on the session bus"
fi

# Export what the daemon prints (VAR=value lines, e.g. GNOME_KEYRING_CONTROL).
while IFS= read -r line; do
  case "$line" in
    [A-Z_]*=*) export "${line?}" ;;
  esac
done <"$scratch/daemon.out"

# The command writes where the caller said (its keyring stays in scratch).
if [ "${RD_KEEP_CALLER_HOME:-}" = 1 ] && [ -n "$caller_home" ]; then
  export HOME="$caller_home"
  export XDG_DATA_HOME="${caller_data:-$HOME/.local/share}"
  export XDG_CONFIG_HOME="${caller_config:-$HOME/.config}"
fi

status=0
"$@" || status=$?
exit "$status"
