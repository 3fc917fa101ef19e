// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spike statistics by hand. Tolerances: 1e-12 and 1e-9 cover the rounding of a few double operations. */
class SpikeStatisticsTest {

    @Test
    void meanCvIsiByHand() {
        // Neuron 0: regular, intervals 1, 1, 1 -> CV 0. Neuron 1: intervals 1 and 3, mean 2, population sd
        // sqrt(((1-2)^2 + (3-2)^2) / 2) = 1 -> CV 0.5. Neuron 2: 2 spikes (1 interval) -> excluded.
        // Neuron 3: none. Mean over the two neurons with >= 3 spikes: 0.25. In time order, interleaved.
        int[] steps = { 0, 1, 1, 2, 3, 4, 4, 4, 5 };
        int[] neurons = { 1, 0, 1, 0, 0, 0, 1, 2, 2 };
        double[] cv = SpikeStatistics.meanCvIsi(new SpikeTrains(steps, neurons), 4);
        assertEquals(0.25, cv[0], 1e-12);
        assertEquals(2, cv[1]);

        double[] single = SpikeStatistics.meanCvIsi(new SpikeTrains(new int[] { 0, 1, 4 }, new int[] { 0, 0, 0 }), 1);
        assertEquals(0.5, single[0], 1e-12);

        double[] none = SpikeStatistics.meanCvIsi(new SpikeTrains(new int[] { 1, 2, 3, 4 }, new int[] { 0, 1, 0, 1 }),
                2);
        assertTrue(Double.isNaN(none[0]), "no neuron with 3 spikes");
        assertEquals(0, none[1]);
        assertTrue(Double.isNaN(SpikeStatistics.meanCvIsi(new SpikeTrains(new int[0], new int[0]), 3)[0]));
    }

    @Test
    void aRegularTrainHasACvOfExactlyZero() {
        // Intervals of 23 steps: in ms (23 * 0.1) they would differ in the last bits; in steps they are equal.
        int[] steps = { 22, 45, 68, 91, 114 };
        assertEquals(0.0, SpikeStatistics.meanCvIsi(new SpikeTrains(steps, new int[5]), 1)[0], 0.0);
    }

    @Test
    void rateBinsByHandIncludingAShortLastBin() {
        // 7 steps of 0.5 ms, bins of 3 steps (1.5 ms), 2 neurons: [0,3) has 3 spikes, [3,6) none, and the
        // last bin [6,7) is one step (0.5 ms) with 4 spikes.
        // Rates: 3 / (2 * 1.5 ms) = 1000 Hz, 0 Hz, 4 / (2 * 0.5 ms) = 4000 Hz.
        int[] counts = { 1, 0, 2, 0, 0, 0, 4, 9, 9 }; // the trailing entries lie beyond the 7 steps
        RateTrace rate = SpikeStatistics.rate("r1", "r", "p1", "pop", 2, counts, 7, 3, 0.5);
        assertEquals(1.5, rate.binWidthMs(0.5), 1e-12);
        assertArrayEquals(new double[] { 0, 1.5, 3.0 }, rate.binStartsMs(0.5), 1e-12);
        assertArrayEquals(new double[] { 1000, 0, 4000 }, rate.rateHz(), 1e-9);
        assertEquals("r", rate.recorder());
        assertEquals("r1", rate.recorderId());
        assertEquals("pop", rate.population());
        assertEquals("p1", rate.populationId());
        // Whole bins only: 6 steps, 2 bins.
        assertArrayEquals(new double[] { 1000, 0 },
                SpikeStatistics.rate(null, null, null, "pop", 2, counts, 6, 3, 0.5).rateHz(), 1e-9);
    }

    @Test
    void intervalsByHandNeuronByNeuron() {
        // The trains of meanCvIsiByHand: neuron 0 spikes at 1, 2, 3, 4 -> 1, 1, 1; neuron 1 at 0, 1, 4 -> 1, 3;
        // neuron 2 at 4, 5 -> 1; neuron 3 never.
        int[] steps = { 0, 1, 1, 2, 3, 4, 4, 4, 5 };
        int[] neurons = { 1, 0, 1, 0, 0, 0, 1, 2, 2 };
        assertArrayEquals(new int[] { 1, 1, 1, 1, 3, 1 },
                SpikeStatistics.intervalSteps(new SpikeTrains(steps, neurons), 4));
        assertArrayEquals(new int[0], SpikeStatistics.intervalSteps(new SpikeTrains(new int[] { 7 }, new int[] { 0 }), 1));
    }

    @Test
    void binWidthsAreRoundedToWholeStepsAtLeastOne() {
        // dt 0.1 ms: 2.5 ms is 25 steps; 0.26 ms rounds to 3 steps; 0.04 ms would be 0 steps and becomes 1;
        // 0.3 / 0.1 is 2.9999999999999996 in doubles and must still give 3.
        assertEquals(25, RateTrace.binSteps(2.5, 0.1));
        assertEquals(3, RateTrace.binSteps(0.26, 0.1));
        assertEquals(1, RateTrace.binSteps(0.04, 0.1));
        assertEquals(3, RateTrace.binSteps(0.3, 0.1));
    }
}
