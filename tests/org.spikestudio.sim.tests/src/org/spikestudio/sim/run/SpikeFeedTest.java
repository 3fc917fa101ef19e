// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.sim.RunOptions;
import org.spikestudio.sim.run.RunOutcome.Status;
import org.spikestudio.testing.Examples;

/**
 * The spike batches a run hands a live view: together exactly the result's recorded spikes, each
 * holding only the steps since the previous one, the last one before {@code simulated()}, and a run
 * that feeds them gives the same spikes as one that does not.
 */
class SpikeFeedTest {

    /** Keeps every batch and notes where in the sequence of events it came. */
    private static class Collector implements RunListener {
        final List<SpikeBatch> batches = new ArrayList<>();
        final List<String> events = new ArrayList<>();

        @Override
        public void spikes(SpikeBatch batch) {
            batches.add(batch);
            events.add("spikes");
        }

        @Override
        public void simulated() {
            events.add("simulated");
        }
    }

    private static RunRequest request(String example, Path out, int threads) {
        return RunRequest.of(Examples.path(example), out, "test").withFormats(Set.of())
                .withOptions(RunOptions.defaults().withThreads(threads));
    }

    /** The batches' spikes of the population with this id, joined in order. */
    private static int[][] joined(List<SpikeBatch> batches, String id) {
        List<SpikeBatch.Population> parts = batches.stream().flatMap(b -> b.populations().stream())
                .filter(p -> p.id().equals(id)).toList();
        int n = parts.stream().mapToInt(p -> p.steps().length).sum();
        int[] steps = new int[n];
        int[] neurons = new int[n];
        int k = 0;
        for (SpikeBatch.Population p : parts) {
            System.arraycopy(p.steps(), 0, steps, k, p.steps().length);
            System.arraycopy(p.neurons(), 0, neurons, k, p.neurons().length);
            k += p.steps().length;
        }
        return new int[][] { steps, neurons };
    }

    /** Batches cover consecutive step ranges and name the result's spike-recording populations in order. */
    private static void assertWellFormed(List<SpikeBatch> batches, SimulationResult result) {
        List<PopulationResult> recorded = result.populations().stream().filter(PopulationResult::spikesRecorded)
                .toList();
        long previous = 0;
        for (SpikeBatch b : batches) {
            assertEquals(result.info().timeStepMs(), b.dt());
            assertEquals(recorded.size(), b.populations().size());
            assertTrue(b.stepsDone() >= previous, "stepsDone never goes back");
            for (int i = 0; i < recorded.size(); i++) {
                SpikeBatch.Population p = b.populations().get(i);
                assertEquals(recorded.get(i).id(), p.id());
                assertEquals(recorded.get(i).name(), p.name());
                assertEquals(recorded.get(i).size(), p.size());
                for (int step : p.steps()) {
                    assertTrue(step >= previous && step < b.stepsDone(),
                            p.name() + ": step " + step + " outside [" + previous + ", " + b.stepsDone() + ")");
                }
            }
            previous = b.stepsDone();
        }
        assertEquals(result.info().steps(), batches.getLast().stepsDone(), "the last batch ends with the run");
    }

    private static void assertBatchesHoldTheResultsSpikes(List<SpikeBatch> batches, SimulationResult result) {
        int spikes = 0;
        for (PopulationResult p : result.populations()) {
            if (p.spikesRecorded()) {
                int[][] joined = joined(batches, p.id());
                assertArrayEquals(p.spikes().steps(), joined[0], p.name());
                assertArrayEquals(p.spikes().neurons(), joined[1], p.name());
                spikes += p.spikes().count();
            }
        }
        assertTrue(spikes > 50, "the test needs spikes, has " + spikes);
    }

