#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Spikestudio engine benchmark against Brian2 (Debian's python3-brian, run with /usr/bin/python3).
# Usage, from anywhere:  bench/run.sh [quick|full]   (default full; quick skips N = 256k and 1M)
# BENCH_REPEAT=n runs every timed case n times (the report keeps the fastest; default 1).
# Prints the tables of bench/report.py; raw lines go to bench/target/results.txt.
set -eu
cd "$(dirname "$0")/.."
MODE=${1:-full}
REPEAT=${BENCH_REPEAT:-1}
OUT=bench/target
PY=/usr/bin/python3
JAR=bundles/org.spikestudio.engine/target/org.spikestudio.engine-0.1.0-SNAPSHOT.jar
EXPRESSION_JAR=bundles/org.spikestudio.expression/target/org.spikestudio.expression-0.1.0-SNAPSHOT.jar
# The engine needs the expression language (its only dependency besides the JDK).
CP="$JAR:$EXPRESSION_JAR"
. ./.mvn/find-jdk.sh
spikestudio_find_jdk || exit 1
JAVA=$JAVA_HOME/bin/java
JAVAC=$JAVA_HOME/bin/javac
XMX=-Xmx8g

if ! $PY -c 'import brian2' 2>/dev/null; then
  echo "bench: Brian2 is missing for $PY; install it with: apt-get install -y python3-brian" >&2
  exit 1
fi
mkdir -p "$OUT/classes" "$OUT/spikes" "$OUT/brian2"

# 1. The engine and expression jars (rebuilt when a source is newer), then the benchmark main against them.
if [ ! -f "$JAR" ] || [ ! -f "$EXPRESSION_JAR" ] \
  || [ -n "$(find bundles/org.spikestudio.engine/src bundles/org.spikestudio.engine/META-INF -newer "$JAR" -type f | head -n 1)" ] \
  || [ -n "$(find bundles/org.spikestudio.expression/src bundles/org.spikestudio.expression/META-INF -newer "$EXPRESSION_JAR" -type f | head -n 1)" ]; then
  echo "bench: building the engine jar with Maven"
  ./mvnw -B -ntp -q -o package -pl bundles/org.spikestudio.expression,bundles/org.spikestudio.engine -DskipTests \
    || ./mvnw -B -ntp -q package -pl bundles/org.spikestudio.expression,bundles/org.spikestudio.engine -DskipTests
