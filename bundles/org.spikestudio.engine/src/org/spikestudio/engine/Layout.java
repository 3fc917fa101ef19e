// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import java.util.ArrayList;
import java.util.List;

/** Sizes of everything the engine will allocate, computed from the builder before allocation. */
final class Layout {
    /** Per population: the distinct non-delta synapse kinds (one synaptic variable each). */
    final List<List<Synapse>> channels = new ArrayList<>();
    /** Per population and channel: largest delay in steps of the projections into it. */
    final List<List<Integer>> channelMaxDelay = new ArrayList<>();
    final boolean[] hasDelta;
    final int[] ringLength;
    final boolean[] hasCurrentInput;
    final long[] maxSynapses;
    long synapseEstimate;
    private long bytes;

    private Layout(NetworkBuilder b) {
        int np = b.populations.size();
        hasDelta = new boolean[np];
        ringLength = new int[np];
        hasCurrentInput = new boolean[np];
        maxSynapses = new long[b.projections.size()];
        int[] maxDelay = new int[np];
        for (int i = 0; i < np; i++) {
            channels.add(new ArrayList<>());
            channelMaxDelay.add(new ArrayList<>());
        }
        for (Projection p : b.projections) {
            int d = delaySteps(Math.max(0, p.delay.max()), b.dt);
            int c = addChannel(p.target.index, p.synapse);
            if (c >= 0) {
                channelMaxDelay.get(p.target.index).set(c, Math.max(channelMaxDelay.get(p.target.index).get(c), d));
            }
            maxDelay[p.target.index] = Math.max(maxDelay[p.target.index], d);
        }
        for (NetworkBuilder.Coupling c : b.couplings) {
            hasDelta[c.target().index] = true;
        }
        for (InputHandle h : b.inputs) {
            int pi = h.population.index;
            switch (h.input) {
                case Input.Poisson p -> addChannel(pi, p.synapse());
                case Input.SpikeSourceArray a -> addChannel(pi, a.synapse());
                default -> hasCurrentInput[pi] = true;
            }
        }
        for (int i = 0; i < np; i++) {
            ringLength[i] = (int) Limits.ringLength(maxDelay[i]);
        }
        // Bytes.
        long total = 0;
        for (Population p : b.populations) {
            long n = p.size;
            long perNeuron = 8 + 4 + 2 * 4; // v, refractory counter, two spike buffers
            if (!(p.model instanceof NeuronModel.Lif)) {
                perNeuron += 8; // u or w
            }
            if (hasCurrentInput[p.index]) {
                perNeuron += 8;
            }
            for (int c = 0; c < channels.get(p.index).size(); c++) {
                perNeuron += 8L * (1 + (isDirect(p.index, c) ? 0 : ringLength[p.index]));
            }
            if (hasDelta[p.index]) {
                perNeuron += 8L * ringLength[p.index];
            }
            total += n * perNeuron;
            if (p.recordRate) {
                total += 64;
            }
        }
        for (Projection p : b.projections) {
            long n = p.source.size;
            long m = p.target.size;
            long self = p.excludesSelf() ? n : 0;
            long count = switch (p.connectivity) {
                case Connectivity.FixedProbability(double prob) -> Limits.fixedProbabilityReserve((double) n * m - self,
                        prob);
                default -> b.expectedSynapseCount(p);
            };
            maxSynapses[p.index] = count;
            synapseEstimate += count;
            long perSynapse = 4;
            if (!p.weight.isConstant()) {
                perSynapse += 8;
            }
            if (!p.delay.isConstant()) {
                perSynapse += 2;
            }
            long projBytes = count * perSynapse + 4 * (n + 1);
            if (p.connectivity instanceof Connectivity.FixedInDegree
                    || p.connectivity instanceof Connectivity.Explicit) {
                projBytes *= 2; // target-major scratch copy before the transpose into rows by source
            }
            total += projBytes;
        }
        for (StateProbe probe : b.probes) {
            total += 4L * probe.neurons.length + 64;
        }
        bytes = total;
    }

    /** Returns the channel index, or -1 for delta synapses (they act on v through its own ring). */
    private int addChannel(int population, Synapse s) {
        if (s.kind() == SynapseKind.DELTA) {
            hasDelta[population] = true;
            return -1;
        }
        int c = channels.get(population).indexOf(s);
        if (c < 0) {
            channels.get(population).add(s);
            channelMaxDelay.get(population).add(0);
            c = channels.get(population).size() - 1;
        }
        return c;
    }

    /**
     * A channel whose synapses all have zero delay needs no ring: events of step n are added to s
     * directly after the update of step n, which is when the ring slot would have been consumed.
     */
    boolean isDirect(int population, int channel) {
        return channelMaxDelay.get(population).get(channel) == 0;
    }

    static int delaySteps(double ms, double dt) {
        return (int) Math.round(ms / dt);
    }

    static Layout of(NetworkBuilder b) {
        return new Layout(b);
    }

    long totalBytes() {
        return bytes;
    }
}
