#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, with AddressSanitizer and UndefinedBehaviorSanitizer) in build-fuzz/ and
# runs each for SECONDS (default 30) from its seed corpus, tests/fuzz/corpus/<target>/, as many at a time as there
# are cores. New inputs go to a scratch copy; the committed corpus changes only by hand. Prints per target the
# executions, libFuzzer's coverage (cov: edges reached, ft: features) and whether it stayed clean; a crash, a leak,
# an input slower than 20 s or an allocation above 300 MB fails the run, its reproducer kept in build-fuzz/crashes/.
# The same build holds the whole suite under the same sanitizers; scripts/test.sh runs it.
# TA_FUZZ_RUNS=N stops each target after N executions instead (SECONDS still bounds it). TA_FUZZ_KEEP=DIR keeps
# each target's grown corpus in DIR/<target>/ (to replay it in the plain build, or to take new seeds from).
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#   scripts/fuzz.sh --build-only
set -euo pipefail
source "$(dirname "$0")/common.sh"

BUILD_DIR=${TA_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
"$ROOT/scripts/deps.sh"
if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
    # Line tables only: symbolized stack traces, a quarter less compile time than full debug information. A unity
    # build (16 sources a unit): the sanitizers' instrumentation makes each unit slow to compile, and the headers
    # are read once for 16 sources instead of each time (the core's 83 sources: a third of the time).
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" -DTA_FUZZ=ON -DTA_WERROR=ON \
        -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=16 "${TA_COMPILER_LAUNCHER[@]}"
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
if [[ "${1:-}" == "--build-only" ]]; then
    exit 0
fi
seconds=${1:-30}
shift || true

targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(csvreader xlsxreader pricestring answersfile recordverify tariffbook scenario request)
fi
mkdir -p "$BUILD_DIR/crashes"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
# AddressSanitizer with a small quarantine and short allocation stacks (common.sh says why).
export ASAN_OPTIONS=${ASAN_OPTIONS-$TA_ASAN_OPTIONS}

# One target: its corpus copied, libFuzzer run, its line of the table written to $scratch/<target>.line (and the
# end of its log kept for a failure).
run_target() {
    local t=$1 corpus="$scratch/$1" log="$scratch/$1.log" result=clean
    mkdir -p "$corpus"
    cp -r "$ROOT/tests/fuzz/corpus/$t/." "$corpus/"
    if ! "$BUILD_DIR/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -runs="${TA_FUZZ_RUNS:--1}" -timeout=20 \
        -malloc_limit_mb=300 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$BUILD_DIR/crashes/$t-" "$corpus" \
        >"$log" 2>&1; then
        result="FAILED (build-fuzz/crashes/)"
        touch "$scratch/$t.failed"
    fi
    local runs cov ft
    # (A fuzzer that stopped at once printed none of them.)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)
    printf '%-14s %12s %8s %8s  %s\n' "$t" "${runs:-?}" "${cov:-?}" "${ft:-?}" "$result" >"$scratch/$t.line"
    if [[ -n "${TA_FUZZ_KEEP:-}" ]]; then
        mkdir -p "$TA_FUZZ_KEEP/$t"
        cp -r "$corpus/." "$TA_FUZZ_KEEP/$t/"
    fi
}

# As many targets at a time as there are cores (each fuzzer is one thread), the table printed in order after.
failed=0
for t in "${targets[@]}"; do
    while (($(jobs -rp | wc -l) >= $(nproc))); do
        wait -n || true
    done
    run_target "$t" &
done
wait
printf '%-14s %12s %8s %8s  %s\n' target executions cov ft result
for t in "${targets[@]}"; do
    if [[ -f "$scratch/$t.line" ]]; then
        cat "$scratch/$t.line"
    else
        printf '%-14s %12s %8s %8s  %s\n' "$t" ? ? ? "FAILED (it did not run)"
        failed=1
    fi
    if [[ -f "$scratch/$t.failed" ]]; then
        failed=1
        tail -40 "$scratch/$t.log" >&2
    fi
done
exit "$failed"
