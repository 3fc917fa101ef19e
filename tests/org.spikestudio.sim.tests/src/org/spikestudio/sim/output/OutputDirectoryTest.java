// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.model.Network;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.results.ModelSource;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.io.ResultFiles;
import org.spikestudio.sim.ModelRun;
import org.spikestudio.sim.RunOptions;
import org.spikestudio.testing.Examples;

/** A results directory written all or nothing, without touching files that are not the result's. */
class OutputDirectoryTest {

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void commitMovesTheStagedFilesInAndRemovesTheStagingFolder(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("results");
        List<Path> committed;
        try (OutputDirectory output = OutputDirectory.open(out)) {
            assertTrue(Files.isDirectory(out), "created at open, before anything is simulated");
            assertEquals(out, output.directory());
            assertEquals(tmp, output.staging().getParent(), "staging beside the directory (same file system)");
            assertTrue(output.staging().getFileName().toString().startsWith("."), "hidden");
            Files.writeString(output.staging().resolve("a.csv"), "1\n");
            Files.writeString(output.staging().resolve("b.csv"), "2\n");
            assertEquals(Set.of(), names(out), "nothing visible yet");
            committed = output.commit();
        }
        assertEquals(List.of(out.resolve("a.csv"), out.resolve("b.csv")), committed);
        assertEquals(Set.of("a.csv", "b.csv"), names(out), "close() after commit keeps all");
        assertEquals(Set.of("results"), names(tmp), "no staging folder or lock file left beside it");
        assertEquals("2\n", Files.readString(out.resolve("b.csv")));
    }

    @Test
    void abortLeavesNothingAndRemovesTheDirectoryItCreated(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("new");
        OutputDirectory output = OutputDirectory.open(out);
        Files.writeString(output.staging().resolve("spikes.csv"), "half");
        Files.createDirectory(output.staging().resolve("sub"));
        Files.writeString(output.staging().resolve("sub").resolve("x"), "x");
        output.abort();
        assertFalse(Files.exists(out), "created by open, so removed by abort");
        assertEquals(Set.of(), names(tmp));

        // close() without commit aborts too.
        try (OutputDirectory other = OutputDirectory.open(out)) {
            Files.writeString(other.staging().resolve("spikes.csv"), "half");
        }
        assertFalse(Files.exists(out));
    }

    /** open() creates missing parent folders too, so abort() removes them. */
    @Test
    void abortAlsoRemovesTheParentFoldersOpenCreated(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("a").resolve("b").resolve("out");
        OutputDirectory output = OutputDirectory.open(out);
        Files.writeString(output.staging().resolve("spikes.csv"), "half");
        output.abort();
        assertEquals(Set.of(), names(tmp), "nothing left of the aborted run");
    }

