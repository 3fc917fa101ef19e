#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Times ELK layout and the diagram's headless work on 100 populations / 300 projections.
# Usage, from anywhere:  bench/diagram-layout.sh [populations projections runs]   (default 100 300 10)
# Runs on the plain JVM against the notation bundle's jar and the pinned jars of the target platform
# (from the local Maven repository the build fills).
set -eu
cd "$(dirname "$0")/.."
OUT=bench/target/diagram
JAR=bundles/org.spikestudio.notation/target/org.spikestudio.notation-0.1.0-SNAPSHOT.jar
REPO=${MAVEN_REPO:-$HOME/.m2/repository}
TARGET=releng/org.spikestudio.target/org.spikestudio.target.target
. ./.mvn/find-jdk.sh
spikestudio_find_jdk || exit 1

if [ ! -f "$JAR" ] || [ -n "$(find bundles/org.spikestudio.notation/src bundles/org.spikestudio.notation/src-gen \
    bundles/org.spikestudio.notation/META-INF -newer "$JAR" -type f | head -n 1)" ]; then
  echo "bench: building the notation jar with Maven"
  ./mvnw -B -ntp -q -o package -pl bundles/org.spikestudio.notation -DskipTests \
    || ./mvnw -B -ntp -q package -pl bundles/org.spikestudio.notation -DskipTests
fi

# jar GROUP ARTIFACT: the jar of the version the target platform pins.
jar() {
  version=$(sed -n "s|.*<groupId>$1</groupId><artifactId>$2</artifactId><version>\([^<]*\)</version>.*|\1|p" "$TARGET")
  path="$REPO/$(echo "$1" | tr . /)/$2/$version/$2-$version.jar"
  if [ -z "$version" ] || [ ! -f "$path" ]; then
    echo "bench: $1:$2 (${version:-not in the target}) is missing in $REPO; run ./mvnw verify once" >&2
    exit 1
  fi
  printf '%s' "$path"
}
CP="$JAR"
for a in "org.eclipse.elk org.eclipse.elk.core" "org.eclipse.elk org.eclipse.elk.graph" \
    "org.eclipse.elk org.eclipse.elk.alg.common" "org.eclipse.elk org.eclipse.elk.alg.layered" \
    "org.eclipse.emf org.eclipse.emf.common" "org.eclipse.emf org.eclipse.emf.ecore" \
    "org.eclipse.emf org.eclipse.emf.ecore.xmi" "com.google.guava guava" "com.google.guava failureaccess" \
    "org.eclipse.xtext org.eclipse.xtext.xbase.lib"; do
  # shellcheck disable=SC2086
  CP="$CP:$(jar $a)"
done
mkdir -p "$OUT/classes"
"$JAVA_HOME/bin/javac" --release 21 -nowarn -cp "$CP" -d "$OUT/classes" \
  tests/org.spikestudio.notation.tests/src/org/spikestudio/notation/tests/Graphs.java \
  bench/src/org/spikestudio/bench/DiagramLayoutBench.java
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
exec "$JAVA_HOME/bin/java" -cp "$OUT/classes:$CP" org.spikestudio.bench.DiagramLayoutBench "$@"
