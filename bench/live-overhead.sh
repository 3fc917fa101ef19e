#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# What live views cost a run: CUBA at 64,000 neurons (examples/benchmarks/cuba.snn scaled up, 80
# synapses per neuron) for 1 s, run through RunPipeline with a listener that ignores spikes (the
# command line's) and with one that feeds a live raster on another thread (bench/live/LiveOverheadBench.java).
# Usage, from anywhere:  bench/live-overhead.sh [REPETITIONS] [THREADS...]   (default: 5, threads 1 and 2)
# Prints every run, then per thread count the median loop times, the slowdown and the extra CPU time.
set -eu
cd "$(dirname "$0")/.."
REPEAT=${1:-5}
[ $# -gt 0 ] && shift
THREADS=${*:-1 2}
OUT=bench/target/live
mkdir -p "$OUT"

# The model: cuba.snn with 51,200 + 12,800 neurons and p = 80 / 64,000, so each neuron keeps 80 synapses.
MODEL=$OUT/cuba-64k.snn
sed -e 's/size="3200"/size="51200"/' -e 's/size="800"/size="12800"/' \
    -e 's/probability="0.02"/probability="0.00125"/' -e 's/id="cuba" name="cuba"/id="cuba64k" name="cuba64k"/' \
    examples/benchmarks/cuba.snn > "$MODEL"
grep -q 'size="51200"' "$MODEL" && grep -q 'probability="0.00125"' "$MODEL" \
  || { echo "bench: examples/benchmarks/cuba.snn changed; cannot scale it to 64k" >&2; exit 1; }

./spikestudio build --if-stale > /dev/null # the product's jars, outside the timing
. ./.mvn/find-jdk.sh
spikestudio_find_jdk || exit 1
PLUGINS=releng/org.spikestudio.product/target/products/org.spikestudio.product/linux/gtk/x86_64/plugins
CP=
for b in org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi com.google.gson \
    org.spikestudio.model org.spikestudio.expression org.spikestudio.engine org.spikestudio.results \
    org.spikestudio.charts org.spikestudio.plots org.spikestudio.sim wrapped.org.jfree.jfreechart \
    wrapped.org.jfree.org.jfree.svg; do
  jar=$(ls "$PLUGINS/${b}_"*.jar | head -n 1)
  CP="$CP$jar:"
done
mkdir -p "$OUT/classes"
"$JAVA_HOME/bin/javac" --release 21 -cp "$CP" -d "$OUT/classes" bench/live/LiveOverheadBench.java
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
for t in $THREADS; do
  "$JAVA_HOME/bin/java" -Xmx6g --enable-native-access=ALL-UNNAMED -cp "$CP$OUT/classes" LiveOverheadBench "$MODEL" "$REPEAT" "$t" "$OUT/out-t$t"
done
