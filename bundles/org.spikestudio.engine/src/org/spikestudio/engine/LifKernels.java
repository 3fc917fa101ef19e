// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import java.util.Arrays;

/**
 * The LIF kernels. {@link Exact} (the exact propagator of (u, s_1, s_2)) and {@link General}
 * (forward Euler, or exponential Euler with conductances) cover every case; {@link Cuba} and
 * {@link Delta} are {@link Exact} written out for its two common cases, in two passes over blocks of
 * neurons so that the JIT vectorises the first one. They do the same arithmetic in the same order,
 * so the three give bit-identical results.
 */
final class LifKernels {
    /** Neurons per block of the two-pass kernels: 1024 candidates = 8 KiB, well inside L1. */
    private static final int BLOCK = 1024;

    private LifKernels() {
    }

    static Kernel of(PopState s, NeuronModel.Lif lif, double dt) {
        boolean exact = lif.integration() == Integration.EXACT;
        if (!exact || s.conductances.length > 0 || s.currents.length > 2) {
            return new General(s, lif, dt);
        }
        if (s.deltaRing == null && s.iext == null && s.currents.length == 2 && s.currents[0].ring == null
                && s.currents[1].ring == null) {
            return new Cuba(s, lif.parameters(), dt);
        }
        if (s.deltaRing != null && s.iext == null && s.currents.length == 0) {
            return new Delta(s, lif.parameters(), dt);
        }
        return new Exact(s, lif.parameters(), dt);
    }

    /**
     * The exact coefficient of s in u after one step: u(dt) gains R ts/(ts - tm) (e^{-dt/ts} - e^{-dt/tm}) s0
     * from a current s0 e^{-t/ts}; written with expm1 so that it stays accurate (and finite) when ts is
     * near tm.
     */
    private static double propagator(LifParameters p, PopState.Channel c, double dt) {
        double tm = p.tau();
        double ts = c.synapse.tau();
        double x = dt * (ts - tm) / (tm * ts);
        double ratio = x == 0 ? 1 : Math.expm1(x) / x;
        return p.resistance() * (dt / tm) * Math.exp(-dt / tm) * ratio;
    }

    /** What every LIF kernel reads: parameters per step and the neuron arrays. */
    private abstract static class Base extends Kernel {
        final double rest;
        final double reset;
        final double threshold;
        final double clamp;
        final int refSteps;
        final double[] v;
        final int[] ref;

        Base(PopState s, LifParameters p, double dt) {
            rest = p.restPotential();
            reset = p.resetPotential();
            threshold = p.threshold();
            clamp = p.lowerClamp();
            refSteps = refractorySteps(p.refractoryPeriod(), dt);
            v = s.v;
            ref = s.refractory;
        }
    }

    /**
     * Exact LIF with up to two exponential current synapse kinds, delta synapses and a current input.
     * The reference for {@link Cuba} and {@link Delta}.
     */
    static final class Exact extends Base {
        private final double e;
        private final double r;
        private final double[] dr;
        private final double[] in;
        private final double[] s0;
        private final double[] r0;
        private final double p0;
        private final double d0;
        private final double[] s1;
        private final double[] r1;
        private final double p1;
        private final double d1;
        private final boolean keep;

        Exact(PopState s, LifParameters p, double dt) {
            super(s, p, dt);
            e = Math.exp(-dt / p.tau());
            r = p.resistance();
            dr = s.deltaRing;
            in = s.iext;
            PopState.Channel[] c = s.currents;
            s0 = c.length > 0 ? c[0].s : null;
            r0 = c.length > 0 ? c[0].ring : null;
            p0 = c.length > 0 ? propagator(p, c[0], dt) : 0;
            d0 = c.length > 0 ? c[0].decay : 0;
            s1 = c.length > 1 ? c[1].s : null;
            r1 = c.length > 1 ? c[1].ring : null;
            p1 = c.length > 1 ? propagator(p, c[1], dt) : 0;
            d1 = c.length > 1 ? c[1].decay : 0;
            keep = s.keepJumps;
        }

        @Override
        String name() {
            return "lif-exact";
        }

