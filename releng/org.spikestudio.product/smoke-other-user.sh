#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Smoke test: a user other than the product's builder can use it (issue 15, item 5). Runs
# ./spikestudio as 'nobody', whose home (/nonexistent) is not writable, so its configuration area
# falls back to a private folder under $TMPDIR; and once more with XDG_CACHE_HOME set, the usual
# per-user place. Needs root (to switch users) and runuser; skips with the reason otherwise.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
product_path=releng/org.spikestudio.product/target/products/org.spikestudio.product/linux/gtk/x86_64
fail() { echo "smoke-other-user: FAILED: $*" >&2; exit 1; }
skip() { echo "smoke-other-user: skipped: $*"; exit 0; }

[ "$(id -u)" = 0 ] || skip "needs root to run the launcher as another user"
command -v runuser >/dev/null 2>&1 || skip "runuser (util-linux) is not installed"
id nobody >/dev/null 2>&1 || skip "there is no user 'nobody'"
nobody_uid=$(id -u nobody)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
as_nobody() { runuser -u nobody -- env TMPDIR="$work/tmp" "$@"; }
mkdir -m 1777 "$work/tmp" # a fresh shared temporary directory, like /tmp
mkdir "$work/nobody"
chown nobody "$work/nobody"

# nobody needs to read the launcher, the product and the example. A clone inside a private folder
# (e.g. /root) is not readable, so then the test runs a copy of just those, in the same layout.
launcher_root=$root
if ! as_nobody sh -c 'cat "$1/spikestudio" "$1/$2/configuration/config.ini" "$1/examples/seed/single-neuron.snn"' \
    sh "$root" "$product_path" >/dev/null 2>&1; then
  echo "smoke-other-user: $root is not readable by nobody; testing a copy of the launcher and the product"
  launcher_root=$work/copy
  mkdir -p "$launcher_root/.mvn" "$launcher_root/examples/seed" "$launcher_root/$product_path"
  cp -p "$root/spikestudio" "$launcher_root/"
  cp -p "$root/.mvn/find-jdk.sh" "$launcher_root/.mvn/"
  cp -p "$root/examples/seed/single-neuron.snn" "$launcher_root/examples/seed/"
  cp -pR "$root/$product_path/." "$launcher_root/$product_path/"
  chmod -R a+rX "$work/copy"
fi
cd "$work/nobody"

# 1. Without a writable home: the configuration area is $TMPDIR/spikestudio-<uid>, mode 700.
rc=0
as_nobody "$launcher_root/spikestudio" version >"$work/version.out" 2>"$work/version.err" || rc=$?
[ $rc = 0 ] || { cat "$work/version.err" >&2; fail "'spikestudio version' as nobody exited with $rc"; }
grep -q '^Spikestudio ' "$work/version.out" || fail "'spikestudio version' printed: $(cat "$work/version.out")"
if ! as_nobody sh -c '[ -d "$HOME" ] && [ -w "$HOME" ]'; then
  private=$work/tmp/spikestudio-$nobody_uid
  case $(ls -ld "$private" 2>/dev/null) in
    "drwx------ "*" nobody "*) ;;
    *) fail "no private configuration folder: $(ls -ld "$private" 2>&1)" ;;
  esac
  ls -d "$private"/*/configuration/org.eclipse.osgi >/dev/null 2>&1 \
    || fail "Equinox did not write its configuration area under $private"
fi

# 2. A real run into a folder of nobody's, as a user would.
rc=0
as_nobody "$launcher_root/spikestudio" run "$launcher_root/examples/seed/single-neuron.snn" --out "$work/nobody/run" \
  --quiet 2>"$work/run.err" || rc=$?
[ $rc = 0 ] || { cat "$work/run.err" >&2; fail "'spikestudio run' as nobody exited with $rc"; }
for f in spikes.csv state-neuron_v.csv rates.csv summary.json raster.png potential.png; do
  [ -s "$work/nobody/run/$f" ] || fail "$f missing after the run as nobody"
done
grep -q '"partial": false' "$work/nobody/run/summary.json" || fail "summary.json not complete"

# 3. With XDG_CACHE_HOME: the configuration area goes there instead.
as_nobody mkdir "$work/nobody/cache"
rc=0
as_nobody XDG_CACHE_HOME="$work/nobody/cache" "$launcher_root/spikestudio" version >/dev/null 2>"$work/xdg.err" || rc=$?
[ $rc = 0 ] || { cat "$work/xdg.err" >&2; fail "'spikestudio version' with XDG_CACHE_HOME exited with $rc"; }
ls -d "$work/nobody/cache/spikestudio"/*/configuration/org.eclipse.osgi >/dev/null 2>&1 \
  || fail "Equinox did not write its configuration area under XDG_CACHE_HOME"
echo "smoke-other-user: version and run as nobody OK"
