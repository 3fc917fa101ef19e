// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * A population in a {@link NetworkBuilder}: a handle used to connect, stimulate and record it, and
 * to read its results from the built {@link Simulation}. Neurons are numbered 0..size-1.
 */
public final class Population {
    final NetworkBuilder owner;
    final int index;
    final String name;
    final int size;
    final NeuronModel model;
    final NeuronType type;
    Distribution initialPotential;
    Distribution initialRecovery;
    double[] initialPotentials;
    boolean recordSpikes;
    boolean jumpsDuringRefractoriness = true;
    boolean recordRate;

    Population(NetworkBuilder owner, int index, String name, int size, NeuronModel model, NeuronType type) {
        this.owner = owner;
        this.index = index;
        this.name = name;
        this.size = size;
        this.model = model;
        this.type = type;
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    public NeuronModel model() {
        return model;
    }

    public NeuronType type() {
        return type;
    }

    /** Initial membrane potential, drawn per neuron from streams keyed by (seed, population, neuron). */
    public Population initialPotential(Distribution d) {
        owner.checkOpen();
        d.validate("population '" + name + "'", "initialPotential", false);
        this.initialPotential = d;
        return this;
    }

    /** Initial membrane potential per neuron (mV), e.g. from a model file; length = size. */
    public Population initialPotentials(double[] values) {
        owner.checkOpen();
        String where = "population '" + name + "'";
        if (values.length != size) {
            throw Check.fail(where, "initialPotentials length", values.length, "must equal the size " + size);
        }
        for (int i = 0; i < values.length; i++) {
            Check.finite(where, "initialPotentials[" + i + "]", values[i]);
        }
        this.initialPotentials = values.clone();
        this.initialPotential = null;
        return this;
    }

    /** Initial Izhikevich u / AdEx w (default b*c for Izhikevich, 0 for AdEx). */
    public Population initialRecovery(Distribution d) {
        owner.checkOpen();
        d.validate("population '" + name + "'", "initialRecovery", false);
        this.initialRecovery = d;
        return this;
    }

    /**
     * Whether delta jumps (delta synapses, spike inputs, couplings) that arrive while a neuron is
     * refractory change its potential. Default true: the jump is kept and the potential continues
     * from it when integration resumes. False discards them, as NEST's iaf_psc_delta and as Brian2
     * 2.5.1 for a variable marked {@code (unless refractory)}: Brian2 makes such a variable a
     * "conditional write" on not_refractory, so {@code on_pre='v += w'} has no effect while the
     * target is refractory (verified on Brian2 2.5.1, see bench/RESULTS.md).
     */
    public Population jumpsDuringRefractoriness(boolean keep) {
        owner.checkOpen();
        jumpsDuringRefractoriness = keep;
        return this;
    }

    /** Record every spike (step and neuron). */
    public Population recordSpikes() {
        owner.checkOpen();
        recordSpikes = true;
        return this;
    }

    /** Record the number of spikes of the population in every step. */
    public Population recordRate() {
        owner.checkOpen();
        recordRate = true;
        return this;
    }

    @Override
    public String toString() {
        return "population '" + name + "' (" + size + ")";
    }
}
