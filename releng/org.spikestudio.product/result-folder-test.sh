#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# What a results folder guarantees, tried through the product as a user would (README "Security and
# reliability"):
# - two runs into one --out: the second stops at once (exit 3, message naming the holder), the first
#   is not disturbed; a real SIGTERM then stops the first like Ctrl-C (exit 130, partial result,
#   nothing left beside the folder);
# - a summary.json written by another tool: refused (exit 3, message naming it), nothing deleted;
# - kill -9 (strace syscall injection) at every rename of a run into a folder holding a result and the
#   user's files, and at the link before and the deletions after the swap: each time the folder holds
#   the old result or the new one, complete, with the user's files, and the next run leaves nothing
#   beside it. Skipped, loudly, only where ptrace is not permitted.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "result-folder-test: FAILED: $*" >&2; exit 1; }


# 1. One run at a time, and SIGTERM. Job control gives the background run its own process group.
set -m
"$root/spikestudio" run "$root/examples/benchmarks/cuba.snn" --duration 200000 --out "$work/busy" --progress \
  2>"$work/busy.err" >/dev/null &
pid=$!
waited=0
until grep -q 'ETA' "$work/busy.err" 2>/dev/null; do
  sleep 0.5; waited=$((waited + 1))
  [ $waited -lt 120 ] || { kill -9 $pid; fail "no progress bar within 60 s"; }
done
rc=0; "$root/spikestudio" run "$root/examples/seed/single-neuron.snn" --out "$work/busy" --quiet 2>"$work/second.err" || rc=$?
[ $rc = 3 ] || { kill -9 $pid; fail "a second run into a busy folder gave exit code $rc, not 3"; }
grep -q "is in use by another run (process " "$work/second.err" || { kill -9 $pid; cat "$work/second.err" >&2; fail "no message"; }
kill -TERM $pid
rc=0; wait $pid || rc=$?
set +m
[ $rc = 130 ] || { cat "$work/busy.err" >&2; fail "SIGTERM gave exit code $rc, not 130"; }
grep -q "terminated (SIGTERM)" "$work/busy.err" || fail "SIGTERM said nothing"
grep -q '"partial": true' "$work/busy/summary.json" || fail "summary.json not marked partial after SIGTERM"
[ -s "$work/busy/raster.png" ] || fail "no raster after SIGTERM"
[ -z "$(ls -A "$work" | grep -v -x -e busy -e busy.err -e second.err)" ] || fail "left after SIGTERM: $(ls -A "$work")"
echo "result-folder-test: a second run is refused, SIGTERM stops like Ctrl-C"

# 2. A foreign summary.json.
mkdir "$work/foreign"
echo '{"files": ["notes.txt"]}' > "$work/foreign/summary.json"
echo mine > "$work/foreign/notes.txt"
rc=0; "$root/spikestudio" run "$root/examples/seed/single-neuron.snn" --out "$work/foreign" --quiet 2>"$work/foreign.err" || rc=$?
[ $rc = 3 ] || fail "a foreign summary.json gave exit code $rc, not 3"
grep -q "foreign/summary.json" "$work/foreign.err" || { cat "$work/foreign.err" >&2; fail "the message does not name it"; }
[ "$(ls "$work/foreign" | tr '\n' ' ')" = "notes.txt summary.json " ] || fail "files changed: $(ls "$work/foreign")"
echo "result-folder-test: a foreign summary.json is refused"

# 3. kill -9 at every rename.
if ! command -v strace >/dev/null 2>&1; then
  fail "strace is missing (apt-get install strace; .ci/run installs it)"
fi
if ! strace -f -qq -o /dev/null true 2>"$work/strace.err"; then
  echo "result-folder-test: ============================================================" >&2
  echo "result-folder-test: SKIPPED the kill -9 test: strace cannot trace here (ptrace not permitted):" >&2
  sed 's/^/result-folder-test:   /' "$work/strace.err" >&2
  echo "result-folder-test: ============================================================" >&2
  exit 0
fi
old_model=$root/examples/seed/excitatory-inhibitory.snn
new_model=$root/examples/seed/single-neuron.snn
"$root/spikestudio" run "$old_model" --out "$work/ref-old" --quiet
"$root/spikestudio" run "$new_model" --out "$work/ref-new" --quiet
for which in old new; do
  grep -o '"sha256": "[0-9a-f]*"' "$work/ref-$which/summary.json" > "$work/sha-$which"
