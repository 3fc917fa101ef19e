# SPDX-License-Identifier: EPL-2.0
"""Prints the benchmark tables from bench/target/results.txt (lines 'RESULT key=value ...')."""
import shlex
import statistics
import sys


def parse(path):
    rows, machine = [], []
    for line in open(path):
        if line.startswith('MACHINE'):
            machine.append(line[8:].strip())
        if not line.startswith('RESULT'):
            continue
        d = {}
        for tok in shlex.split(line)[1:]:
            k, _, v = tok.partition('=')
            try:
                d[k] = float(v) if any(c in v for c in '.e') or v.lstrip('-').isdigit() else v
            except ValueError:
                d[k] = v
        if d['engine'] == 'floor':
            d.update(build_s=0, spikes=0, rate_hz=0, cv_isi=0, events=0, events_per_s=0, synapses=0)
        d['label'] = d['engine'].replace('spikestudio', 'Spikestudio').replace('brian2_', 'Brian2 ')
        if d['engine'] == 'spikestudio':
            d['label'] += ' %dT' % d['threads']
            if d.get('jvm') == 'aot':
                d['label'] += ' AOT cache'
                d['aot'] = True
            if d.get('run2_s', 0) > 0:
                # steady state: the second simulated second of the same process (after JIT warm-up)
                d['label'] += ' steady'
                d['run_s'] = d['run2_s']
                d['events_per_s'] = d['events'] / d['run2_s']  # events of the first second as a proxy
                d['updates_per_s'] = d['n'] * 10000 / d['run2_s']
                d['steady'] = True
        rows.append(d)
    # Repeated runs (BENCH_REPEAT): keep the fastest loop of each case, and the fastest whole process.
    best = {}
    for d in rows:
        key = (d['engine'], d['variant'], d['n'], d['threads'], d['seed'], d.get('steady', False), d.get('aot', False))
        if key not in best:
            best[key] = dict(d, repeats=1)
            continue
        b = best[key]
        b['repeats'] += 1
        # cpp_standalone: the first run compiled a fresh project; keep its whole-process time.
        wall = b['wall_s'] if d['engine'] == 'brian2_cpp_standalone' else min(b['wall_s'], d['wall_s'])
        if d['run_s'] < b['run_s']:
            best[key] = dict(d, repeats=b['repeats'])
        best[key]['wall_s'] = wall
    return machine, list(best.values())


def find(rows, **kw):
    return [r for r in rows if all(r.get(k) == v for k, v in kw.items())]


def fmt(x, spec='%.3f'):
    return '-' if x is None else spec % x


