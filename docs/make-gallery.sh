#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Regenerates the plots of docs/gallery.md: runs every seed example with the command line and keeps
# its PNG plots in docs/gallery/<example>/. Builds the product first when needed.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for model in "$root"/examples/seed/*.snn; do
  name=$(basename "$model" .snn)
  "$root/spikestudio" run "$model" --out "$work/$name" --quiet
  rm -rf "$root/docs/gallery/$name"
  mkdir -p "$root/docs/gallery/$name"
  cp "$work/$name"/*.png "$root/docs/gallery/$name/"
  echo "docs/gallery/$name: $(cd "$root/docs/gallery/$name" && echo *.png)"
done
