#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test headless: widgets on the
# offscreen platform, the keychain suite against a real Secret Service (gnome-keyring in a private D-Bus
# session). Extra arguments go to ctest (e.g. -R tst_database).
#   TA_SANITIZE=1 scripts/test.sh    the same with AddressSanitizer + UBSan, in build-asan/
# After the suite, each fuzz target runs for TA_FUZZ_SECONDS (30; 0 skips the pass) in a clang build of its own
# (scripts/fuzz.sh, build-fuzz/): a crash fails the run. Then the core's suites (tests/models) run again in that
# build, under AddressSanitizer and UBSan (TA_SANITIZED_SUITES=0 skips them).
set -euo pipefail
source "$(dirname "$0")/common.sh"

"$ROOT/scripts/deps.sh"
options=(-DTA_WERROR=ON)
if [[ "${TA_SANITIZE:-0}" == "1" ]]; then
    BUILD_DIR=${TA_BUILD_DIR:-$ROOT/build-asan}
    options+=(-DTA_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
    # Undefined behaviour fails the test it happens in; Qt's own leaks are not reported.
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
    # Under the sanitizers an import of 200,000 customers takes minutes: three kills of each kind of work.
    export TA_CRASH_RUNS=${TA_CRASH_RUNS:-3}
    echo "Sanitizer build: the kill -9 campaigns run ${TA_CRASH_RUNS} kills of each kind of work."
fi
configure_and_build "${options[@]}"

# A scratch home: tests never touch the user's settings, data or keyring.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home"
mkdir -m 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
export BUILD_DIR

# The suites of a build directory, in a private D-Bus session with an unlocked keyring.
run_suites() {
    local dir=$1
    shift
    dbus-run-session -- bash -c '
        printf "%s" "scratch-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        dir=$1
        shift
        exec ctest --test-dir "$dir" --output-on-failure --parallel "$(nproc)" "$@"
    ' ctest "$dir" "$@"
}
run_suites "$BUILD_DIR" "$@"

fuzz_seconds=${TA_FUZZ_SECONDS:-30}
if (($# > 0)); then
    echo "The fuzz pass runs with the whole suite only (arguments were given to ctest)."
elif ((fuzz_seconds > 0)); then
    echo "Fuzzing each target for ${fuzz_seconds} s (TA_FUZZ_SECONDS=0 skips this)"
    "$ROOT/scripts/fuzz.sh" "$fuzz_seconds"
else
    echo "The fuzz pass was skipped (TA_FUZZ_SECONDS=0)."
fi

# The core's suites (tests/models) again, built by clang with AddressSanitizer and UBSan beside the fuzz targets
# (build-fuzz/, the same objects): a memory error, undefined behaviour or a leak fails the suite it happens in.
# TA_SANITIZED_SUITES=0 skips this; TA_SANITIZE=1 (above) runs the whole suite so, in a build of its own.
if (($# > 0)); then
    echo "The sanitized core suites run with the whole suite only (arguments were given to ctest)."
elif [[ "${TA_SANITIZED_SUITES:-1}" == "1" ]]; then
    echo "The core's suites under AddressSanitizer + UBSan (build-fuzz/)"
    "$ROOT/scripts/fuzz.sh" --build-only
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
    run_suites "${TA_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
else
    echo "The sanitized core suites were skipped (TA_SANITIZED_SUITES=0)."
fi
