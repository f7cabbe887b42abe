#!/usr/bin/env bash
# Installs what is missing, builds, and opens Tariff Audit in training mode on its embedded SQLite
# database (filled with generated customers on first sign-in). Extra arguments go to the app.
set -euo pipefail
source "$(dirname "$0")/common.sh"

"$ROOT/scripts/deps.sh"
configure_and_build

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "Built $BUILD_DIR/app/tariff-audit, but this session has no display to open it on." >&2
    echo "On a desktop run this script again there; here, scripts/screenshots.sh shows the screens." >&2
    exit 1
fi
exec "$BUILD_DIR/app/tariff-audit" --training "$@"
