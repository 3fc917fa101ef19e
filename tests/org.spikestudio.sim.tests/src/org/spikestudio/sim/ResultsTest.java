// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.spikestudio.engine.Simulation;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.PopulationStatistics;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.RunInfo;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.testing.NetworkFixture;
import org.spikestudio.testing.Examples;

/**
 * What a run reports: partial runs, statistics by hand, and agreement with the engine's own counts.
 * Tolerances: 1e-9 on rates of order 1..1e4 Hz and 1e-12 on CVs of order 1 cover the rounding of the
 * few double operations involved (a wrong bin width or count changes them by whole percent); counts are
 * compared exactly.
 */
class ResultsTest {

    @Test
    void cancelledRunIsPartialAndConsistentWithWhatWasSimulated() throws Exception {
        // cuba.snn: 10000 steps of 0.1 ms; the token turns true once progress was reported once.
        Network network = Examples.load("benchmarks/cuba.snn");
        ModelRun run = ModelRun.prepare(network, "cuba.snn", RunOptions.defaults());
        AtomicInteger progressCalls = new AtomicInteger();
        SimulationResult result = run.run((done, total) -> progressCalls.incrementAndGet(),
                () -> progressCalls.get() >= 1);
        Simulation sim = run.build();

        RunInfo info = result.info();
        assertTrue(info.partial());
        assertEquals(1000.0, info.requestedDurationMs(), 1e-9);
        assertTrue(info.steps() > 0 && info.steps() < 10000, "steps " + info.steps());
        assertEquals(sim.stepsDone(), info.steps());
        assertEquals(info.steps() * 0.1, info.simulatedMs(), 1e-9);
        assertTrue(info.simulatedMs() < info.requestedDurationMs());

        long total = 0;
        for (PopulationResult p : result.populations()) {
            var engine = run.compiled().populations().get(NetworkFixture.population(network, p.name()));
            long count = sim.spikeCount(engine);
            assertEquals(count, p.statistics().spikeCount(), p.name());
            assertEquals(count, p.spikes().count(), p.name() + ": every spike recorded");
            // Every spike lies within the simulated time.
            for (double t : p.spikes().timesMs(info.timeStepMs())) {
                assertTrue(t >= 0 && t < info.simulatedMs(), p.name() + " spike at " + t);
            }
            // The rate is over the simulated time, not the requested one.
            assertEquals(count / (p.size() * info.simulatedMs() / 1000.0), p.statistics().meanRateHz(), 1e-9);
            total += count;
        }
        assertTrue(total > 0, "CUBA fires from the first milliseconds (rest -49 mV lies above threshold -50 mV)");
        // Rate recorders (1 ms = 10 steps) cover the simulated steps only, and their spikes add up.
        for (RateTrace rate : result.rates()) {
            assertEquals((info.steps() + 9) / 10, rate.rateHz().length, rate.recorder());
            PopulationResult p = result.population(rate.population()).orElseThrow();
            double spikes = 0;
            for (int b = 0; b < rate.rateHz().length; b++) {
                double width = Math.min(10, info.steps() - 10L * b) * 0.1; // ms
                spikes += rate.rateHz()[b] * p.size() * width / 1000.0;
            }
            // The rates are spikes / (size * width): multiplying back recovers the count up to rounding.
            assertEquals(p.statistics().spikeCount(), spikes, 1e-6, rate.recorder());
        }
        // The state recorder sampled every simulated step.
        assertEquals(info.steps(), result.states().get(0).sampleCount());
    }

    @Test
    void singleNeuronStatisticsByHand() throws Exception {
        // 43 spikes in 100 ms of one neuron (see IndependentCheckTest): 43 / (1 * 0.1 s) = 430 Hz.
        // Every interval is 23 steps, so the CV is 0, exactly: intervals are counted in whole steps.
        SimulationResult result = TestModels.prepare("seed/single-neuron.snn", RunOptions.defaults())
                .run(null, () -> false);
        PopulationStatistics s = result.population("neuron").orElseThrow().statistics();
        assertEquals(43, s.spikeCount());
        assertEquals(430.0, s.meanRateHz(), 1e-9);
        assertEquals(0.0, s.cvIsi(), 0.0);
        assertEquals(1, s.neuronsInCv());
        // No rate recorder in the model: the default 1 ms rate of every population, 100 bins.
        assertEquals(1, result.rates().size());
        RateTrace rate = result.rates().get(0);
        assertNull(rate.recorder());
        assertEquals(100, rate.rateHz().length);
        // Bin [2, 3) ms holds the spike at 2.2 ms: 1 / (1 * 1 ms) = 1000 Hz; bin [0, 1) none.
        assertEquals(1000.0, rate.rateHz()[2], 1e-9);
        assertEquals(0.0, rate.rateHz()[0], 0.0);
    }

