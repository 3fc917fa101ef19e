// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Checks the LIF kernel against closed-form solutions computed independently of the kernel.
 * Tolerances: 1e-12 mV where only floating-point rounding separates the two sides (a few
 * hundred operations on numbers of order 1), larger bounds where the theory gives one.
 */
class LifPopulationTest {

    private static final double ROUNDING = 1e-12;

    @Test
    void firstEulerStepsOfTheAssignmentNeuronMatchAHandCalculation() {
        // R = 1, C = 10, dt = 0.1, I = 5, u0 = 0: u += 0.1 * (-(u - 0) + 5) / 10
        LifPopulation neuron = new LifPopulation(1, LifParameters.assignmentDefaults(), Integration.FORWARD_EULER, 0.1);
        double[] expected = { 0.05, 0.0995, 0.148505 };
        for (double u : expected) {
            neuron.step(new double[] { 5 }, new int[1]);
            assertEquals(u, neuron.potential(0), ROUNDING);
        }
    }

    @Test
    void eulerSpikesAtTheStepGivenByTheDiscreteClosedForm() {
        // Forward Euler on a linear ODE has the closed form u_n = u_inf - (u_inf - u_0)(1 - dt/tau)^n,
        // so the first step with u_n >= theta is ceil(ln((u_inf - theta)/(u_inf - u_0)) / ln(1 - dt/tau)).
        double dt = 0.1;
        double tau = 10;
        double uInf = 5;
        double theta = 1;
        int expectedSteps = (int) Math.ceil(Math.log((uInf - theta) / uInf) / Math.log(1 - dt / tau));
        assertEquals(23, expectedSteps); // ln(0.8)/ln(0.99) = 22.2

        List<Integer> spikeSteps = spikeSteps(
                new LifPopulation(1, LifParameters.assignmentDefaults(), Integration.FORWARD_EULER, dt), 5, 100);
        // Reset to 0 equals the start value, so every interval repeats the first one.
        for (int k = 0; k < spikeSteps.size(); k++) {
            assertEquals((k + 1) * expectedSteps, spikeSteps.get(k));
        }
        assertEquals(100 / expectedSteps, spikeSteps.size());
    }

    @Test
    void eulerPeriodApproachesTheContinuousPeriodAsDtShrinks() {
        // Continuous period tau*ln(RI/(RI - theta)) = 10 ln(5/4) = 2.2314 ms. The Euler spike comes at
        // the first step past an O(dt)-shifted crossing, so |T_dt - T| is below 2*dt and shrinks with dt.
        double period = 10 * Math.log(5.0 / 4.0);
        double previousError = Double.MAX_VALUE;
        for (double dt : new double[] { 0.1, 0.01, 0.001 }) {
            List<Integer> steps = spikeSteps(
                    new LifPopulation(1, LifParameters.assignmentDefaults(), Integration.FORWARD_EULER, dt), 5,
                    (int) Math.round(10 / dt));
            double measured = steps.get(0) * dt;
            double error = Math.abs(measured - period);
            assertTrue(error <= 2 * dt, "dt=" + dt + ": period " + measured + " vs " + period);
            assertTrue(error < previousError, "error must shrink with dt");
            previousError = error;
        }
    }

    @Test
    void exactIntegrationFollowsTheExponentialRelaxation() {
        // Subthreshold (threshold 100 mV): u(t) = u_inf + (u_0 - u_inf) exp(-t/tau), u_inf = u_rest + R I.
        LifParameters p = new LifParameters(2, 5, -65, -70, 100, 0, Double.NEGATIVE_INFINITY);
        double current = 3; // u_inf = -65 + 6 = -59 mV
        LifPopulation neuron = new LifPopulation(1, p, Integration.EXACT, 0.25);
        for (int n = 1; n <= 400; n++) {
            neuron.step(new double[] { current }, new int[1]);
            double t = n * 0.25;
            // Values of order 60 mV over 400 steps: accumulated rounding below 400 * 60 * 2^-52 = 5e-12 mV.
            assertEquals(-59 + (-65 + 59) * Math.exp(-t / 10), neuron.potential(0), 1e-10, "t=" + t);
        }
    }

