// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * A request to sample one variable of chosen neurons every {@code every} steps (steps 0, every,
 * 2 every, ... below the number of steps run). The sample of step n is the value at t = n dt, taken
 * at the start of step n before its update (see {@link StateVariable}); a synaptic variable
 * ({@link NetworkBuilder#recordSynaptic}) likewise includes the events delivered at the end of step
 * n-1. Read the samples with {@link Simulation#stateRecord(StateProbe)}.
 */
public final class StateProbe {
    final int index;
    final Population population;
    final StateVariable variable;
    final Projection synapticOf;
    final int every;
    final int[] neurons;

    StateProbe(int index, Population population, StateVariable variable, Projection synapticOf, int every,
            int[] neurons) {
        this.index = index;
        this.population = population;
        this.variable = variable;
        this.synapticOf = synapticOf;
        this.every = every;
        this.neurons = neurons;
    }

    public Population population() {
        return population;
    }

    /** The variable, or null when this probe samples the synaptic variable of {@link #synapticOf()}. */
    public StateVariable variable() {
        return variable;
    }

    public Projection synapticOf() {
        return synapticOf;
    }

    public int every() {
        return every;
    }

    public int[] neurons() {
        return neurons.clone();
    }
}
