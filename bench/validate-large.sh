#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Times validation of a generated network of N populations (default 20000), each with a constant
# input and a spike recorder, so that 3 N elements carry ids and names.
# Usage, from anywhere:  bench/validate-large.sh [N]
# Prints the load and validation times in-process (wall and CPU, 3 runs), then the whole
# `./spikestudio validate` beside `./spikestudio version` (start-up alone). Needs /usr/bin/time.
set -eu
cd "$(dirname "$0")/.."
N=${1:-20000}
OUT=bench/target
mkdir -p "$OUT"
MODEL=$OUT/validate-$N.snn
/usr/bin/python3 - "$N" "$MODEL" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
lines = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<snn:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"'
         ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:snn="http://spikestudio.org/snn"'
         ' id="large" name="large" formatVersion="1" seed="1">',
         '  <simulation timeStep="0.1" duration="10.0" integration="exact"/>',
         '  <neuronModels xsi:type="snn:LifModel" id="lif" name="lif" resistance="1.0" capacitance="10.0"'
         ' restPotential="0.0" resetPotential="0.0" threshold="1.0" refractoryPeriod="0.0"/>']
lines += ['  <populations id="p%d" name="p%d" size="1" type="excitatory" neuronModel="lif"/>' % (i, i) for i in range(n)]
lines += ['  <inputs xsi:type="snn:ConstantInput" id="i%d" name="i%d" target="p%d" amplitude="2.0"/>' % (i, i, i)
          for i in range(n)]
lines += ['  <recorders xsi:type="snn:SpikeRecorder" id="r%d" name="r%d" population="p%d"/>' % (i, i, i)
          for i in range(n)]
lines.append('</snn:Network>')
open(path, 'w').write('\n'.join(lines) + '\n')
PY
./spikestudio version > /dev/null # builds the product when it is stale, outside the timing

# In-process: load and validate with wall and CPU time (bench/validate/ValidateBench.java, on the product's jars).
. ./.mvn/find-jdk.sh
spikestudio_find_jdk || exit 1
PLUGINS=releng/org.spikestudio.product/target/products/org.spikestudio.product/linux/gtk/x86_64/plugins
CP=$(ls "$PLUGINS"/org.eclipse.emf.common_*.jar "$PLUGINS"/org.eclipse.emf.ecore_*.jar \
  "$PLUGINS"/org.eclipse.emf.ecore.xmi_*.jar "$PLUGINS"/org.spikestudio.model_*.jar \
  "$PLUGINS"/org.spikestudio.engine_*.jar "$PLUGINS"/org.spikestudio.sim_*.jar | tr '\n' ':')
mkdir -p "$OUT/validate"
"$JAVA_HOME/bin/javac" --release 21 -cp "$CP" -d "$OUT/validate" bench/validate/ValidateBench.java
"$JAVA_HOME/bin/java" -cp "$CP$OUT/validate" ValidateBench "$MODEL" 3

# The whole command, as a user runs it.
# Wall time, and CPU time (user + system, all threads) that stays meaningful on a loaded machine.
measure() {
  /usr/bin/time -f "%e s wall, %U + %S s CPU" "$@" 2>&1 >/dev/null | tail -n 1
}
echo "start-up (./spikestudio version): $(measure ./spikestudio version)"
echo "./spikestudio validate ($N populations, $((3 * N)) elements with ids): $(measure ./spikestudio validate "$MODEL")"
