// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.run;

import java.util.List;

/**
 * The spikes recorded since the previous batch, for views that fill in while a run goes. A run
 * hands batches to {@link RunListener#spikes} (see there when); the arrays are copies the receiver
 * owns.
 *
 * @param stepsDone   steps simulated so far (the batch covers steps before this one)
 * @param stepsTotal  steps of the whole run
 * @param dt          the time step in ms (a spike of step n is at n dt)
 * @param populations one entry per population that records spikes, in model order; an entry with
 *                    no new spikes has empty arrays
 */
public record SpikeBatch(long stepsDone, long stepsTotal, double dt, List<Population> populations) {

    public SpikeBatch {
        populations = List.copyOf(populations);
    }

    /**
     * New spikes of one population.
     *
     * @param id      the population's element id (as in the results' records)
     * @param name    the population's name
     * @param size    its number of neurons
     * @param steps   the step of each new spike, in time order
     * @param neurons the neuron index (0 .. size-1) of each new spike, as many as {@code steps}
     */
    public record Population(String id, String name, int size, int[] steps, int[] neurons) {
        public Population {
            if (steps.length != neurons.length) {
                throw new IllegalArgumentException(name + ": " + steps.length + " steps but " + neurons.length
                        + " neurons");
            }
        }
    }
}
