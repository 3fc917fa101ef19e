#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# Makes Debian's PyNN 0.10 usable on NEURON without touching system folders: Debian ships PyNN's
# NMODL mechanisms uncompiled, and its nrnivmodl looks for nrnmech_makefile in the wrong place.
# Copies the pure-Python pyNN package into DIR, compiles its mechanisms there with a NRNHOME of
# symlinks, and prints the PYTHONPATH to use:  export PYTHONPATH=$(pynn-neuron-setup.sh DIR)
# Each further argument is a folder of .mod files compiled with the same NRNHOME, e.g. the nmodl/
# folder of a PyNN export (its lower clamp):  pynn-neuron-setup.sh DIR EXPORT/nmodl
# Needs: python3-pynn neuron-dev libinterviews-dev g++ make (see docs/scale-out.md).
set -eu
dir=$(mkdir -p "$1" && cd "$1" && pwd)
shift
python=/usr/bin/python3
compile() { # folder of .mod files
  (cd "$1" && NRNHOME="$dir/nrnhome" nrnivmodl >"$dir/nrnivmodl.log" 2>&1) \
    || { tail -20 "$dir/nrnivmodl.log" >&2; echo "pynn-neuron-setup: nrnivmodl failed in $1" >&2; exit 1; }
}
compile_extra() {
  for mods in "$@"; do compile "$mods"; done
}
if [ -f "$dir/site/pyNN/neuron/nmodl/x86_64/.libs/libnrnmech.so" ] || [ -f "$dir/site/pyNN/neuron/nmodl/x86_64/libnrnmech.so" ]; then
  compile_extra "$@"
  echo "$dir/site"; exit 0
fi
src=$("$python" -c 'import os, pyNN; print(os.path.dirname(pyNN.__file__))')
mkdir -p "$dir/site" "$dir/nrnhome/bin" "$dir/nrnhome/lib" "$dir/nrnhome/share"
rm -rf "$dir/site/pyNN"
cp -r "$src" "$dir/site/pyNN"
for f in nocmodl modlunit; do ln -sf "$(command -v $f)" "$dir/nrnhome/bin/$f"; done
for f in nrnmech_makefile mkthreadsafe; do ln -sf "/usr/lib/nrn/$f" "$dir/nrnhome/bin/$f"; done
for f in /usr/lib/nrn/*.so; do [ -e "$f" ] && ln -sf "$f" "$dir/nrnhome/lib/"; done
ln -sfn /usr/include "$dir/nrnhome/include"
ln -sfn /usr/share/nrn "$dir/nrnhome/share/nrn"
compile "$dir/site/pyNN/neuron/nmodl"
compile_extra "$@"
echo "$dir/site"
