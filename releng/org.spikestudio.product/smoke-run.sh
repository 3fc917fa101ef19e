#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# Smoke test of 'spikestudio run' through the materialized product (the user's entry point): the
# headless bundles (engine, model, sim, plots with JFreeChart) resolve in the product, a run writes
# its files, and a real SIGINT stops a long run cleanly with exit code 130 and partial results.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "smoke-run: FAILED: $*" >&2; exit 1; }

"$root/spikestudio" run "$root/examples/seed/population-100.snn" --out "$work/run" --quiet \
  || fail "run exited with $?"
for f in spikes.csv rates.csv summary.json raster.png rate.png; do
  [ -s "$work/run/$f" ] || fail "$f missing"
done
grep -q '"partial": false' "$work/run/summary.json" || fail "summary.json not complete"

# Job control (bash, even without a terminal) gives the background run its own process group, with
# SIGINT not ignored as it would be for a plain background command.
set -m
"$root/spikestudio" run "$root/examples/benchmarks/cuba.snn" --duration 200000 --out "$work/interrupted" \
  --progress 2>"$work/interrupted.err" >/dev/null &
pid=$!
waited=0
until grep -q 'ETA' "$work/interrupted.err" 2>/dev/null; do
  sleep 0.5; waited=$((waited + 1))
  [ $waited -lt 120 ] || { kill -9 $pid; fail "no progress bar within 60 s"; }
done
kill -INT $pid
rc=0; wait $pid || rc=$?
set +m
[ $rc = 130 ] || { cat "$work/interrupted.err" >&2; fail "Ctrl-C gave exit code $rc, not 130"; }
grep -q '"partial": true' "$work/interrupted/summary.json" || fail "summary.json not marked partial"
[ -s "$work/interrupted/raster.png" ] || fail "no raster after Ctrl-C"
echo "smoke-run: run and Ctrl-C OK"
