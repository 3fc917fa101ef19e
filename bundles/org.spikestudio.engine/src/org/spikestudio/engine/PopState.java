// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import java.util.List;

import org.spikestudio.engine.internal.Keyed;

/**
 * The state of one population as structure of arrays, and its update kernel. Deliveries that are
 * due at the end of step n-1 wait in ring slot (n-1) mod L and are added at the start of step n
 * (before integration). This is the same as adding them at the end of step n-1, and it saves a
 * pass: what observes the state in between (the samples at the start of step n,
 * {@link Simulation#potential}) reads it through {@link #potentialAtStart} and
 * {@link #synapticAtStart}, which add the waiting slot exactly as the update will.
 */
final class PopState {
    static final long PURPOSE_INIT_V = 4L << 40;
    static final long PURPOSE_INIT_RECOVERY = 5L << 40;

    final Population spec;
    final int size;
    final int ringLength;
    final double[] v;
    final double[] recovery; // Izhikevich u, AdEx w; null for LIF
    final int[] refractory;
    final double[] iext; // null without current inputs
    final double[] deltaRing; // null without delta synapses
    final Channel[] currents;
    final Channel[] conductances;
    final Channel[] channels; // in Layout order, index = channel id
    final boolean keepJumps;
    /** Candidate potentials of the two-pass CUBA kernel (threads use disjoint ranges), else null. */
    private final double[] candidate;
    private final int kernel;
    private final LifParameters lifParameters;
    private final double dt;

    static final class Channel {
        final Synapse synapse;
        final double[] s;
        final double[] ring;
        final double decay;
        /** LIF exact: coefficient of s in the exact propagator of (u, s) over one step. */
        double propagator;

        Channel(Synapse synapse, int size, int ringLength, double dt, boolean direct) {
            this.synapse = synapse;
            this.s = new double[size];
            this.ring = direct ? null : new double[size * ringLength]; // size checked by ringCells
            this.decay = Math.exp(-dt / synapse.tau());
        }
    }

    PopState(Population spec, Layout layout, long seed, double dt) {
        this.spec = spec;
        this.size = spec.size;
        this.dt = dt;
        this.ringLength = layout.ringLength[spec.index];
        this.keepJumps = spec.jumpsDuringRefractoriness;
        v = new double[size];
        refractory = new int[size];
        recovery = spec.model instanceof NeuronModel.Lif ? null : new double[size];
        iext = layout.hasCurrentInput[spec.index] ? new double[size] : null;
        int cells = ringCells(size, ringLength);
        deltaRing = layout.hasDelta[spec.index] ? new double[cells] : null;
        List<Synapse> kinds = layout.channels.get(spec.index);
        channels = new Channel[kinds.size()];
        int nc = 0;
        int ng = 0;
        for (int c = 0; c < channels.length; c++) {
            channels[c] = new Channel(kinds.get(c), size, ringLength, dt, layout.isDirect(spec.index, c));
            if (kinds.get(c).kind() == SynapseKind.EXP_CURRENT) {
                nc++;
            } else {
                ng++;
            }
        }
        currents = new Channel[nc];
        conductances = new Channel[ng];
        nc = 0;
        ng = 0;
        for (Channel c : channels) {
            if (c.synapse.kind() == SynapseKind.EXP_CURRENT) {
                currents[nc++] = c;
            } else {
                conductances[ng++] = c;
            }
        }
        candidate = isTwoDirect() || isDeltaOnly() ? new double[size] : null;
        kernel = chooseKernel();
        lifParameters = spec.model instanceof NeuronModel.Lif l ? l.parameters() : null;
        if (spec.model instanceof NeuronModel.Lif lif) {
            double tm = lif.parameters().tau();
            double r = lif.parameters().resistance();
            for (Channel c : currents) {
                // u(dt) gains R ts/(ts - tm) (e^{-dt/ts} - e^{-dt/tm}) s0 from a current s0 e^{-t/ts};
                // written with expm1 so that it stays accurate (and finite) when ts is near tm.
                double ts = c.synapse.tau();
                double x = dt * (ts - tm) / (tm * ts);
                double ratio = x == 0 ? 1 : Math.expm1(x) / x;
                c.propagator = r * (dt / tm) * Math.exp(-dt / tm) * ratio;
            }
        }
        // Initial values from streams keyed by (seed, purpose, population, neuron).
        Distribution init = spec.initialPotential;
        for (int i = 0; i < size; i++) {
            v[i] = spec.initialPotentials != null ? spec.initialPotentials[i]
                    : init == null ? spec.model.restingPotential()
                    : drawInit(init, Keyed.hash(seed, PURPOSE_INIT_V, spec.index, i));
        }
        if (recovery != null) {
            Distribution ri = spec.initialRecovery;
            for (int i = 0; i < size; i++) {
                if (ri != null) {
                    recovery[i] = drawInit(ri, Keyed.hash(seed, PURPOSE_INIT_RECOVERY, spec.index, i));
                } else if (spec.model instanceof NeuronModel.Izhikevich iz) {
                    recovery[i] = iz.b() * v[i];
                }
            }
        }
    }