        @Override
        int update(int lo, int hi, int base, int[] out) {
            final double[] v = this.v;
            final int[] ref = this.ref;
            final double[] dr = this.dr;
            final double[] in = this.in;
            final double[] s0 = this.s0;
            final double[] r0 = this.r0;
            final double[] s1 = this.s1;
            final double[] r1 = this.r1;
            int fired = 0;
            for (int j = lo; j < hi; j++) {
                double u = v[j];
                double jump = 0;
                if (dr != null) {
                    jump = dr[base + j];
                    dr[base + j] = 0;
                }
                double syn = 0;
                if (s0 != null) {
                    double s = s0[j];
                    if (r0 != null) {
                        s += r0[base + j];
                        r0[base + j] = 0;
                    }
                    syn = p0 * s;
                    s0[j] = s * d0;
                    if (s1 != null) {
                        double t = s1[j];
                        if (r1 != null) {
                            t += r1[base + j];
                            r1[base + j] = 0;
                        }
                        syn += p1 * t;
                        s1[j] = t * d1;
                    }
                }
                int rf = ref[j];
                if (rf > 0) {
                    ref[j] = rf - 1;
                    if (keep) {
                        double held = u + jump;
                        v[j] = held < clamp ? clamp : held;
                    }
                    continue;
                }
                u += jump;
                if (u < clamp) {
                    u = clamp;
                }
                double a = in == null ? rest : rest + r * in[j];
                u = a + (u - a) * e + syn;
                if (u < clamp) {
                    u = clamp;
                }
                if (u >= threshold) {
                    u = reset;
                    ref[j] = refSteps;
                    out[fired++] = j;
                }
                v[j] = u;
            }
            return fired;
        }
    }

    /**
     * {@link Exact} for the CUBA case: two zero-delay current channels, no delta ring, no current
     * input; written out so that the JIT compiles a loop without invariant tests.
     */
    static final class Cuba extends Base {
        private final double e;
        private final double[] s0;
        private final double p0;
        private final double d0;
        private final double[] s1;
        private final double p1;
        private final double d1;
        /** Candidate potentials between the two passes (threads use disjoint ranges). */
        private final double[] candidate;

        Cuba(PopState s, LifParameters p, double dt) {
            super(s, p, dt);
            e = Math.exp(-dt / p.tau());
            s0 = s.currents[0].s;
            p0 = propagator(p, s.currents[0], dt);
            d0 = s.currents[0].decay;
            s1 = s.currents[1].s;
            p1 = propagator(p, s.currents[1], dt);
            d1 = s.currents[1].decay;
            candidate = new double[s.size];
        }

        @Override
        String name() {
            return "lif-cuba";
        }

        @Override
        int update(int lo, int hi, int base, int[] out) {
            final double[] v = this.v;
            final int[] ref = this.ref;
            final double[] s0 = this.s0;
            final double[] s1 = this.s1;
            final double[] c = candidate;
            int fired = 0;
            // Blocks of BLOCK neurons keep the candidates in the L1 cache between the two passes.
            for (int b0 = lo; b0 < hi; b0 += BLOCK) {
                final int b1 = Math.min(hi, b0 + BLOCK);
                // Pass 1, branch-free so that the JIT vectorises it: synaptic decay and the candidate potential.
                for (int j = b0; j < b1; j++) {
                    double s = s0[j];
                    double t = s1[j];
                    double syn = p0 * s;
                    s0[j] = s * d0;
                    syn += p1 * t;
                    s1[j] = t * d1;
                    double x = v[j]; // below the clamp only from an initial potential or reset below it
                    c[j] = rest + ((x < clamp ? clamp : x) - rest) * e + syn;
                }
                // Pass 2: refractoriness, clamp, threshold and reset.
                for (int j = b0; j < b1; j++) {
                    int rf = ref[j];
                    if (rf > 0) {
                        ref[j] = rf - 1;
                        continue;
                    }
                    double u = c[j];
                    if (u < clamp) {
                        u = clamp;
                    }
                    if (u >= threshold) {
                        u = reset;
                        ref[j] = refSteps;
                        out[fired++] = j;
                    }
                    v[j] = u;
                }
            }
            return fired;
        }
    }

    /** {@link Exact} for delta synapses only (no synaptic variables, no current input), in two passes like {@link Cuba}. */
    static final class Delta extends Base {
        private final double e;
        private final double[] dr;
        private final boolean keep;
        private final double[] candidate;

        Delta(PopState s, LifParameters p, double dt) {
            super(s, p, dt);
            e = Math.exp(-dt / p.tau());
            dr = s.deltaRing;
            keep = s.keepJumps;
            candidate = new double[s.size];
        }

