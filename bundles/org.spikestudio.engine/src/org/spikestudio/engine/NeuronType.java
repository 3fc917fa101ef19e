// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * Dale's principle: the sign of every synapse leaving a population. Weights are magnitudes;
 * delta and current synapses of an {@link #INHIBITORY} source subtract them. Conductance synapses
 * always add the weight to the conductance (the reversal potential gives the effect its sign).
 */
public enum NeuronType {
    EXCITATORY, INHIBITORY;

    public int sign() {
        return this == EXCITATORY ? 1 : -1;
    }
}
