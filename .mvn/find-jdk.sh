# SPDX-License-Identifier: EPL-2.0
# Finds a JDK >= 21 (the Eclipse Platform requires it) and exports JAVA_HOME.
# Sourced by ./mvnw and ./spikestudio. Order: $JAVA_HOME, the java on PATH, then the usual
# JVM folders (newest first). Stops with a clear message when there is none.

spikestudio_required_java=21

# Prints the feature version (e.g. 25) of the JDK at $1, or nothing when $1 is not a JDK.
spikestudio_jdk_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  [ -n "$v" ] && echo "$v"
}

spikestudio_find_jdk() {
  if [ -n "${JAVA_HOME-}" ]; then
    v=$(spikestudio_jdk_major "$JAVA_HOME") || v=""
    if [ -n "$v" ] && [ "$v" -ge "$spikestudio_required_java" ]; then return 0; fi
    echo "spikestudio: JAVA_HOME=$JAVA_HOME is ${v:+Java $v, }not a JDK >= $spikestudio_required_java; looking for another one." >&2
  fi
  candidates=""
  if command -v javac >/dev/null 2>&1; then
    candidates=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
  for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$d" ] && candidates="$candidates
$d"
  done
  best=""; best_v=0
  for d in $candidates; do
    v=$(spikestudio_jdk_major "$d") || continue
    if [ "$v" -gt "$best_v" ]; then best=$d; best_v=$v; fi
  done
  if [ "$best_v" -ge "$spikestudio_required_java" ]; then
    JAVA_HOME=$best; export JAVA_HOME
    return 0
  fi
  cat >&2 <<MSG
spikestudio: no JDK $spikestudio_required_java or newer found (the Eclipse Platform needs Java $spikestudio_required_java).
  Looked at: \$JAVA_HOME, javac on PATH, /usr/lib/jvm, /usr/java, /opt/java, ~/.sdkman, /Library/Java.
  Install one (e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21+ JDK) and/or set JAVA_HOME to it.
MSG
  return 1
}