        @Override
        String name() {
            return "lif-delta";
        }

        @Override
        int update(int lo, int hi, int base, int[] out) {
            final double[] v = this.v;
            final int[] ref = this.ref;
            final double[] dr = this.dr;
            final double[] c = candidate;
            int fired = 0;
            for (int b0 = lo; b0 < hi; b0 += BLOCK) {
                final int b1 = Math.min(hi, b0 + BLOCK);
                for (int j = b0; j < b1; j++) {
                    double x = v[j] + dr[base + j];
                    c[j] = rest + ((x < clamp ? clamp : x) - rest) * e;
                }
                for (int j = b0; j < b1; j++) {
                    int rf = ref[j];
                    if (rf > 0) {
                        ref[j] = rf - 1;
                        if (keep) {
                            // The lower clamp holds during refractoriness too (same expression in every kernel).
                            double held = v[j] + dr[base + j];
                            v[j] = held < clamp ? clamp : held;
                        }
                        continue;
                    }
                    double u = c[j];
                    if (u < clamp) {
                        u = clamp;
                    }
                    if (u >= threshold) {
                        u = reset;
                        ref[j] = refSteps;
                        out[fired++] = j;
                    }
                    v[j] = u;
                }
                Arrays.fill(dr, base + b0, base + b1, 0.0);
            }
            return fired;
        }
    }

    /**
     * Forward Euler: exactly the assignment's {@code u += dt*(-(u-u_rest) + R*I)/(R*C)} with
     * I = I_ext + sum s + sum g (E - u). Exact with conductances (or more than two current kinds): s
     * and g are held at their value of the step's start, and u relaxes exactly towards the resulting
     * equilibrium with the effective time constant C / (1/R + sum g) (exponential Euler).
     */
    static final class General extends Base {
        private final PopState s;
        private final boolean euler;
        private final double dt;
        private final double r;
        private final double c;
        private final double rc;
        private final double e;

        General(PopState s, NeuronModel.Lif lif, double dt) {
            super(s, lif.parameters(), dt);
            LifParameters p = lif.parameters();
            this.s = s;
            this.dt = dt;
            euler = lif.integration() == Integration.FORWARD_EULER;
            r = p.resistance();
            c = p.capacitance();
            rc = p.resistance() * p.capacitance();
            e = Math.exp(-dt / rc);
        }

        @Override
        String name() {
            return "lif-general";
        }

        @Override
        int update(int lo, int hi, int base, int[] out) {
            final double[] v = this.v;
            final int[] ref = this.ref;
            final double[] deltaRing = s.deltaRing;
            final double[] iext = s.iext;
            final PopState.Channel[] conductances = s.conductances;
            final boolean keep = s.keepJumps;
            double[] cur = new double[s.currents.length];
            double[] cond = new double[conductances.length];
            int fired = 0;
            for (int j = lo; j < hi; j++) {
                double u = v[j];
                if (deltaRing != null) {
                    if (ref[j] == 0 || keep) {
                        u += deltaRing[base + j];
                    }
                    deltaRing[base + j] = 0;
                }
                // The clamp holds whenever u would drop below it: after the jumps, before integrating.
                if (u < clamp) {
                    u = clamp;
                }
                s.takeSynaptic(j, base, cur, cond);
                if (ref[j] > 0) {
                    ref[j]--;
                    v[j] = u < clamp ? clamp : u;
                    continue;
                }
                double i = iext == null ? 0 : iext[j];
                for (double x : cur) {
                    i += x;
                }
                if (euler) {
                    for (int k = 0; k < cond.length; k++) {
                        i += cond[k] * (conductances[k].synapse.reversal() - u);
                    }
                    u += dt * (-(u - rest) + r * i) / rc;
                } else if (cond.length == 0) {
                    double a = rest + r * i;
                    u = a + (u - a) * e;
                } else {
                    double g = 1 / r;
                    double num = rest / r + i;
                    for (int k = 0; k < cond.length; k++) {
                        g += cond[k];
                        num += cond[k] * conductances[k].synapse.reversal();
                    }
                    double inf = num / g;
                    u = inf + (u - inf) * Math.exp(-dt * g / c);
                }
                if (u < clamp) {
                    u = clamp;
                }
                if (u >= threshold) {
                    u = reset;
                    ref[j] = refSteps;
                    out[fired++] = j;
                }
                v[j] = u;
            }
            return fired;
        }
    }
}