done

# A folder holding the old result and the user's own files.
prepare() {
  rm -rf "$work/p"; mkdir "$work/p"
  cp -a "$work/ref-old" "$work/p/out"
  echo mine > "$work/p/out/notes.txt"
  mkdir "$work/p/out/analysis"; echo kept > "$work/p/out/analysis/keep.txt"
}

# Prints old or new when the folder holds that result, complete, and the user's files; else fails.
check() {
  d=$work/p/out
  [ -d "$d" ] || fail "$1: the folder is missing"
  [ "$(cat "$d/notes.txt" 2>/dev/null)" = mine ] || fail "$1: notes.txt lost"
  [ "$(cat "$d/analysis/keep.txt" 2>/dev/null)" = kept ] || fail "$1: analysis/keep.txt lost"
  for which in old new; do
    if grep -o '"sha256": "[0-9a-f]*"' "$d/summary.json" 2>/dev/null | cmp -s - "$work/sha-$which"; then
      expected=$( (ls -A "$work/ref-$which"; echo notes.txt; echo analysis) | sort | tr '\n' ' ')
      actual=$(ls -A "$d" | sort | tr '\n' ' ')
      [ "$expected" = "$actual" ] || fail "$1: a mixed folder: '$actual' is not the $which result '$expected'"
      for f in "$work/ref-$which"/*.csv; do
        cmp -s "$f" "$d/${f##*/}" || fail "$1: ${f##*/} is not the $which result's"
      done
      echo "$which"; return
    fi
  done
  fail "$1: summary.json is neither run's: $(ls -A "$d" | tr '\n' ' ')"
}

# How often each thread makes each call in one run: strace counts injections per thread and call.
prepare
strace -f -qq -o "$work/trace" -e trace=rename,renameat,renameat2,link,linkat,unlink,unlinkat,rmdir \
  "$root/spikestudio" run "$new_model" --out "$work/p/out" --quiet
[ "$(check "untraced run")" = new ] || fail "the traced run did not write the new result"
most() { awk -v s="$1" '{split($2, a, "("); if (a[1] == s) c[$1]++} END {m = 0; for (t in c) if (c[t] > m) m = c[t]; print m}' "$work/trace"; }
points=""
for call in rename renameat renameat2; do
  for n in $(seq 1 "$(most $call)"); do points="$points $call:$n"; done
done
[ "$(most renameat2)" -ge 1 ] || ! "$root/spikestudio" version | grep -q '^Java 2[2-9]' \
  || fail "the folder was not swapped with renameat2 on JDK >= 22"
# The hard link just before the swap, the deletion of the old folder after it.
unlinks=$(most unlink)
points="$points link:1 rmdir:1 unlink:$((unlinks / 2)) unlink:$((unlinks - 1))"
[ "$(most renameat2)$(most rename)$(most renameat)" != 000 ] || fail "no rename traced"

seen=""
for point in $points; do
  call=${point%:*}; n=${point#*:}
  prepare
  rc=0
  strace -f -qq -o /dev/null -e trace=$call -e inject=$call:signal=SIGKILL:when=$n \
    "$root/spikestudio" run "$new_model" --out "$work/p/out" --quiet >/dev/null 2>&1 || rc=$?
  [ $rc = 137 ] || fail "kill at $call $n: exit code $rc, not 137 (killed)"
  state=$(check "kill at $call $n")
  seen="$seen $call:$n=$state"
  if [ "$(ls -A "$work/p")" != out ]; then
    "$root/spikestudio" run "$new_model" --out "$work/p/out" --quiet || fail "the run after the kill at $call $n exited with $?"
    [ "$(check "the run after the kill at $call $n")" = new ] || fail "the run after the kill at $call $n wrote no new result"
    [ "$(ls -A "$work/p")" = out ] || fail "left beside the folder after the kill at $call $n: $(ls -A "$work/p")"
  fi
done
case "$seen" in *=old*) ;; *) fail "no kill left the old result:$seen" ;; esac
case "$seen" in *=new*) ;; *) fail "no kill came after the swap:$seen" ;; esac
echo "result-folder-test: kill -9 never mixed the folder:$seen"