    @ParameterizedTest
    @CsvSource({ "seed/population-100.snn, 1, 1000", "seed/population-100.snn, 2, 1000",
            "seed/three-populations.snn, 1, 800", "seed/three-populations.snn, 2, 800" })
    void oneBatchPerBlockAddsUpToTheResultsSpikes(String example, int threads, int steps, @TempDir Path tmp) {
        Collector collector = new Collector();
        RunOutcome outcome = new RunPipeline(request(example, tmp.resolve("out"), threads), 0).run(collector,
                () -> false);
        assertEquals(Status.COMPLETED, outcome.status(), outcome.messages().toString());
        SimulationResult result = outcome.result();
        assertEquals(threads, result.info().threads());
        // Blocks of 100 steps, each followed by a batch, then the final one (empty here).
        assertEquals(steps / 100 + 1, collector.batches.size());
        assertEquals(steps, collector.batches.getFirst().stepsTotal());
        assertTrue(collector.batches.stream().filter(b -> b.populations().stream().anyMatch(p -> p.steps().length > 0))
                .count() > 3, "spikes arrive over many batches");
        assertWellFormed(collector.batches, result);
        assertBatchesHoldTheResultsSpikes(collector.batches, result);
        assertEquals("simulated", collector.events.getLast(), "every batch comes before simulated()");
    }

    @ParameterizedTest
    @CsvSource({ "seed/population-100.snn, 1", "seed/population-100.snn, 2", "seed/three-populations.snn, 1",
            "seed/three-populations.snn, 2" })
    void withTheDefaultIntervalTheBatchesStillHoldEverySpikeAndTheSpikesAreThoseOfARunWithoutThem(String example,
            int threads, @TempDir Path tmp) {
        Collector collector = new Collector();
        RunOutcome live = new RunPipeline(request(example, tmp.resolve("live"), threads)).run(collector, () -> false);
        RunOutcome plain = new RunPipeline(request(example, tmp.resolve("plain"), threads)).run(new RunListener() {
        }, () -> false);
        assertEquals(Status.COMPLETED, live.status());
        assertFalse(collector.batches.isEmpty(), "at least the final batch");
        assertWellFormed(collector.batches, live.result());
        assertBatchesHoldTheResultsSpikes(collector.batches, live.result());
        for (int i = 0; i < plain.result().populations().size(); i++) {
            PopulationResult p = plain.result().populations().get(i);
            PopulationResult l = live.result().populations().get(i);
            assertNotNull(p.spikes());
            assertArrayEquals(p.spikes().steps(), l.spikes().steps(), p.name());
            assertArrayEquals(p.spikes().neurons(), l.spikes().neurons(), p.name());
        }
    }

    @Test
    void aCancelledRunsBatchesHoldItsPartialSpikes(@TempDir Path tmp) {
        Collector collector = new Collector();
        int[] blocks = { 0 };
        RunOutcome outcome = new RunPipeline(request("seed/population-100.snn", tmp.resolve("out"), 2), 0)
                .run(collector, () -> ++blocks[0] == 4);
        assertEquals(Status.PARTIAL, outcome.status());
        assertEquals(400, outcome.result().info().steps());
        assertWellFormed(collector.batches, outcome.result());
        assertBatchesHoldTheResultsSpikes(collector.batches, outcome.result());
    }

    @Test
    void aListenerThatDoesNotOverrideSpikesGetsNoBatchesBuilt(@TempDir Path tmp) {
        assertFalse(new RunListener() {
        }.wantsSpikes(), "the command line's kind of listener");
        assertTrue(new Collector().wantsSpikes());
        assertTrue(new Collector() {
        }.wantsSpikes(), "a subclass of a listener that overrides spikes");
        // One that overrides spikes but says it does not want them is not fed.
        Collector refusing = new Collector() {
            @Override
            public boolean wantsSpikes() {
                return false;
            }
        };
        RunOutcome outcome = new RunPipeline(request("seed/population-100.snn", tmp.resolve("out"), 1), 0)
                .run(refusing, () -> false);
        assertEquals(Status.COMPLETED, outcome.status());
        assertEquals(List.of("simulated"), refusing.events);
    }
}
