#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Launches the materialized Spikestudio product under Xvfb (through ./spikestudio, which builds it
# when needed), waits for the workbench window and saves a screenshot.
#   releng/screenshot.sh [OUTPUT.png]     default: docs/screenshots/workbench.png
# With xdotool it also opens Help > About and saves OUTPUT-about.png beside it.
# Needs xvfb, imagemagick (import) and x11-utils (xwininfo); openbox, when present, draws the
# window frame and title. On Debian: apt-get install xvfb imagemagick x11-utils openbox xdotool libgtk-3-0
set -eu

root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
out=$(readlink -f "${1:-$root/docs/screenshots/workbench.png}")
work="$root/target/screenshot"
rm -rf "$work" && mkdir -p "$work" "$(dirname "$out")"

for tool in Xvfb import xwininfo; do
  command -v "$tool" >/dev/null || { echo "screenshot: '$tool' is missing (see the header of $0)" >&2; exit 2; }
done

"$root/spikestudio" build --if-stale

display=:$(( 90 + $$ % 9 ))
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
pids=$xvfb
trap 'kill $pids 2>/dev/null || true' EXIT INT TERM
export DISPLAY=$display
sleep 1
if command -v openbox >/dev/null; then
  # Maximize the workbench window (not its dialogs), as a user would.
  cat >"$work/openbox.xml" <<'XML'
<openbox_config xmlns="http://openbox.org/3.4/rc">
  <applications><application title="* - Spikestudio*"><maximized>yes</maximized><decor>yes</decor></application></applications>
</openbox_config>
XML
  openbox --config-file "$work/openbox.xml" >"$work/openbox.log" 2>&1 &
  pids="$pids $!"
fi

mkdir -p "$work/workspace"
"$root/spikestudio" workbench --workspace "$work/workspace" -clearPersistedState >"$work/workbench.log" 2>&1 &
pids="$pids $!"

printf 'screenshot: waiting for the workbench window' >&2
for _ in $(seq 1 120); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Spikestudio'; then break; fi
  printf '.' >&2; sleep 1
done
echo >&2
xwininfo -root -tree | grep -q '"Spikestudio' || { echo "screenshot: no Spikestudio window; see $work/workbench.log" >&2; exit 3; }
sleep 8 # let the views paint
import -window root "$out"
echo "screenshot: saved $out" >&2

if command -v xdotool >/dev/null; then
  about="${out%.png}-about.png"
  xdotool search --name ' - Spikestudio' windowactivate --sync >/dev/null 2>&1 || true
  xdotool key --clearmodifiers alt+h; sleep 1
  xdotool key a # Help > About Spikestudio
  for _ in $(seq 1 20); do
    if xwininfo -root -tree | grep -q '"About Spikestudio'; then break; fi
    sleep 0.5
  done
  sleep 2
  if xwininfo -root -tree | grep -q '"About Spikestudio'; then
    import -window root "$about"
    echo "screenshot: saved $about" >&2
  else
    echo "screenshot: the About dialog did not open; no $about" >&2
  fi
fi