    private static double drawInit(Distribution d, long h) {
        return switch (d.kind()) {
            case CONSTANT -> d.a();
            case UNIFORM -> d.a() + (d.b() - d.a()) * Keyed.uniform(h);
            case NORMAL -> d.a() + d.b() * Keyed.gaussian(h);
        };
    }

    int slot(long step) {
        return (int) Math.floorMod(step, (long) ringLength);
    }

    /**
     * v of neuron j at the start of step n (time n dt): v after the update of step n-1 plus the
     * delta jumps delivered at the end of step n-1, as the update of step n will add them (not at
     * all for a refractory neuron that discards jumps), with the LIF lower clamp applied as the
     * update applies it before integrating: the value step n starts from. Read only by the thread
     * that owns j, or when no run is in progress.
     */
    double potentialAtStart(int j, long n) {
        double u = v[j];
        if (deltaRing != null && (refractory[j] == 0 || keepJumps)) {
            u += deltaRing[slot(n - 1) * size + j];
        }
        if (lifParameters != null && u < lifParameters.lowerClamp()) {
            u = lifParameters.lowerClamp();
        }
        return u;
    }

    /** The synaptic variable of channel c for neuron j at the start of step n (its deliveries of step n-1 included). */
    double synapticAtStart(Channel c, int j, long n) {
        return c.ring == null ? c.s[j] : c.s[j] + c.ring[slot(n - 1) * size + j];
    }

    /** size * ringLength as an array length; a long delay on a large population can exceed what Java allows. */
    private int ringCells(int size, int ringLength) {
        long cells = (long) size * ringLength;
        if (!Limits.ringFits(size, ringLength)) {
            throw new ModelRefusedException("population '" + spec.name + "': " + size + " neurons x " + ringLength
                    + " delay steps = " + cells + " buffered values, more than a Java array holds;"
                    + " shorten the longest delay onto it or split the population");
        }
        return (int) cells;
    }

    /**
     * Step n for neurons [lo, hi): apply the deliveries due at the end of step n-1, integrate,
     * handle refractoriness, threshold and reset. Writes the indices of neurons that fired, in
     * increasing order, to {@code out}; returns their number.
     */
    int update(int lo, int hi, long n, int[] out) {
        int base = slot(n - 1) * size;
        // A plain int switch: a pattern switch would bootstrap (tens of ms) in the first step.
        return switch (kernel) {
            case KERNEL_LIF_TWO_DIRECT -> lifExactTwoDirect(lifParameters, lo, hi, out);
            case KERNEL_LIF_EXACT -> lifExact(lifParameters, lo, hi, base, out);
            case KERNEL_LIF_DELTA -> lifExactDelta(lifParameters, lo, hi, base, out);
            case KERNEL_LIF_GENERAL -> lifGeneral((NeuronModel.Lif) spec.model, lo, hi, base, out);
            case KERNEL_IZHIKEVICH -> izhikevich((NeuronModel.Izhikevich) spec.model, lo, hi, base, out);
            default -> adex((NeuronModel.AdEx) spec.model, lo, hi, base, out);
        };
    }

    /** Neurons per block of the two-pass kernels: 1024 candidates = 8 KiB, well inside L1. */
    private static final int BLOCK = 1024;
    private static final int KERNEL_LIF_TWO_DIRECT = 0;
    private static final int KERNEL_LIF_EXACT = 1;
    private static final int KERNEL_LIF_GENERAL = 2;
    private static final int KERNEL_IZHIKEVICH = 3;
    private static final int KERNEL_ADEX = 4;
    private static final int KERNEL_LIF_DELTA = 5;

    private int chooseKernel() {
        if (spec.model instanceof NeuronModel.Lif lif) {
            if (isTwoDirect()) {
                return KERNEL_LIF_TWO_DIRECT;
            }
            if (isDeltaOnly()) {
                return KERNEL_LIF_DELTA;
            }
            return lif.integration() == Integration.EXACT && conductances.length == 0 && currents.length <= 2
                    ? KERNEL_LIF_EXACT : KERNEL_LIF_GENERAL;
        }
        return spec.model instanceof NeuronModel.Izhikevich ? KERNEL_IZHIKEVICH : KERNEL_ADEX;
    }

