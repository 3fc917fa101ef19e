// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.engine.Integration;
import org.spikestudio.engine.LifParameters;
import org.spikestudio.engine.ModelRefusedException;
import org.spikestudio.engine.NeuronModel;
import org.spikestudio.plots.ImageFormat;
import org.spikestudio.results.io.ResultFolder;
import org.spikestudio.results.io.ResultReader;
import org.spikestudio.sim.CompiledNetwork;
import org.spikestudio.sim.RunOptions;
import org.spikestudio.sim.run.RunOutcome.Status;
import org.spikestudio.testing.Examples;

/** The run pipeline's outcomes, its events, and the folder it leaves (or does not leave) behind. */
class RunPipelineTest {

    /** Records the listener's events by name, progress once. */
    private static final class Events implements RunListener {
        final List<String> names = new ArrayList<>();

        @Override
        public void compiled(CompiledNetwork network) {
            names.add("compiled");
        }

        @Override
        public void starting(CompiledNetwork network) {
            names.add("starting");
        }

        @Override
        public void simulating(CompiledNetwork network) {
            names.add("simulating");
        }

        @Override
        public void progress(long stepsDone, long stepsTotal) {
            if (!names.contains("progress")) {
                names.add("progress");
            }
        }

        @Override
        public void simulated() {
            names.add("simulated");
        }
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCompletedRunWritesTheWholeFolderThatReadsBack(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("deep/out");
        RunRequest request = RunRequest.of(Examples.path("seed/population-100.snn"), out, "7.7")
                .withFormats(Set.of(ImageFormat.SVG));
        Events events = new Events();
        RunOutcome outcome = new RunPipeline(request).run(events, () -> false);

        assertEquals(Status.COMPLETED, outcome.status(), outcome.messages().toString());
        assertTrue(outcome.status().wroteResults());
        assertEquals(List.of("compiled", "starting", "simulating", "progress", "simulated"), events.names);
        assertEquals(out.toAbsolutePath(), outcome.directory());
        // The files returned are exactly the folder's, no staging folder left, and the summary lists them.
        assertEquals(listing(out), outcome.files().stream().map(p -> p.getFileName().toString()).sorted().toList());
        assertTrue(outcome.files().stream().allMatch(Files::isRegularFile));
        assertTrue(listing(out).contains("raster.svg") && !listing(out).contains("raster.png"), listing(out).toString());
        ResultFolder folder = ResultReader.read(out);
        assertEquals("7.7", folder.spikestudioVersion());
        assertEquals(listing(out), folder.files().stream().sorted().toList());
        assertEquals(outcome.result().info().steps(), folder.result().info().steps());
        assertEquals(1000, folder.result().info().steps());
    }

    @Test
    void aCancelledRunIsPartialAndStillWritten(@TempDir Path tmp) throws Exception {
        // single-neuron: 1000 steps; progress comes every block of 100 steps, the token turns true at the first.
        Events events = new Events();
        RunOutcome outcome = new RunPipeline(RunRequest.of(Examples.path("seed/single-neuron.snn"),
                tmp.resolve("out"), "1")).run(events, () -> events.names.contains("progress"));
        assertEquals(Status.PARTIAL, outcome.status());
        assertTrue(outcome.result().info().steps() < 1000, "steps " + outcome.result().info().steps());
        assertTrue(ResultReader.read(tmp.resolve("out")).result().info().partial());
    }

    @Test
    void anInvalidOrUnreadableModelRunsNothingAndLeavesNoFolder(@TempDir Path tmp) throws Exception {
        Path broken = tmp.resolve("broken.snn");
        String text = Files.readString(Examples.path("seed/single-neuron.snn"));
        Files.writeString(broken, text.replace("name=\"neuron\" size=\"1\"", "name=\"neuron\" size=\"0\""));
        Events events = new Events();
        RunOutcome invalid = new RunPipeline(RunRequest.of(broken, tmp.resolve("a"), "1")).run(events, () -> false);
        assertEquals(Status.INVALID, invalid.status());
        assertTrue(invalid.problems().stream().anyMatch(p -> p.isError() && p.line() == 5), invalid.problems().toString());
        assertEquals(List.of(), events.names, "nothing compiled");
        assertFalse(Files.exists(tmp.resolve("a")));

        Path garbage = tmp.resolve("garbage.snn");
        Files.writeString(garbage, "not a model");
        RunOutcome unreadable = new RunPipeline(RunRequest.of(garbage, tmp.resolve("b"), "1")).run(events, () -> false);
        assertEquals(Status.UNREADABLE, unreadable.status());
        assertFalse(unreadable.problems().isEmpty());
        assertFalse(Files.exists(tmp.resolve("b")));
    }

    @Test
    void aBadOverrideAndANetworkTooLargeForTheMemoryLimitAreOutcomesNotExceptions(@TempDir Path tmp) {
        Path cuba = Examples.path("benchmarks/cuba.snn");
        RunOutcome badDuration = new RunPipeline(RunRequest.of(cuba, tmp.resolve("a"), "1")
                .withOptions(RunOptions.defaults().withDuration(0.05))).run(new Events(), () -> false);
        assertEquals(Status.BAD_OPTIONS, badDuration.status());
        assertTrue(badDuration.message().startsWith("duration 0.05 ms"), badDuration.message());

        // cuba: 4000 neurons and about 320 000 synapses cannot fit in 64 KiB; the folder it opened is removed.
        RunOutcome tooLarge = new RunPipeline(RunRequest.of(cuba, tmp.resolve("b/c"), "1")
                .withOptions(RunOptions.defaults().withMemoryLimit(64 * 1024))).run(new Events(), () -> false);
        assertEquals(Status.TOO_LARGE, tooLarge.status());
        assertNotNull(tooLarge.compiled());
        assertTrue(tooLarge.message().contains("more than the limit of 64.0 KiB"), tooLarge.message());
        assertFalse(Files.exists(tmp.resolve("b")), "the folders the run created are gone");
    }

    @Test
    void theEngineRefusesModelContentWithItsOwnTypeAndABugWithAPlainIllegalArgument() {
        // tau = R*C = 10 ms: forward Euler with dt = 20 ms would be unstable, a bad model...
        NeuronModel unstable = new NeuronModel.Lif(LifParameters.assignmentDefaults(), Integration.FORWARD_EULER);
        assertInstanceOf(ModelRefusedException.class, assertThrows(IllegalArgumentException.class,
                () -> unstable.validate("population 'p'", 20)));
        // ...while a null parameter set is the caller's bug.
        NeuronModel missing = new NeuronModel.Lif(null, Integration.FORWARD_EULER);
        IllegalArgumentException bug = assertThrows(IllegalArgumentException.class, () -> missing.validate("p", 0.1));
        assertFalse(bug instanceof ModelRefusedException, bug.toString());
    }
}
