#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# Cross-simulator check, run by ./mvnw verify after the product is built: every examples/seed model
# and examples/benchmarks/cuba-delta.snn is exported with './spikestudio export --to brian2', the
# script is run with Debian's Brian2, and its spikes.csv must equal the one of './spikestudio run'
# on the same model, spike for spike (the script reproduces Spikestudio's arithmetic, see the
# header of an exported model.py). Then the checker is checked: population-100 with one weight
# changed must make the comparison fail.
# Brian2 missing: skipped loudly (exit 0) with the apt command; CROSSCHECK_REQUIRED=1 makes it fatal.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/releng/org.spikestudio.crosscheck"
python=/usr/bin/python3  # Debian's interpreter: a pyenv python3 on PATH cannot see python3-brian
if ! "$python" -c 'import brian2' 2>/dev/null; then
  echo "crosscheck: SKIPPED: Brian2 is not installed for $python." >&2
  echo "crosscheck: install it with: sudo apt-get install -y python3-brian g++ make" >&2
  [ "${CROSSCHECK_REQUIRED:-0}" = 1 ] && exit 1
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CYTHON_CACHE_DIR="$work/cython"
fail() { echo "crosscheck: FAILED: $*" >&2; exit 1; }

check() { # model device [compare options...]
  local model=$1 device=$2; shift 2
  local name; name=$(basename "$model" .snn)
  "$root/spikestudio" export --to brian2 "$model" -o "$work/$name/brian2" 2>/dev/null >/dev/null \
    || fail "export of $model exited with $?"
  "$root/spikestudio" run "$model" --out "$work/$name/run" --quiet || fail "run of $model exited with $?"
  "$python" "$work/$name/brian2/model.py" --device "$device" --out "$work/$name/brian2/$device" \
    >"$work/$name/brian2.log" 2>&1 || { tail -20 "$work/$name/brian2.log" >&2; fail "Brian2 script of $model exited with $?"; }
  echo -n "crosscheck: $name ($device): "
  "$python" "$here/compare_spikes.py" "$work/$name/run/spikes.csv" "$work/$name/brian2/$device/spikes.csv" "$@"
}

