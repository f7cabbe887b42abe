#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Tariff Audit needs to build, run and test.
# Idempotent: asks apt only for what is missing, so a second run costs a dpkg query.
set -euo pipefail

PACKAGES=(
    g++ cmake ninja-build pkg-config ccache
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev qt6-positioning-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools
    qtkeychain-qt6-dev libsodium-dev libsecret-1-0 gnome-keyring dbus
    fonts-dejavu-core
    libqrencode-dev libminizip-dev libsqlite3-dev libxlsxwriter-dev
    libboost1.81-dev libssl-dev libpq-dev postgresql-15 libzxing-dev qt6-multimedia-dev qt6-pdf-dev
    sqlite3 xvfb xauth imagemagick poppler-utils
    help2man librsvg2-bin dpkg-dev lintian desktop-file-utils appstream clang-format
    clang libclang-rt-14-dev lld
)

missing=()
for p in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
