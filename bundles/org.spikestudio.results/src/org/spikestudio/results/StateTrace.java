// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

/**
 * The samples of one state recorder: {@code values[k][s]} is neuron {@code neurons[k]} of the
 * population in time step {@code steps[s]}.
 *
 * @param recorderId   the recorder's stable id, or null when not known
 * @param populationId the population's stable id, or null when not known
 */
public record StateTrace(String recorderId, String recorder, String populationId, String population,
        RecordedVariable variable, int[] neurons, int[] steps, double[][] values) {

    public int sampleCount() {
        return steps.length;
    }

    /** The sample times in ms, {@code steps[s] * dt}. */
    public double[] timesMs(double dt) {
        double[] times = new double[steps.length];
        for (int s = 0; s < times.length; s++) {
            times[s] = steps[s] * dt;
        }
        return times;
    }
}
