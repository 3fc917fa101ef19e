// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

/**
 * The samples of one state recorder: {@code values[k][s]} is neuron {@code neurons[k]} of the
 * population at {@code timesMs[s]}.
 */
public record StateTrace(String recorder, String population, RecordedVariable variable, int[] neurons,
        double[] timesMs, double[][] values) {

    public int sampleCount() {
        return timesMs.length;
    }
}