def main():
    machine, rows = parse(sys.argv[1] if len(sys.argv) > 1 else 'bench/target/results.txt')
    for m in machine:
        print(m)
    hdr = ('%-24s %8s %8s %8s %8s %8s %10s %10s %8s %7s %10s %10s' %
           ('engine', 'build s', 'run s', 'whole s', 'spikes', 'rate Hz', 'syn ev/s', 'updates/s', 'RSS MB',
            'load', 'run/cpp', 'whole/cyth'))
    for variant in ('cuba', 'delta'):
        print('\n(%s) %s, N = 4000, 1 s, dt 0.1 ms, seed 1' % ('a' if variant == 'cuba' else 'b', variant.upper()
                                                              if variant == 'cuba' else 'delta synapses, 1 ms delay'))
        print(hdr)
        sel = find(rows, variant=variant, n=4000.0, seed=1.0)
        cpp = find(sel, engine='brian2_cpp_standalone')
        cy = find(sel, engine='brian2_cython')
        for r in sel:
            ratio = r['run_s'] / cpp[0]['run_s'] if cpp else None
            steady = r.get('steady', False)
            whole = r['wall_s'] / cy[0]['wall_s'] if (cy and not steady) else None
            print('%-24s %8.3f %8.3f %8s %8d %8.2f %10.3g %10.3g %8.0f %7.2f %10s %10s' % (
                r['label'], r['build_s'], r['run_s'], '-' if steady else '%.2f' % r['wall_s'], r['spikes'],
                r['rate_hz'], r['events_per_s'], r['updates_per_s'], r['maxrss_kb'] / 1024, r['load'],
                fmt(ratio, '%.2f'), fmt(whole, '%.2f')))
    print('\nSpike statistics across seeds (N = 4000; rate Hz, CV ISI = mean over neurons with >= 3 spikes)')
    print('%-8s %-26s %6s %18s %18s' % ('variant', 'engine', 'seeds', 'rate mean (sd)', 'CV mean (sd)'))
    for variant in ('cuba', 'delta'):
        for eng, th in (('brian2_cpp_standalone', 1.0), ('spikestudio', 1.0)):
            sel = [r for r in find(rows, variant=variant, n=4000.0, engine=eng, threads=th)
                   if not r.get('steady') and not r.get('aot')]
            seen = {}
            for r in sel:
                seen[r['seed']] = r
            sel = list(seen.values())
            if not sel:
                continue
            rates = [r['rate_hz'] for r in sel]
            cvs = [r['cv_isi'] for r in sel]
            sd = (lambda xs: statistics.stdev(xs) if len(xs) > 1 else 0.0)
            print('%-8s %-26s %6d %10.2f (%5.2f) %10.3f (%5.3f)   rates: %s' % (
                variant, eng, len(sel), statistics.mean(rates), sd(rates), statistics.mean(cvs), sd(cvs),
                ' '.join('%.2f' % x for x in rates)))
    print('\nCUBA at N = 64000, ~80 synapses per neuron, 1 s')
    print('%-24s %8s %8s %8s %8s %10s %10s %8s %7s %8s %8s' % ('engine', 'build s', 'run s', 'whole s', 'rate Hz',
                                                            'syn ev/s', 'updates/s', 'RSS MB', 'load', 'run/cpp',
                                                            '2T/1T'))
    sel = find(rows, variant='cuba', n=64000.0, seed=1.0)
    cpp = find(sel, engine='brian2_cpp_standalone')
    for r in sel:
        ratio = r['run_s'] / cpp[0]['run_s'] if cpp else None
        one = [x for x in find(sel, engine='spikestudio', threads=1.0) if x.get('steady') == r.get('steady')]
        speedup = one[0]['run_s'] / r['run_s'] if (one and r['engine'] == 'spikestudio') else None
        print('%-24s %8.2f %8.3f %8s %8.2f %10.3g %10.3g %8.0f %7.2f %8s %8s' % (
            r['label'], r['build_s'], r['run_s'], '-' if r.get('steady') else '%.2f' % r['wall_s'], r['rate_hz'],
            r['events_per_s'], r['updates_per_s'], r['maxrss_kb'] / 1024, r['load'], fmt(ratio, '%.2f'),
            fmt(speedup, '%.2f')))
    floor = find(rows, engine='floor')
    if floor:
        print('\nFloor: one branch-free pass per step over v, ge, gi (no refractoriness, threshold, spikes)')
        for r in floor:
            print('  N = %6d: %.4f s per simulated second, %.3g updates/s' % (r['n'], r['run_s'], r['updates_per_s']))
    print('\nScaling, delta variant, ~80 synapses per neuron, 1 s')
    print('%-24s %9s %10s %8s %8s %8s %10s %10s %8s %7s %8s %8s' % (
        'engine', 'N', 'synapses', 'build s', 'run s', 'whole s', 'syn ev/s', 'updates/s', 'RSS MB', 'load',
        'run/cpp', '2T/1T'))
    rows = [r for r in rows if not r.get('aot')]
    sizes = sorted(set(r['n'] for r in find(rows, variant='delta', seed=1.0)))
    for n in sizes:
        sel = find(rows, variant='delta', n=n, seed=1.0)
        cpp = find(sel, engine='brian2_cpp_standalone')
        for r in sel:
            if r['engine'] == 'brian2_cython':
                continue
            one = [x for x in find(sel, engine='spikestudio', threads=1.0) if x.get('steady') == r.get('steady')]
            ratio = r['run_s'] / cpp[0]['run_s'] if cpp else None
            speedup = one[0]['run_s'] / r['run_s'] if (one and r['engine'] == 'spikestudio') else None
            print('%-24s %9d %10d %8.2f %8.2f %8s %10.3g %10.3g %8.0f %7.2f %8s %8s' % (
                r['label'], n, r['synapses'], r['build_s'], r['run_s'],
                '-' if r.get('steady') else '%.2f' % r['wall_s'], r['events_per_s'],
                r['updates_per_s'], r['maxrss_kb'] / 1024, r['load'], fmt(ratio, '%.2f'), fmt(speedup, '%.2f')))


main()
