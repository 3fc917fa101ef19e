#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# The diagram editor's benchmark: 100 populations and 300 projections opened in the network editor;
# prints a full repaint, the steps of a drag of one node, and a layout (see DiagramBench). Needs a
# display: uses $DISPLAY, else starts a private Xvfb.
set -eu
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :93 -screen 0 1440x900x24 >/dev/null 2>&1 &
    XVFB=$!
    trap 'kill $XVFB' EXIT
    export DISPLAY=:93
    sleep 1
fi
LOG=tests/org.spikestudio.ui.tests/target/diagram-bench.log
mkdir -p "$(dirname "$LOG")"
if ! ./mvnw -B -ntp verify -Dskip.ui-tests=false -pl tests/org.spikestudio.ui.tests -am -Dtest=DiagramBench \
        -Dsurefire.failIfNoSpecifiedTests=false "$@" >"$LOG" 2>&1; then
    tail -40 "$LOG"
    echo "diagram-bench: the build failed, see $LOG" >&2
    exit 1
fi
cat tests/org.spikestudio.ui.tests/target/diagram-bench.txt
