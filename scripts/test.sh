#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test headless: widgets on the
# offscreen platform, the keychain suite against a real Secret Service (gnome-keyring in a private D-Bus
# session). Two builds:
# - the release build (build/, g++): the tests about that build itself, labelled "release" (its Debian packages,
#   the kill -9 campaigns at full speed, the fuzz corpora replayed, the sources' format, translations, layering);
# - the sanitized build (build-fuzz/, clang, scripts/fuzz.sh): the whole suite under AddressSanitizer and UBSan
#   (a memory error, undefined behaviour or a leak fails the suite it happens in), then each fuzz target for
#   TA_FUZZ_SECONDS (20; 0 skips the pass): a crash fails the run.
# Extra arguments go to ctest in the release build alone (e.g. -R tst_database), and nothing else runs.
#   TA_SANITIZED_SUITES=0 scripts/test.sh    the whole suite in the release build instead, unsanitized
#   TA_SANITIZE=1 scripts/test.sh            the whole suite built by g++ with the sanitizers (Debug, build-asan/)
set -euo pipefail
source "$(dirname "$0")/common.sh"

"$ROOT/scripts/deps.sh"
options=(-DTA_WERROR=ON)
sanitized_suites=${TA_SANITIZED_SUITES:-1}
fuzz_seconds=${TA_FUZZ_SECONDS:-20}
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Qt's own leaks are not reported.
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
if [[ "${TA_SANITIZE:-0}" == "1" ]]; then
    BUILD_DIR=${TA_BUILD_DIR:-$ROOT/build-asan}
    options+=(-DTA_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
    sanitized_suites=0
    # Unoptimized, an import of 200,000 customers takes minutes: three kills of each kind of work.
    export TA_CRASH_RUNS=${TA_CRASH_RUNS:-3}
    echo "Sanitizer build: the kill -9 campaigns run ${TA_CRASH_RUNS} kills of each kind of work."
fi
if (($# > 0)); then
    sanitized_suites=0
    fuzz_seconds=0
fi
# With the suites run in the sanitized build, the release build leaves them (and the benchmarks) out: it builds
# the programs and the tests labelled "release" alone.
if [[ "$sanitized_suites" == "1" ]]; then
    options+=(-DTA_SUITES=OFF)
else
    options+=(-DTA_SUITES=ON)
fi
configure_and_build "${options[@]}"
if [[ "$sanitized_suites" == "1" ]] || ((fuzz_seconds > 0)); then
    "$ROOT/scripts/fuzz.sh" --build-only
fi

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

if [[ "$sanitized_suites" == "1" ]]; then
    echo "The release build: the tests about the build itself (label release)"
    run_suites "$BUILD_DIR" -L release
    echo "The whole suite under AddressSanitizer + UBSan (build-fuzz/; TA_SANITIZED_SUITES=0 runs it unsanitized)"
    # Three kills of each kind of work, the list imported 40,000 customers long: the release build ran the
    # campaigns whole.
    ASAN_OPTIONS=${ASAN_OPTIONS-$TA_ASAN_OPTIONS} TA_CRASH_RUNS=${TA_CRASH_RUNS:-3} \
        TA_CRASH_CUSTOMERS=${TA_CRASH_CUSTOMERS:-40000} run_suites "${TA_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
else
    run_suites "$BUILD_DIR" "$@"
fi

if ((fuzz_seconds > 0)); then
    echo "Fuzzing each target for ${fuzz_seconds} s (TA_FUZZ_SECONDS=0 skips this)"
    "$ROOT/scripts/fuzz.sh" "$fuzz_seconds"
elif (($# > 0)); then
    echo "The sanitized suites and the fuzz pass run with the whole suite only (arguments were given to ctest)."
else
    echo "The fuzz pass was skipped (TA_FUZZ_SECONDS=0)."
fi
