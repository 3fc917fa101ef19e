// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/** The update of {@link NeuronModel.AdEx} (equations there): forward Euler, w integrated also while refractory. */
final class AdExKernel extends Kernel {
    private final PopState s;
    private final NeuronModel.AdEx m;
    private final double dt;
    private final int refSteps;

    AdExKernel(PopState s, NeuronModel.AdEx m, double dt) {
        this.s = s;
        this.m = m;
        this.dt = dt;
        this.refSteps = refractorySteps(m.refractoryPeriod(), dt);
    }

    @Override
    String name() {
        return "adex";
    }

    @Override
    int update(int lo, int hi, int base, int[] out) {
        final double[] v = s.v;
        final double[] recovery = s.recovery;
        final int[] refractory = s.refractory;
        final double[] deltaRing = s.deltaRing;
        final double[] iext = s.iext;
        final boolean keep = s.keepJumps;
        final PopState.Channel[] conductances = s.conductances;
        double[] cur = new double[s.currents.length];
        double[] cond = new double[conductances.length];
        int fired = 0;
        for (int j = lo; j < hi; j++) {
            double x = v[j];
            if (deltaRing != null) {
                if (refractory[j] == 0 || keep) {
                    x += deltaRing[base + j];
                }
                deltaRing[base + j] = 0;
            }
            s.takeSynaptic(j, base, cur, cond);
            double w = recovery[j];
            double wn = w + dt * (m.subthresholdAdaptation() * (x - m.leakReversal()) - w) / m.adaptationTimeConstant();
            if (refractory[j] > 0) {
                refractory[j]--;
                v[j] = x;
                recovery[j] = wn;
                continue;
            }
            double i = iext == null ? 0 : iext[j];
            for (double c : cur) {
                i += c;
            }
            for (int k = 0; k < cond.length; k++) {
                i += cond[k] * (conductances[k].synapse.reversal() - x);
            }
            double arg = Math.min((x - m.thresholdPotential()) / m.slope(), 100);
            double dv = (-m.leakConductance() * (x - m.leakReversal())
                    + m.leakConductance() * m.slope() * Math.exp(arg) - w + i) / m.capacitance();
            double xn = x + dt * dv;
            if (xn >= m.peakPotential()) {
                xn = m.resetPotential();
                wn += m.spikeAdaptation();
                refractory[j] = refSteps;
                out[fired++] = j;
            }
            v[j] = xn;
            recovery[j] = wn;
        }
        return fired;
    }
}
