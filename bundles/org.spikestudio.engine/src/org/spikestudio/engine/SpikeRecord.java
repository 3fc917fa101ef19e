// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * Spikes of one population, in order of step and, within a step, of neuron index. A spike in
 * step n has time n*dt (the start of the step in which the threshold was crossed, as Brian2).
 */
public record SpikeRecord(double dt, int[] steps, int[] neurons) {
    public int count() {
        return steps.length;
    }

    public double time(int k) {
        return steps[k] * dt;
    }
}