    @Test
    void abortKeepsAnExistingDirectoryAndTheUsersFiles(@TempDir Path tmp) throws Exception {
        Path out = Files.createDirectory(tmp.resolve("existing"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.writeString(out.resolve("spikes.csv"), "old result");
        OutputDirectory output = OutputDirectory.open(out);
        Files.writeString(output.staging().resolve("spikes.csv"), "new, unfinished");
        output.abort();
        assertEquals(Set.of("notes.txt", "spikes.csv"), names(out));
        assertEquals("old result", Files.readString(out.resolve("spikes.csv")), "the previous result is untouched");
    }

    @Test
    void commitRemovesFilesOfThePreviousResultButNotUnrelatedFiles(@TempDir Path tmp) throws Exception {
        Path out = Files.createDirectory(tmp.resolve("out"));
        // A previous result listed its files in summary.json; state-old.csv is not written again.
        Files.writeString(out.resolve("summary.json"), "{\"format\": \"spikestudio-results\", \"format_version\": 1,"
                + " \"files\": [\"spikes.csv\", \"state-old.csv\", \"rates.csv\", \"summary.json\", \"../victim.txt\"]}");
        Files.writeString(out.resolve("spikes.csv"), "old");
        Files.writeString(out.resolve("state-old.csv"), "old");
        Files.writeString(out.resolve("rates.csv"), "old");
        Files.writeString(out.resolve("notes.txt"), "the user's");
        Files.writeString(tmp.resolve("victim.txt"), "outside: never deleted on a summary's word");

        try (OutputDirectory output = OutputDirectory.open(out)) {
            Files.writeString(output.staging().resolve("spikes.csv"), "new");
            Files.writeString(output.staging().resolve("rates.csv"), "new");
            Files.writeString(output.staging().resolve("summary.json"),
                    "{\"format\": \"spikestudio-results\", \"format_version\": 1, \"files\": [\"spikes.csv\", \"rates.csv\"]}");
            output.commit();
        }
        assertEquals(Set.of("spikes.csv", "rates.csv", "summary.json", "notes.txt"), names(out));
        assertEquals("new", Files.readString(out.resolve("spikes.csv")));
        assertEquals("the user's", Files.readString(out.resolve("notes.txt")));
        assertTrue(Files.exists(tmp.resolve("victim.txt")));
    }

    @Test
    void aRealRunWrittenTwiceReplacesTheFirstResultsStateFiles(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Path root = Examples.repositoryRoot();
        // excitatory-inhibitory writes state-a_v.csv etc.; single-neuron writes state-neuron_v.csv instead.
        write(root.resolve("examples/seed/excitatory-inhibitory.snn"), out);
        assertTrue(names(out).contains("state-a_v.csv"), names(out).toString());
        write(root.resolve("examples/seed/single-neuron.snn"), out);
        assertEquals(Set.of("spikes.csv", "state-neuron_v.csv", "state-neuron_current.csv", "rates.csv",
                "summary.json"), names(out));
    }

    private static void write(Path model, Path out) throws Exception {
        Network network = ModelFiles.load(model);
        SimulationResult result = ModelRun.prepare(network, model.toString(), RunOptions.defaults())
                .run(null, () -> false);
        try (OutputDirectory output = OutputDirectory.open(out)) {
            List<Path> data = ResultFiles.writeData(result, output.staging());
            List<String> files = new java.util.ArrayList<>(data.stream().map(p -> p.getFileName().toString()).toList());
            files.add(ResultFiles.SUMMARY);
            ResultFiles.writeSummary(result, ModelSource.of(model), "test", files, output.staging());
            output.commit();
        }
    }

    @Test
    void openingOnARegularFileNamesIt(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("taken"), "a file");
        IOException e = assertThrows(IOException.class, () -> OutputDirectory.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals("a file", Files.readString(file), "untouched");

        Path below = file.resolve("out");
        IOException e2 = assertThrows(IOException.class, () -> OutputDirectory.open(below));
        assertTrue(e2.getMessage().contains(below.toString()), e2.getMessage());
    }

    @Test
    void openingUnderAReadOnlyDirectoryNamesIt(@TempDir Path tmp) throws Exception {
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "running as a user who may write anyway (root)");
            Path out = locked.resolve("out");
            IOException e = assertThrows(IOException.class, () -> OutputDirectory.open(out));
            assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
            // An existing but read-only directory: the staging folder cannot be created in it.
            IOException e2 = assertThrows(IOException.class, () -> OutputDirectory.open(locked));
            assertTrue(e2.getMessage().contains(locked.toString()), e2.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void stagingFoldersOfDeadProcessesAreRemovedOthersKept(@TempDir Path tmp) throws Exception {
        // Earlier versions staged inside the directory: one killed with SIGKILL left its .staging-<pid>-... there. A pid that no running process
        // has is found by asking the OS for every candidate from a high value down.
        long dead = 4_000_000;
        while (ProcessHandle.of(dead).isPresent()) {
            dead--;
        }
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path abandoned = Files.createDirectories(out.resolve(".staging-" + dead + "-123"));
        Files.writeString(abandoned.resolve("spikes.csv"), "half");
        Path alive = Files.createDirectories(out.resolve(".staging-" + ProcessHandle.current().pid() + "-456"));
        Path foreign = Files.createDirectories(out.resolve(".staging-notapid"));
        try (OutputDirectory dir = OutputDirectory.open(out)) {
            assertFalse(Files.exists(abandoned), "the dead process's staging folder is gone");
            assertTrue(Files.exists(alive), "a running process's staging folder is kept");
            assertTrue(Files.exists(foreign), "a folder that is not ours is kept");
            assertTrue(dir.staging().getFileName().toString().startsWith(".out.spikestudio-" + ProcessHandle.current().pid()
                    + "-"), "today's staging is a hidden sibling: " + dir.staging());
        }
    }
}
