// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/** The update of {@link NeuronModel.Izhikevich} (equations there): forward Euler, no refractoriness. */
final class IzhikevichKernel extends Kernel {
    private final PopState s;
    private final NeuronModel.Izhikevich m;
    private final double dt;

    IzhikevichKernel(PopState s, NeuronModel.Izhikevich m, double dt) {
        this.s = s;
        this.m = m;
        this.dt = dt;
    }

    @Override
    String name() {
        return "izhikevich";
    }

    @Override
    int update(int lo, int hi, int base, int[] out) {
        final double a = m.a();
        final double b = m.b();
        final double[] v = s.v;
        final double[] recovery = s.recovery;
        final double[] deltaRing = s.deltaRing;
        final double[] iext = s.iext;
        final PopState.Channel[] conductances = s.conductances;
        double[] cur = new double[s.currents.length];
        double[] cond = new double[conductances.length];
        int fired = 0;
        for (int j = lo; j < hi; j++) {
            double x = v[j];
            if (deltaRing != null) {
                x += deltaRing[base + j];
                deltaRing[base + j] = 0;
            }
            s.takeSynaptic(j, base, cur, cond);
            double i = iext == null ? 0 : iext[j];
            for (double c : cur) {
                i += c;
            }
            for (int k = 0; k < cond.length; k++) {
                i += cond[k] * (conductances[k].synapse.reversal() - x);
            }
            double y = recovery[j];
            double xn = x + dt * (0.04 * x * x + 5 * x + 140 - y + i);
            double yn = y + dt * a * (b * x - y);
            if (xn >= m.vPeak()) {
                xn = m.c();
                yn += m.d();
                out[fired++] = j;
            }
            v[j] = xn;
            recovery[j] = yn;
        }
        return fired;
    }
}