for model in "$root"/examples/seed/*.snn "$root"/examples/benchmarks/cuba-delta.snn; do
  check "$model" runtime || fail "$(basename "$model"): Brian2's spikes differ from Spikestudio's"
done

# The C++ standalone device (compiled with g++: about a minute) on one model with both signs.
check "$root/examples/seed/excitatory-inhibitory.snn" cpp_standalone \
  || fail "excitatory-inhibitory: Brian2 cpp_standalone's spikes differ from Spikestudio's"

# The checker must be able to fail: exc_to_all's weight 2 mV -> 0.9 mV (below the 1 mV threshold),
# exported and compared against the unchanged model's run.
changed="$work/changed/population-100.snn"
mkdir -p "$work/changed"
awk '/id="exc_to_all"/ {p = 1} p && /<weight/ {sub(/value="2.0"/, "value=\"0.9\""); p = 0} {print}' \
  "$root/examples/seed/population-100.snn" >"$changed"
grep -q 'value="0.9"' "$changed" || fail "could not change the weight in the copy of population-100.snn"
"$root/spikestudio" export --to brian2 "$changed" -o "$work/changed/brian2" >/dev/null 2>&1 || fail "export of the changed model"
"$python" "$work/changed/brian2/model.py" --out "$work/changed/brian2/results" >/dev/null 2>&1 \
  || fail "the changed model's script exited with $?"
echo -n "crosscheck: changed weight (must differ): "
if "$python" "$here/compare_spikes.py" "$work/population-100/run/spikes.csv" "$work/changed/brian2/results/spikes.csv"; then
  fail "a changed weight was not detected: the comparison cannot fail"
fi
echo "crosscheck: Brian2 agrees spike for spike on every model, and detects a changed weight"

# PyNN on NEURON under 'mpirun -np 2': rates within a tolerance, and the run really used two ranks.
if ! "$python" -c 'import pyNN, neuron' 2>/dev/null || ! command -v mpirun >/dev/null; then
  echo "crosscheck: PyNN/NEURON SKIPPED: not installed. Install with:" >&2
  echo "crosscheck:   sudo apt-get install -y python3-pynn neuron-dev libinterviews-dev openmpi-bin python3-mpi4py g++ make" >&2
  [ "${CROSSCHECK_REQUIRED:-0}" = 1 ] && exit 1
  exit 0
fi
pynn() { # model tolerance out [script options...]: exports (once), runs under mpirun -np 2, compares
  local model=$1 tolerance=$2 out=$3; shift 3
  local name; name=$(basename "$model" .snn)
  if [ ! -d "$work/$name/pynn" ]; then
    "$root/spikestudio" export --to pynn "$model" -o "$work/$name/pynn" >/dev/null 2>&1 || fail "PyNN export of $name exited with $?"
    [ -d "$work/$name/run" ] || "$root/spikestudio" run "$model" --out "$work/$name/run" --quiet || fail "run of $name exited with $?"
  fi
  # PyNN's mechanisms, and the export's own (the lower clamp) when it has any
  local mods=(); [ -d "$work/$name/pynn/nmodl" ] && mods=("$work/$name/pynn/nmodl")
  site=$("$here/pynn-neuron-setup.sh" "$root/target/pynn-neuron" "${mods[@]}") || fail "could not compile the NEURON mechanisms"
  OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 mpirun --oversubscribe -np 2 -x PYTHONPATH="$site" \
    "$python" "$work/$name/pynn/model.py" --simulator neuron --out "$work/$name/pynn/$out" "$@" \
    >"$work/$name/pynn-$out.log" 2>&1 || { tail -20 "$work/$name/pynn-$out.log" >&2; fail "PyNN script of $name under mpirun exited with $?"; }
  grep -q '"mpi_ranks": 2' "$work/$name/pynn/$out/pynn-run.json" || fail "the PyNN run of $name did not use two MPI ranks"
  echo -n "crosscheck: $name (pyNN.neuron, mpirun -np 2${*:+, $*}): "
  "$python" "$here/compare_spikes.py" "$work/$name/run/spikes.csv" "$work/$name/pynn/$out/spikes.csv" \
    --diverge-ok --rate-tolerance "$tolerance"
}
# cuba-delta: each population's spike count within 10% of Spikestudio's. Spikestudio's own counts
# spread over seeds 1-4 from -3.4% to +8.1% around seed 1's (exc 60053..67172 against 62162); the
# export simulates seed 1's graph, and NEURON integrates with its own (implicit) method, so its
# trajectories part after about a millisecond: measured -4.9% (exc 59125) and -3.4% (inh 15432).
pynn "$root/examples/benchmarks/cuba-delta.snn" 0.10 results \
  || fail "PyNN/NEURON's rates for cuba-delta are not within 10% of Spikestudio's"
# population-100 clamps v at 0 mV; on NEURON the export's mechanism does it (nmodl/ next to the
# script). Each population's count within 15%. Why 15%: over seeds 1-8, NEURON's inh counts were
# 5.4% to 12.5% below Spikestudio's on the same graph (fewer: forward Euler against NEURON's implicit
# steps near a threshold the input barely reaches), inside Spikestudio's own seed spread of inh
# (30..48 spikes, sd 17%); exc agreed within 8.5% on 5 of 8 seeds and on seed 1 (the model's) within
# 2.4%, while on seeds 3, 6 and 8 other self-sustaining excitatory cycles ignite (30-81% apart).
# See docs/scale-out.md "Measured agreement".
pynn "$root/examples/seed/population-100.snn" 0.15 results \
  || fail "PyNN/NEURON's rates for population-100 are not within 15% of Spikestudio's"
# ...and the check must be able to fail: without the clamp, inh fires 34% less (25 against 38).
echo "crosscheck: population-100 without the lower clamp (must differ):"
if pynn "$root/examples/seed/population-100.snn" 0.15 unclamped --no-lower-clamp; then
  fail "population-100 without its lower clamp passed: the PyNN/NEURON comparison cannot fail"
fi
echo "crosscheck: PyNN on NEURON with two MPI ranks agrees within the stated tolerances, and not without the clamp"
