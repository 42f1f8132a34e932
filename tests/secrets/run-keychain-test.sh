#!/bin/sh
# Runs a keychain test against a real Secret Service: a private D-Bus session with an unlocked
# GNOME Keyring, in a temporary HOME so that no real keyring or settings are touched.
# Usage: run-keychain-test.sh /path/to/tst_keychain [test arguments]
set -eu
test_binary="$1"
shift
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-keychain-test.sh: $tool is missing; install gnome-keyring and dbus (scripts/deps.sh)." >&2
        exit 1
    fi
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tixsync-keychain.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/home" "$tmp/runtime" "$tmp/data" "$tmp/config" "$tmp/cache"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/data" \
    XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" QT_QPA_PLATFORM=offscreen
# No X display: a keyring prompt must not find one, and D-Bus must not autolaunch through X11.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
PW="tixsync-test-$$"
export PW test_binary
dbus-run-session -- sh -c '
    eval "$(printf %s "$PW" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    # Tells tests that run both ways (plain and here) that an unlocked keyring is available.
    export TIXSYNC_TEST_KEYRING=1
    exec "$test_binary" "$@"' sh "$@"
