# Shared by the scripts: where things are, and configure + build (idempotent, fast when nothing changed).
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${TA_BUILD_DIR:-$ROOT/build}

configure_and_build() {
    local extra=("$@")
    if [[ ! -f "$BUILD_DIR/build.ninja" ]] || ((${#extra[@]} > 0)); then
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}"
    fi
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
