#!/usr/bin/env bash
# Sourced by scripts/run and scripts/test: installs the Debian 12 packages TixSync needs.
# As root it runs apt-get; otherwise it prints the exact line to run and stops.
TIXSYNC_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev
    libgl-dev libxkbcommon-dev libqscintilla2-qt6-dev qt6-httpserver-dev qt6-websockets-dev
    clang-format
)
TIXSYNC_TEST_PACKAGES=(xvfb xauth imagemagick x11-utils gnome-keyring dbus-x11 libsecret-tools postgresql)

tixsync_install_packages() {
    local missing=()
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "TixSync needs these Debian packages. Run as root, then try again:" >&2
        echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
