# SPDX-License-Identifier: EPL-2.0
"""Brian2 side of the Spikestudio benchmark: the CUBA network of Brian2's examples/CUBA.py
(variant "cuba") and the same network with delta synapses and a 1 ms delay (variant "delta"), with
about 80 synapses per neuron at any size (p = 80/N; N = 4000 gives the example's p = 0.02).

Usage: brian2_cuba.py TARGET VARIANT N SEED DURATION_MS WORKDIR SPIKEFILE
  TARGET: cpp_standalone or cython. Prints one line "RESULT key=value ...".
Run it with Debian's /usr/bin/python3 (python3-brian 2.5.1).
"""
import os
import sys
import time

t_start = time.time()
target, variant, n, seed, duration_ms, workdir, spikefile = sys.argv[1:8]
n = int(n)
seed = int(seed)
duration_ms = float(duration_ms)
os.makedirs(workdir, exist_ok=True)
os.environ.setdefault('CYTHON_CACHE_DIR', os.path.join(workdir, 'cython-cache'))

import numpy as np  # noqa: E402
from brian2 import (NeuronGroup, Synapses, SpikeMonitor, run, ms, mV, second, prefs,  # noqa: E402
                    set_device, device, defaultclock)
from brian2 import seed as brian_seed  # noqa: E402

t_imported = time.time()
if target == 'cpp_standalone':
    set_device('cpp_standalone', directory=os.path.join(workdir, 'standalone-%s-%d' % (variant, n)),
               build_on_run=False)
else:
    prefs.codegen.target = 'cython'
    prefs.codegen.runtime.cython.cache_dir = os.path.join(workdir, 'cython-cache')

defaultclock.dt = 0.1 * ms
brian_seed(seed)
taum = 20 * ms
taue = 5 * ms
taui = 10 * ms
Vt = -50 * mV
Vr = -60 * mV
El = -49 * mV
n_exc = n * 4 // 5
p = 80.0 / n

if variant == 'cuba':
    eqs = '''
    dv/dt  = (ge+gi-(v-El))/taum : volt (unless refractory)
    dge/dt = -ge/taue : volt
    dgi/dt = -gi/taui : volt
    '''
else:
    eqs = 'dv/dt = -(v-El)/taum : volt (unless refractory)'
P = NeuronGroup(n, eqs, threshold='v>Vt', reset='v = Vr', refractory=5 * ms, method='exact')
P.v = 'Vr + rand() * (Vt - Vr)'
if variant == 'cuba':
    P.ge = 0 * mV
    P.gi = 0 * mV
we = (60 * 0.27 / 10) * mV
wi = (-20 * 4.5 / 10) * mV
if variant == 'cuba':
    Ce = Synapses(P, P, on_pre='ge += we')
    Ci = Synapses(P, P, on_pre='gi += wi')
else:
    Ce = Synapses(P, P, on_pre='v += we', delay=1 * ms)
    Ci = Synapses(P, P, on_pre='v += wi', delay=1 * ms)
Ce.connect('i<n_exc', p=p)
Ci.connect('i>=n_exc', p=p)
s_mon = SpikeMonitor(P)
t_built = time.time()
run(duration_ms * ms)
t_ran = time.time()
if target == 'cpp_standalone':
    device.build(directory=os.path.join(workdir, 'standalone-%s-%d' % (variant, n)), compile=True, run=True,
                 debug=False)
    loop_s = device._last_run_time
    binary_s = device.timers['run_binary']
    compile_s = (device.timers['compile'].get('make') or 0) + (device.timers['compile'].get('clean') or 0)
    build_s = binary_s - loop_s  # network construction inside the binary (connect, init)
else:
    loop_s = device._last_run_time
    build_s = t_built - t_imported
    compile_s = (t_ran - t_built) - loop_s  # code generation and compilation before the loop
    binary_s = 0.0

si = np.asarray(s_mon.i[:])
st = np.asarray(s_mon.t[:] / ms)
steps = np.round(st / 0.1).astype(np.int32)
with open(spikefile, 'wb') as f:
    np.stack([steps, si.astype(np.int32)], axis=1).astype('>i4').tofile(f)
pre_e = np.asarray(Ce.i[:])
pre_i = np.asarray(Ci.i[:])
outdeg = np.bincount(pre_e, minlength=n) + np.bincount(pre_i, minlength=n)
synapses = len(pre_e) + len(pre_i)
events = int(outdeg[si].sum())
spikes = len(si)
rate = spikes / (n * duration_ms / 1000.0)
# CV of ISI: mean over neurons with at least 3 spikes (same definition as EngineBench).
order = np.lexsort((steps, si))
cvs = []
if spikes:
    si_s = si[order]
    st_s = steps[order]
    bounds = np.flatnonzero(np.diff(si_s)) + 1
    for grp in np.split(np.arange(spikes), bounds):
        if len(grp) >= 3:
            isi = np.diff(st_s[grp]).astype(float)
            cvs.append(isi.std() / isi.mean())
cv = float(np.mean(cvs)) if cvs else float('nan')
t_end = time.time()
print('RESULT engine=brian2_%s variant=%s n=%d threads=1 seed=%d build_s=%.4f run_s=%.4f compile_s=%.3f '
      'import_s=%.3f spikes=%d rate_hz=%.3f cv_isi=%.4f synapses=%d events=%d events_per_s=%.4g '
      'updates_per_s=%.4g script_s=%.3f'
      % (target, variant, n, seed, build_s, loop_s, compile_s, t_imported - t_start, spikes, rate, cv, synapses,
         events, events / loop_s if loop_s > 0 else 0, n * round(duration_ms / 0.1) / loop_s if loop_s > 0 else 0,
         t_end - t_start))
