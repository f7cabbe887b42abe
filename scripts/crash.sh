#!/usr/bin/env bash
# A long kill -9 campaign: tst_crash with RUNS kills of each kind of work (default 250: 1,000 in all; the suite
# runs 13 of each), then RUNS rounds of sync in which the tablet and the server program are killed in turn
# (tst_sync_faults; the suite runs 12). TA_CRASH_SEED=N and TA_SYNC_SEED=N replay a campaign. Prints, per kind
# of work, the runs, how many were killed during the work, where the kills left it, and what was lost or
# corrupted (the goal: nothing).
#   scripts/crash.sh [RUNS]
set -euo pipefail
source "$(dirname "$0")/common.sh"

runs=${1:-250}
"$ROOT/scripts/deps.sh"
configure_and_build -DTA_SUITES=ON # tst_sync_faults is a suite
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 QTEST_FUNCTION_TIMEOUT=86400000
chmod 700 "$scratch"
TA_CRASH_RUNS=$runs "$BUILD_DIR/tests/crash/tst_crash" 2>&1 | grep -E '^(QINFO  : TestCrash|FAIL|Totals)' |
    grep -v 'tariffaudit\.' | sed 's/^QINFO  : TestCrash::[A-Za-z]*() //'
crashed=${PIPESTATUS[0]}
echo "sync, the tablet and the server killed in turn:"
TA_SYNC_KILLS=$runs "$BUILD_DIR/tests/sync/tst_sync_faults" killedServerAndTabletLoseNothing 2>&1 |
    grep -E '^(QINFO  : TestSyncFaults|FAIL|Totals|   Loc)' | grep -v 'tariffaudit\.\|round [0-9]' |
    sed 's/^QINFO  : TestSyncFaults::[A-Za-z]*() /  /'
synced=${PIPESTATUS[0]}
exit $((crashed || synced))