    @Test
    void populationStatisticsMatchTheEngineAndTheFormulaByHand() throws Exception {
        // 5 neurons of which the input drives only 0, 1 and 2 (5 nA: 43 spikes each in 100 ms, as the
        // single neuron); 3 and 4 never fire. exc has no spike recorder while inh has one.
        Network network = NetworkFixture.network();
        Population exc = NetworkFixture.population(network, "exc", 5, PopulationType.EXCITATORY);
        Population quiet = NetworkFixture.population(network, "quiet", 2, PopulationType.INHIBITORY);
        NetworkFixture.constantInput(network, "drive", exc, 5).getNeurons().addAll(java.util.List.of(0, 1, 2));
        var recorder = NetworkFixture.F.createSpikeRecorder();
        recorder.setName("quiet_spikes");
        recorder.setPopulation(quiet);
        network.getRecorders().add(recorder);
        ModelRun run = ModelRun.prepare(network, "net.snn", RunOptions.defaults());
        SimulationResult result = run.run(null, () -> false);

        PopulationResult e = result.population("exc").orElseThrow();
        assertFalse(e.spikesRecorded(), "a model with spike recorders records only those populations");
        assertEquals(3 * 43, e.statistics().spikeCount());
        assertEquals(3 * 43, run.build().spikeCount(run.compiled().populations().get(exc)));
        // 129 spikes / (5 neurons * 0.1 s) = 258 Hz.
        assertEquals(258.0, e.statistics().meanRateHz(), 1e-9);
        assertTrue(Double.isNaN(e.statistics().cvIsi()), "no trains, no CV");
        assertEquals(0, e.statistics().neuronsInCv());

        PopulationResult q = result.population("quiet").orElseThrow();
        assertTrue(q.spikesRecorded());
        assertEquals(0, q.statistics().spikeCount());
        assertEquals(0.0, q.statistics().meanRateHz(), 0.0);
        assertEquals(7, result.neuronCount());
        assertEquals(org.spikestudio.results.PopulationType.INHIBITORY, q.type());
        // Results name elements by their stable ids as well as their names.
        assertEquals(quiet.getId(), q.id());
        assertEquals(exc.getId(), e.id());
        assertEquals(exc.getId(), result.rates().get(0).populationId());
    }

    @Test
    void aRateRecorderOnOnePopulationLeavesTheDefaultRateForTheOthers() throws Exception {
        // population-100 with its 1 ms rate recorders replaced by a 5 ms one on exc only: exc gets 20 bins of 5 ms from the recorder,
        // inh keeps the default 100 bins of 1 ms. Both must sum to the population's spikes:
        // sum(rate * size * bin) = count, so sum(rate) = count / (size * bin in s).
        Network network = Examples.load("seed/population-100.snn");
        network.getRecorders().removeIf(org.spikestudio.model.RateRecorder.class::isInstance);
        org.spikestudio.model.RateRecorder recorder = org.spikestudio.model.SpikestudioFactory.eINSTANCE
                .createRateRecorder();
        recorder.setName("exc_rate5");
        recorder.setPopulation(NetworkFixture.population(network, "exc"));
        recorder.setBinWidth(5);
        network.getRecorders().add(recorder);
        SimulationResult result = ModelRun.prepare(network, "population-100.snn", RunOptions.defaults())
                .run(null, () -> false);
        assertEquals(2, result.rates().size(), result.rates().toString());
        RateTrace exc = result.rates().get(0);
        assertEquals("exc_rate5", exc.recorder());
        assertEquals(20, exc.rateHz().length);
        assertEquals(50, exc.binSteps());
        assertEquals(recorder.getId(), exc.recorderId());
        RateTrace inh = result.rates().get(1);
        assertEquals("inh", inh.population());
        assertNull(inh.recorder());
        assertEquals(100, inh.rateHz().length);
        double excSum = java.util.Arrays.stream(exc.rateHz()).sum();
        double inhSum = java.util.Arrays.stream(inh.rateHz()).sum();
        // Rounding of the sums only: 1e-9 relative.
        long excCount = result.population("exc").orElseThrow().statistics().spikeCount();
        long inhCount = result.population("inh").orElseThrow().statistics().spikeCount();
        assertTrue(excCount > 0 && inhCount > 0);
        assertEquals(excCount / (80 * 0.005), excSum, 1e-9 * excSum);
        assertEquals(inhCount / (20 * 0.001), inhSum, 1e-9 * inhSum);
    }
}
