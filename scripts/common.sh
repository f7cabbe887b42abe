# Shared by the scripts: where things are, and configure + build (idempotent, fast when nothing changed).
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${TA_BUILD_DIR:-$ROOT/build}

# ccache, when installed (scripts/deps.sh installs it), keeps compiled objects between builds and between fresh
# clones on one machine (CI); its folder is fixed here, before the suites give themselves a scratch HOME. Paths
# under the clone are hashed relative to it, so that a clone elsewhere finds the objects of the last one (not the
# sanitized build's: a unity source names its sources by their absolute paths).
TA_COMPILER_LAUNCHER=()
if command -v ccache >/dev/null; then
    export CCACHE_DIR=${CCACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/ccache}
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
    TA_COMPILER_LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

# AddressSanitizer's own bookkeeping, its quarantine of freed blocks (256 MB by default) and every distinct stack a
# block was allocated from, grew to 1.5 GB over 2.4 million price strings and slowed a fuzz run fivefold, and took a
# quarter of a suite's time: with these it stays in a few hundred MB. A report then shows four frames of where a
# block was allocated or freed: rerun the input or the test with ASAN_OPTIONS= for whole stacks. Given ASAN_OPTIONS
# win (scripts/fuzz.sh, scripts/test.sh).
# intercept_tls_get_addr=0: the runtime of this clang (before LLVM 17) takes a block of dynamic TLS whose address
# happens to sit 16 bytes into a page for glibc 2.19's layout and reads a bogus range before it, and LeakSanitizer's
# tracer then dies ("Tracer caught signal 11") after a suite's tests have all passed, now and then.
TA_ASAN_OPTIONS=quarantine_size_mb=32:malloc_context_size=4:intercept_tls_get_addr=0

configure_and_build() {
    local extra=("$@")
    if [[ ! -f "$BUILD_DIR/build.ninja" ]] || ((${#extra[@]} > 0)); then
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${TA_COMPILER_LAUNCHER[@]}" \
            "${extra[@]}"
    fi
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