    /**
     * The CUBA case of {@link #lifExact}: two zero-delay current channels, no delta ring, no current
     * input. Same arithmetic in the same order, so the results are bit-identical to the general
     * kernel; written out so that the JIT compiles a loop without invariant tests.
     */
    private int lifExactTwoDirect(LifParameters p, int lo, int hi, int[] out) {
        final double e = Math.exp(-dt / p.tau());
        final double rest = p.restPotential();
        final double reset = p.resetPotential();
        final double threshold = p.threshold();
        final double clamp = p.lowerClamp();
        final int refSteps = (int) Math.round(p.refractoryPeriod() / dt);
        final double[] v = this.v;
        final int[] ref = refractory;
        final double[] s0 = currents[0].s;
        final double p0 = currents[0].propagator;
        final double d0 = currents[0].decay;
        final double[] s1 = currents[1].s;
        final double p1 = currents[1].propagator;
        final double d1 = currents[1].decay;
        // Blocks of BLOCK neurons keep the candidates in the L1 cache between the two passes.
        final double[] c = candidate;
        int fired = 0;
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

    private boolean isDeltaOnly() {
        return spec.model instanceof NeuronModel.Lif lif && lif.integration() == Integration.EXACT
                && deltaRing != null && iext == null && conductances.length == 0 && currents.length == 0;
    }

    /**
     * The delta-synapse case of {@link #lifExact} (no synaptic variables, no current input), in two
     * passes like {@link #lifExactTwoDirect}; bit-identical to the general kernel.
     */
    private int lifExactDelta(LifParameters p, int lo, int hi, int base, int[] out) {
        final double e = Math.exp(-dt / p.tau());
        final double rest = p.restPotential();
        final double reset = p.resetPotential();
        final double threshold = p.threshold();
        final double clamp = p.lowerClamp();
        final int refSteps = (int) Math.round(p.refractoryPeriod() / dt);
        final double[] v = this.v;
        final int[] ref = refractory;
        final double[] dr = deltaRing;
        final double[] c = candidate;
        final boolean keep = keepJumps;
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
        java.util.Arrays.fill(dr, base + b0, base + b1, 0.0);
        }
        return fired;
    }

    private boolean isTwoDirect() {
        return spec.model instanceof NeuronModel.Lif lif && lif.integration() == Integration.EXACT
                && deltaRing == null && iext == null && conductances.length == 0 && currents.length == 2
                && currents[0].ring == null && currents[1].ring == null;
    }