    @Test
    void subthresholdPotentialConvergesToRestPlusRTimesI() {
        for (Integration scheme : Integration.values()) {
            LifPopulation neuron = new LifPopulation(1, LifParameters.assignmentDefaults(), scheme, 0.1);
            for (int n = 0; n < 10_000; n++) { // 1000 ms = 100 tau: distance e^-100 is far below rounding
                neuron.step(new double[] { 0.8 }, new int[1]);
            }
            assertEquals(0.8, neuron.potential(0), ROUNDING, scheme.name());
        }
    }

    @Test
    void refractoryPeriodHoldsThePotentialAtResetForWholeSteps() {
        // dt = 0.1, t_ref = 2 ms = 20 steps. Exact integration from reset 0 with u_inf = 5 reaches 1 after
        // t* = tau ln(5/4) = 2.2314 ms, i.e. at step ceil(22.314) = 23; so every interval is 20 + 23 steps.
        LifParameters p = new LifParameters(1, 10, 0, 0, 1, 2, 0);
        List<Integer> spikes = spikeSteps(new LifPopulation(1, p, Integration.EXACT, 0.1), 5, 200);
        assertEquals(23, spikes.get(0));
        for (int k = 1; k < spikes.size(); k++) {
            assertEquals(43, spikes.get(k) - spikes.get(k - 1));
        }
    }

    @Test
    void lowerClampKeepsThePotentialAtRestUnderNegativeInput() {
        LifPopulation neuron = new LifPopulation(1, LifParameters.assignmentDefaults(), Integration.FORWARD_EULER, 0.1);
        neuron.step(new double[] { -50 }, new int[1]);
        assertEquals(0, neuron.potential(0));
    }

    @Test
    void neuronsOfOnePopulationEvolveIndependently() {
        LifPopulation population = new LifPopulation(3, LifParameters.assignmentDefaults(), Integration.FORWARD_EULER,
                0.1);
        LifPopulation single = new LifPopulation(1, LifParameters.assignmentDefaults(), Integration.FORWARD_EULER, 0.1);
        int[] spikes = new int[3];
        List<String> firedTogether = new ArrayList<>();
        for (int n = 1; n <= 50; n++) {
            int fired = population.step(new double[] { 0, 5, 20 }, spikes);
            single.step(new double[] { 5 }, new int[1]);
            assertEquals(single.potential(0), population.potential(1));
            assertEquals(0, population.potential(0));
            if (fired == 2) {
                firedTogether.add(Arrays.toString(Arrays.copyOf(spikes, fired)));
            }
        }
        // I = 20 fires every ceil(ln(19/20)/ln(0.99)) = 6 steps and I = 5 every 23: both at step 138 at the
        // earliest, so within 50 steps they never fire in the same step.
        assertTrue(firedTogether.isEmpty());
        int[] onlyFast = new int[3];
        LifPopulation fresh = new LifPopulation(3, LifParameters.assignmentDefaults(), Integration.FORWARD_EULER, 0.1);
        int fired = 0;
        for (int n = 1; n <= 6; n++) {
            fired = fresh.step(new double[] { 0, 5, 20 }, onlyFast);
        }
        assertArrayEquals(new int[] { 2 }, Arrays.copyOf(onlyFast, fired));
    }

    @Test
    void invalidParametersAreRejectedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LifParameters(1, 10, 0, 1, 1, 0, 0));
        assertTrue(e.getMessage().contains("threshold"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new LifParameters(Double.NaN, 10, 0, 0, 1, 0, 0));
        assertTrue(e.getMessage().contains("resistance"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new LifPopulation(1, LifParameters.assignmentDefaults(), Integration.FORWARD_EULER, 20));
        assertTrue(e.getMessage().contains("dt < tau"), e.getMessage());
    }

    private static List<Integer> spikeSteps(LifPopulation neuron, double current, int steps) {
        List<Integer> result = new ArrayList<>();
        int[] spikes = new int[neuron.size()];
        double[] input = new double[neuron.size()];
        Arrays.fill(input, current);
        for (int n = 1; n <= steps; n++) {
            if (neuron.step(input, spikes) > 0) {
                result.add(n);
            }
        }
        return result;
    }
}
