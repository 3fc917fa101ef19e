// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import java.util.Arrays;

/**
 * A population of identical leaky integrate-and-fire neurons advanced on a fixed time step.
 * State is kept as plain arrays (structure of arrays) so one step is a single pass over memory.
 */
public final class LifPopulation {

    private final LifParameters parameters;
    private final Integration integration;
    private final double dt;
    private final int refractorySteps;
    // Per-step constants of the chosen scheme: u' = u + (u_inf - u) * relaxation.
    private final double relaxation;

    private final double[] potential;
    private final int[] refractoryStepsLeft;

    /**
     * @param size        number of neurons, &gt;= 1
     * @param parameters  neuron parameters
     * @param integration integration scheme
     * @param dt          time step in ms, &gt; 0; for forward Euler also &lt; tau (else it diverges)
     */
    public LifPopulation(int size, LifParameters parameters, Integration integration, double dt) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, was " + size);
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("dt must be a finite number > 0 ms, was " + dt);
        }
        this.parameters = parameters;
        this.integration = integration;
        this.dt = dt;
        this.refractorySteps = (int) Math.round(parameters.refractoryPeriod() / dt);
        this.relaxation = switch (integration) {
            case FORWARD_EULER -> dt / parameters.tau();
            case EXACT -> -Math.expm1(-dt / parameters.tau());
        };
        if (integration == Integration.FORWARD_EULER && relaxation >= 1) {
            throw new IllegalArgumentException("forward Euler needs dt < tau = R*C (" + parameters.tau()
                    + " ms), was dt = " + dt + " ms; use exact integration or a smaller dt");
        }
        this.potential = new double[size];
        this.refractoryStepsLeft = new int[size];
        Arrays.fill(potential, parameters.restPotential());
    }

    public int size() {
        return potential.length;
    }

    public LifParameters parameters() {
        return parameters;
    }

    public Integration integration() {
        return integration;
    }

    public double dt() {
        return dt;
    }

    /** Membrane potential of neuron {@code i} in mV. */
    public double potential(int i) {
        return potential[i];
    }

    public void setPotential(int i, double millivolts) {
        potential[i] = millivolts;
    }

    /**
     * Advances every neuron by one step under the given input currents.
     *
     * @param current input current per neuron in nA, held constant over the step
     * @param spikes  receives the indices of the neurons that fired, in increasing order; must
     *                hold {@link #size()} entries
     * @return the number of neurons that fired
     */
    public int step(double[] current, int[] spikes) {
        final double r = parameters.resistance();
        final double rest = parameters.restPotential();
        final double reset = parameters.resetPotential();
        final double threshold = parameters.threshold();
        final double clamp = parameters.lowerClamp();
        int fired = 0;
        for (int i = 0; i < potential.length; i++) {
            if (refractoryStepsLeft[i] > 0) {
                refractoryStepsLeft[i]--;
                continue;
            }
            double u = potential[i];
            // For Euler this is the assignment's u += dt*(-(u - u_rest) + R*I)/(R*C), regrouped to share
            // one multiply with the exact scheme (results may differ from it in the last bit).
            u += (rest + r * current[i] - u) * relaxation;
            if (u < clamp) {
                u = clamp;
            }
            if (u >= threshold) {
                u = reset;
                refractoryStepsLeft[i] = refractorySteps;
                spikes[fired++] = i;
            }
            potential[i] = u;
        }
        return fired;
    }
}
