#!/usr/bin/env bash
# Runs the real app under Xvfb at 1280×800 and saves PNGs of the main screens in Vietnamese and English
# (training mode, scratch data folder). Look at them: missing fonts show as empty boxes and fail nothing.
#   scripts/screenshots.sh [OUTPUT_DIR=screenshots]
set -euo pipefail
source "$(dirname "$0")/common.sh"

out=$(realpath -m "${1:-$ROOT/screenshots}")
"$ROOT/scripts/deps.sh"
configure_and_build

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
HOME="$scratch" XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD_DIR/app/tariff-audit" --tour "$out"
ls "$out"/*.png
