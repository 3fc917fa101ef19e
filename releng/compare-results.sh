#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Reruns every example (examples/seed/*.snn, examples/benchmarks/*.snn) with the product of this
# checkout and compares each result folder with a reference folder made the same way by an earlier
# build, e.g. before a refactoring:
#
#   ./spikestudio run MODEL --out REF/<name> --quiet --format both      (with the earlier build)
#   releng/compare-results.sh REF [WORK]
#
# Every file must be byte-identical (CSV, PNG, SVG) except summary.json, which is compared as JSON
# without what differs between any two runs (wall times, versions, the model's absolute path) and
# without fields the reference does not have (a newer format may add fields, never change one).
# The stderr of each run must equal REF/<name>.log when that exists. Exits 1 on any difference.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
ref=${1:?usage: compare-results.sh REFERENCE_DIR [WORK_DIR]}
work=${2:-$(mktemp -d)}
status=0
mkdir -p "$work"
# Build first, so that the build's progress is not taken for a run's stderr.
"$root/spikestudio" build --if-stale >&2

for model in "$root"/examples/seed/*.snn "$root"/examples/benchmarks/*.snn; do
  name=$(basename "$model" .snn)
  if [ ! -d "$ref/$name" ]; then
    echo "MISSING reference $ref/$name"; status=1; continue
  fi
  rm -rf "${work:?}/$name"
  code=0
  "$root/spikestudio" run "$model" --out "$work/$name" --quiet --format both 2>"$work/$name.log" || code=$?
  if [ "$code" -ne 0 ]; then
    echo "FAILED  $name: exit code $code"; cat "$work/$name.log"; status=1; continue
  fi
  if [ -f "$ref/$name.log" ] && ! cmp -s "$ref/$name.log" "$work/$name.log"; then
    echo "DIFFERS $name: stderr"; diff "$ref/$name.log" "$work/$name.log" | head -5 || true; status=1
  fi
  # The same file names on both sides.
  if ! diff <(cd "$ref/$name" && ls -A) <(cd "$work/$name" && ls -A) >/dev/null 2>&1; then
    echo "DIFFERS $name: file list"; diff <(cd "$ref/$name" && ls -A) <(cd "$work/$name" && ls -A); status=1
  fi
  same=0; differ=0
  for file in "$ref/$name"/*; do
    base=$(basename "$file")
    [ "$base" = summary.json ] && continue
    if cmp -s "$file" "$work/$name/$base"; then
      same=$((same + 1))
    else
      echo "DIFFERS $name/$base"; differ=$((differ + 1)); status=1
    fi
  done
  if python3 - "$ref/$name/summary.json" "$work/$name/summary.json" <<'PY'
import json, sys
IGNORED = {("wall_time",), ("engine_version",), ("spikestudio_version",), ("model", "path")}

def compare(ref, new, path, problems):
    if path in IGNORED:
        return
    if isinstance(ref, dict):
        if not isinstance(new, dict):
            problems.append("/".join(path) + ": not an object")
            return
        for key in ref:  # keys the reference lacks are new fields: allowed
            if key not in new:
                problems.append("/".join(path + (key,)) + ": missing")
            else:
                compare(ref[key], new[key], path + (key,), problems)
    elif isinstance(ref, list):
        if not isinstance(new, list) or len(ref) != len(new):
            problems.append("/".join(path) + ": list differs")
            return
        for i, (a, b) in enumerate(zip(ref, new)):
            compare(a, b, path + (str(i),), problems)
    elif ref != new or type(ref) != type(new):
        problems.append("/".join(path) + ": %r != %r" % (ref, new))

problems = []
with open(sys.argv[1]) as a, open(sys.argv[2]) as b:
    compare(json.load(a), json.load(b), (), problems)
for p in problems:
    print("  summary.json " + p)
sys.exit(1 if problems else 0)
PY
  then
    echo "SAME    $name: $same files byte-identical, summary.json equal (ignoring wall times, versions, path, new fields)"
  else
    echo "DIFFERS $name/summary.json"; status=1
  fi
done
exit $status
