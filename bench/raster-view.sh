#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Raster view benchmark (not a timed test): CUBA scaled to 64k neurons (51,200 excitatory, 12,800
# inhibitory, p = 80/N as bench/run.sh scales it) is run with the command line, then its raster is
# opened the way the Raster view draws it, and the first paint, a zoom and a pan are timed, against
# the same spikes as one SWTChart series. Needs a display: starts Xvfb when DISPLAY is not set.
#   bench/raster-view.sh [DURATION_MS]     default 3000: at about 5 Hz, 64k neurons give 10^6 spikes
set -eu
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
duration=${1:-3000}
work="$root/bench/target/raster-view"
mkdir -p "$work/classes"
model="$work/cuba-64k.snn"
sed -e 's/size="3200"/size="51200"/; s/size="800"/size="12800"/; s/probability="0.02"/probability="0.00125"/g' \
  "$root/examples/benchmarks/cuba.snn" >"$model"
if [ ! -f "$work/results/summary.json" ] || [ "$model" -nt "$work/results/summary.json" ] \
   || ! grep -q "\"duration_ms\": $duration" "$work/results/summary.json"; then
  "$root/spikestudio" run "$model" --out "$work/results" --duration "$duration" --quiet
fi
plugins="$root/releng/org.spikestudio.product/target/products/org.spikestudio.product/linux/gtk/x86_64/plugins"
cp=$(ls "$plugins"/*.jar | tr '\n' ':')
. "$root/.mvn/find-jdk.sh"
spikestudio_find_jdk || exit 3
java="$JAVA_HOME/bin/java"
javac="$JAVA_HOME/bin/javac"
"$javac" -nowarn -d "$work/classes" -cp "$cp" "$root/bench/src/org/spikestudio/bench/RasterViewBench.java"
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :79 -screen 0 1440x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT INT TERM
  export DISPLAY=:79
  sleep 1
fi
"$java" -Xmx4g -cp "$work/classes:$cp" org.spikestudio.bench.RasterViewBench "$work/results"
