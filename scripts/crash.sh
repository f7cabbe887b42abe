#!/usr/bin/env bash
# A long kill -9 campaign: tst_crash with RUNS kills of each kind of work (default 250: 1,000 in all; the suite
# runs 13 of each). TA_CRASH_SEED=N replays a campaign. Prints, per kind of work, the runs, how many were killed
# during the work, where the kills left it, and what was lost or corrupted (the goal: nothing).
#   scripts/crash.sh [RUNS]
set -euo pipefail
source "$(dirname "$0")/common.sh"

runs=${1:-250}
"$ROOT/scripts/deps.sh"
configure_and_build
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 QTEST_FUNCTION_TIMEOUT=86400000
chmod 700 "$scratch"
TA_CRASH_RUNS=$runs "$BUILD_DIR/tests/crash/tst_crash" 2>&1 | grep -E '^(QINFO  : TestCrash|FAIL|Totals)' |
    grep -v 'tariffaudit\.' | sed 's/^QINFO  : TestCrash::[A-Za-z]*() //'
exit "${PIPESTATUS[0]}"