fi
"$JAVAC" --release 21 -cp "$CP" -d "$OUT/classes" bench/src/org/spikestudio/bench/*.java
"$JAVA_HOME/bin/jar" cf "$OUT/bench.jar" -C "$OUT/classes" .
JDK_MAJOR=$(spikestudio_jdk_major "$JAVA_HOME" || echo 0)

RESULTS=$OUT/results.txt
: > "$RESULTS"
{
  echo "MACHINE nproc=$(nproc) cpu=\"$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)\""
  echo "MACHINE java=\"$("$JAVA" -version 2>&1 | head -n 1)\" brian2=$($PY -c 'import brian2; print(brian2.__version__)' 2>/dev/null) mode=$MODE repeat=$REPEAT"
} >> "$RESULTS"

HAVE_TIME=0
[ -x /usr/bin/time ] && HAVE_TIME=1

# run LABEL COMMAND...: runs one process, appends its RESULT line with wall time, max RSS and load.
FAILURES=0
run() {
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s.%N)
  if [ $HAVE_TIME = 1 ]; then
    /usr/bin/time -f "wall_s=%e maxrss_kb=%M" -o "$OUT/time.txt" "$@" > "$OUT/out.txt" 2> "$OUT/err.txt" || status=$?
  else
    "$@" > "$OUT/out.txt" 2> "$OUT/err.txt" || status=$?
  fi
  end=$(date +%s.%N)
  if [ "${status:-0}" != 0 ] || ! grep -q '^RESULT' "$OUT/out.txt"; then
    echo "bench: FAILED: $*" >&2
    tail -n 5 "$OUT/err.txt" >&2
    status=0
    FAILURES=$((FAILURES + 1))
    return 0
  fi
  if [ $HAVE_TIME = 1 ]; then
    timing=$(cat "$OUT/time.txt" | grep wall_s)
  else
    timing="wall_s=$(echo "$end - $start" | bc) maxrss_kb=0"
  fi
  line="$(grep '^RESULT' "$OUT/out.txt") $timing load=$load"
  echo "$line" >> "$RESULTS"
  echo "$line" | cut -c 1-160
}

java_run() { # variant n threads seed [steady]
  i=0
  while [ $i -lt "$REPEAT" ]; do i=$((i + 1)); java_once "$@"; done
}
java_once() {
  run "$JAVA" $XMX $JVM_EXTRA -cp "$CP:$OUT/bench.jar" org.spikestudio.bench.EngineBench "$1" "$2" "$3" "$4" 1000 \
    "$OUT/spikes/spikestudio-$1-$2-t$3-s$4.bin" ${5:-}
}
JVM_EXTRA=""
brian_run() { # target variant n seed
  i=0
  while [ $i -lt "$REPEAT" ]; do i=$((i + 1)); brian_once "$@"; done
}
brian_once() {
  run env CYTHON_CACHE_DIR="$PWD/$OUT/brian2/cython-cache" $PY bench/brian2_cuba.py "$1" "$2" "$3" "$4" 1000 \
    "$OUT/brian2" "$OUT/spikes/brian2-$1-$2-$3-s$4.bin"
}

echo "== (a) CUBA and (b) delta, N = 4000, seed 1"
for v in cuba delta; do
  # cython: one warm-up run fills the compilation cache (as for a user's second run); cpp_standalone:
  # a fresh project directory, so its whole-process time includes compiling the generated C++.
  env CYTHON_CACHE_DIR="$PWD/$OUT/brian2/cython-cache" $PY bench/brian2_cuba.py cython $v 4000 1 1000 \
    "$OUT/brian2" /dev/null > /dev/null 2>&1 || true
  rm -rf "$OUT/brian2/standalone-$v-4000"
  brian_run cpp_standalone $v 4000 1
  brian_run cython $v 4000 1
  java_run $v 4000 1 1
  java_run $v 4000 2 1
  java_run $v 4000 1 1 steady
  java_run $v 4000 2 1 steady
  # JDK 25's AOT cache (JEP 483/515: classes loaded and linked, method profiles) from one training
  # run: the start-up a deployed CLI could have. The training run is not recorded.
  if [ "$JDK_MAJOR" -ge 25 ]; then
    rm -f "$OUT/engine-$v.aot"
    "$JAVA" $XMX -XX:AOTCacheOutput="$OUT/engine-$v.aot" -cp "$CP:$OUT/bench.jar" \
      org.spikestudio.bench.EngineBench $v 4000 1 1 1000 /dev/null > /dev/null 2>&1 || true
    if [ -f "$OUT/engine-$v.aot" ]; then
      JVM_EXTRA="-XX:AOTCache=$OUT/engine-$v.aot -Dbench.jvm=aot"
      java_run $v 4000 1 1
      JVM_EXTRA=""
    fi
  fi
done

echo "== spike statistics across seeds (N = 4000)"
for v in cuba delta; do
  for s in 2 3 4; do
    brian_run cpp_standalone $v 4000 $s
    java_run $v 4000 1 $s
  done
done

echo "== CUBA at N = 64000 (80 synapses per neuron)"
brian_run cpp_standalone cuba 64000 1
java_run cuba 64000 1 1
java_run cuba 64000 2 1
java_run cuba 64000 1 1 steady
java_run cuba 64000 2 1 steady

echo "== scaling: delta variant, about 80 synapses per neuron"
SIZES="16000 64000"
[ "$MODE" = full ] && SIZES="16000 64000 256000 1000000"
for n in $SIZES; do
  if [ "$n" -le 256000 ] && { [ "$n" -le 64000 ] || [ "$MODE" = full ]; }; then
    brian_run cpp_standalone delta $n 1
  fi
  java_run delta $n 1 1
  java_run delta $n 2 1
  if [ "$n" = 64000 ]; then
    java_run delta $n 1 1 steady
    java_run delta $n 2 1 steady
  fi
done

echo "== floor: one vectorised pass over the CUBA state per step, no spikes"
run "$JAVA" -cp "$OUT/classes" org.spikestudio.bench.FloorBench 4000
run "$JAVA" -cp "$OUT/classes" org.spikestudio.bench.FloorBench 64000

$PY bench/report.py "$RESULTS"
if [ "$FAILURES" != 0 ]; then
  echo "bench: $FAILURES case(s) FAILED; their rows are missing above (details printed where they failed)" >&2
  exit 1
fi
