// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import java.util.List;

import org.spikestudio.engine.internal.Keyed;

/**
 * The state of one population as structure of arrays, updated by its {@link Kernel}. Deliveries
 * that are due at the end of step n-1 wait in ring slot (n-1) mod L and are added at the start of
 * step n (before integration). This is the same as adding them at the end of step n-1, and it saves a
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
    private final LifParameters lifParameters; // null unless LIF: its lower clamp
    private final Kernel kernel;

    static final class Channel {
        final Synapse synapse;
        final double[] s;
        final double[] ring;
        final double decay;

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
        lifParameters = spec.model instanceof NeuronModel.Lif l ? l.parameters() : null;
        kernel = Kernel.of(this, dt); // reads the arrays above, not their values
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
        return kernel.update(lo, hi, slot(n - 1) * size, out);
    }

    /** Which kernel updates this population (see {@link Kernel#name()}). */
    String kernelName() {
        return kernel.name();
    }

    /**
     * Adds this step's deliveries to the synaptic variables of neuron j, returns the values of the
     * step's start in cur[] (currents) and cond[] (conductances), and decays them for the next step.
     */
    void takeSynaptic(int j, int base, double[] cur, double[] cond) {
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
