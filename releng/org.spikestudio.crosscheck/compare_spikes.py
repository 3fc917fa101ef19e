#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Compares two spikes.csv files (time_ms,population,neuron) of Spikestudio and a peer simulator.

Exact mode (default): the files must list the same spikes; the first difference is printed.
--diverge-ok: for chaotic networks, where one last-bit difference in a sum grows until the
trajectories part: the spikes must be equal up to the first differing time step, and after it
each population's spike count must agree within --rate-tolerance (relative).
Exit code 0 when they agree, 1 when not, 2 on unreadable input.
"""
import argparse
import csv
import sys
from collections import Counter


def read(path):
    try:
        with open(path, newline='') as f:
            rows = list(csv.reader(f))
    except OSError as e:
        print('compare: cannot read %s: %s' % (path, e), file=sys.stderr)
        sys.exit(2)
    if not rows or rows[0] != ['time_ms', 'population', 'neuron']:
        print('compare: %s: not a spikes.csv (header %s)' % (path, rows[:1]), file=sys.stderr)
        sys.exit(2)
    return [(r[0], r[1], int(r[2])) for r in rows[1:]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('reference')
    parser.add_argument('peer')
    parser.add_argument('--diverge-ok', action='store_true')
    parser.add_argument('--rate-tolerance', type=float, default=0.05)
    args = parser.parse_args()
    a, b = read(args.reference), read(args.peer)
    first = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), None)
    if first is None and len(a) == len(b):
        print('compare: identical, %d spikes' % len(a))
        return 0
    k = first if first is not None else min(len(a), len(b))
    where = a[k] if k < len(a) else b[k]
    print('compare: first difference at spike %d (t = %s ms): %s vs %s; %d vs %d spikes'
          % (k, where[0], a[k] if k < len(a) else 'none', b[k] if k < len(b) else 'none', len(a), len(b)))
    if not args.diverge_ok:
        return 1
    # Equal up to the divergence step by construction of k; compare the counts after it.
    ca, cb = Counter(p for _, p, _ in a), Counter(p for _, p, _ in b)
    ok = True
    for pop in sorted(set(ca) | set(cb)):
        rel = abs(ca[pop] - cb[pop]) / max(1, ca[pop])
        print('compare: %s: %d vs %d spikes (%.2f%%, tolerance %.2f%%)'
              % (pop, ca[pop], cb[pop], 100 * rel, 100 * args.rate_tolerance))
        ok = ok and rel <= args.rate_tolerance
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