    /** LIF, exact propagator of (u, s_1, s_2) for up to two exponential current synapse kinds. */
    private int lifExact(LifParameters p, int lo, int hi, int base, int[] out) {

        final double e = Math.exp(-dt / p.tau());
        final double rest = p.restPotential();
        final double r = p.resistance();
        final double reset = p.resetPotential();
        final double threshold = p.threshold();
        final double clamp = p.lowerClamp();
        final int refSteps = (int) Math.round(p.refractoryPeriod() / dt);
        final double[] v = this.v;
        final int[] ref = refractory;
        final double[] dr = deltaRing;
        final double[] in = iext;
        final double[] s0 = currents.length > 0 ? currents[0].s : null;
        final double[] r0 = currents.length > 0 ? currents[0].ring : null;
        final double p0 = currents.length > 0 ? currents[0].propagator : 0;
        final double d0 = currents.length > 0 ? currents[0].decay : 0;
        final double[] s1 = currents.length > 1 ? currents[1].s : null;
        final double[] r1 = currents.length > 1 ? currents[1].ring : null;
        final double p1 = currents.length > 1 ? currents[1].propagator : 0;
        final double d1 = currents.length > 1 ? currents[1].decay : 0;
        final boolean keep = keepJumps;
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

    /** Adds this step's deliveries to the synaptic variables of neuron j and returns them in syn[]. */
    private void takeSynaptic(int j, int base, double[] cur, double[] cond) {
        for (int c = 0; c < currents.length; c++) {
            Channel ch = currents[c];
            double s = ch.s[j];
            if (ch.ring != null) {
                s += ch.ring[base + j];
                ch.ring[base + j] = 0;
            }
            cur[c] = s;
            ch.s[j] = s * ch.decay;
        }
        for (int c = 0; c < conductances.length; c++) {
            Channel ch = conductances[c];
            double g = ch.s[j];
            if (ch.ring != null) {
                g += ch.ring[base + j];
                ch.ring[base + j] = 0;
            }
            cond[c] = g;
            ch.s[j] = g * ch.decay;
        }
    }

    /**
     * LIF, general case. Forward Euler: exactly the assignment's
     * {@code u += dt*(-(u-u_rest) + R*I)/(R*C)} with I = I_ext + sum s + sum g (E - u).
     * Exact with conductances (or more than two current kinds): s and g are held at their value
     * of the step's start, and u relaxes exactly towards the resulting equilibrium with the
     * effective time constant C / (1/R + sum g) (exponential Euler).
     */
    private int lifGeneral(NeuronModel.Lif lif, int lo, int hi, int base, int[] out) {
        LifParameters p = lif.parameters();
        boolean euler = lif.integration() == Integration.FORWARD_EULER;
        final double rest = p.restPotential();
        final double r = p.resistance();
        final double c = p.capacitance();
        final double rc = p.resistance() * p.capacitance();
        final double reset = p.resetPotential();
        final double threshold = p.threshold();
        final double clamp = p.lowerClamp();
        final int refSteps = (int) Math.round(p.refractoryPeriod() / dt);
        final double e = Math.exp(-dt / rc);
        double[] cur = new double[currents.length];
        double[] cond = new double[conductances.length];
        int fired = 0;
        for (int j = lo; j < hi; j++) {
            double u = v[j];
            if (deltaRing != null) {
                if (refractory[j] == 0 || keepJumps) {
                    u += deltaRing[base + j];
                }
                deltaRing[base + j] = 0;
            }
            // The clamp holds whenever u would drop below it: after the jumps, before integrating.
            if (u < clamp) {
                u = clamp;
            }
            takeSynaptic(j, base, cur, cond);
            if (refractory[j] > 0) {
                refractory[j]--;
                v[j] = u < clamp ? clamp : u;
                continue;
            }
            double i = iext == null ? 0 : iext[j];
            for (double s : cur) {
                i += s;
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
                refractory[j] = refSteps;
                out[fired++] = j;
            }
            v[j] = u;
        }
        return fired;
    }

    private int izhikevich(NeuronModel.Izhikevich m, int lo, int hi, int base, int[] out) {
        final double a = m.a();
        final double b = m.b();
        double[] cur = new double[currents.length];
        double[] cond = new double[conductances.length];
        int fired = 0;
        for (int j = lo; j < hi; j++) {
            double x = v[j];
            if (deltaRing != null) {
                x += deltaRing[base + j];
                deltaRing[base + j] = 0;
            }
            takeSynaptic(j, base, cur, cond);
            double i = iext == null ? 0 : iext[j];
            for (double s : cur) {
                i += s;
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

    private int adex(NeuronModel.AdEx m, int lo, int hi, int base, int[] out) {
        final int refSteps = (int) Math.round(m.refractoryPeriod() / dt);
        double[] cur = new double[currents.length];
        double[] cond = new double[conductances.length];
        int fired = 0;
        for (int j = lo; j < hi; j++) {
            double x = v[j];
            if (deltaRing != null) {
                if (refractory[j] == 0 || keepJumps) {
                    x += deltaRing[base + j];
                }
                deltaRing[base + j] = 0;
            }
            takeSynaptic(j, base, cur, cond);
            double w = recovery[j];
            double wn = w + dt * (m.subthresholdAdaptation() * (x - m.leakReversal()) - w) / m.adaptationTimeConstant();
            if (refractory[j] > 0) {
                refractory[j]--;
                v[j] = x;
                recovery[j] = wn;
                continue;
            }
            double i = iext == null ? 0 : iext[j];
            for (double s : cur) {
                i += s;
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

    /**
     * The array that events through a synapse of this kind are added to: the delta ring of v, a
     * channel's ring, or for a direct (zero-delay) channel its variable s itself.
     */
    double[] ringFor(Synapse s) {
        if (s.kind() == SynapseKind.DELTA) {
            return deltaRing;
        }
        Channel c = channelFor(s);
        return c.ring != null ? c.ring : c.s;
    }

    /** Ring length seen by events of this synapse kind: 1 for a direct channel (always slot 0). */
    int ringLengthFor(Synapse s) {
        if (s.kind() == SynapseKind.DELTA) {
            return ringLength;
        }
        return channelFor(s).ring != null ? ringLength : 1;
    }

    Channel channelFor(Synapse s) {
        for (Channel c : channels) {
            if (c.synapse.equals(s)) {
                return c;
            }
        }
        throw new IllegalStateException("no channel for " + s);
    }
}
