// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * Samples of one probe: {@code values[s][k]} is the value of neuron {@code neurons[k]} at time
 * {@code steps[s] * dt}, i.e. at the start of step {@code steps[s]} (for I_EXT: during it); see
 * {@link StateVariable}.
 */
public record StateRecord(int[] neurons, long[] steps, double[][] values) {
    /** The trace of the k-th recorded neuron. */
    public double[] trace(int k) {
        double[] out = new double[values.length];
        for (int s = 0; s < values.length; s++) {
            out[s] = values[s][k];
        }
        return out;
    }
}
