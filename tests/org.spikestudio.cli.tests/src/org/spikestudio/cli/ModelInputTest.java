// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.testing.Examples;

/**
 * What a model path or a model's references can make the command line do (issue 15, items 1 and
 * 11c). Before the fix, {@code validate} accepted a recorder pointing into another model file (and
 * {@code run} silently dropped it), and a FIFO or a symbolic link loop as the model was called
 * "no such file". The time bound: a hang is endless, a check takes milliseconds; 5 s leaves room
 * for a shared test machine.
 */
class ModelInputTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @TempDir
    Path tmp;

    @Test
    void validateRefusesARecorderPointingIntoAnotherFileWithItsLine() throws IOException {
        Path example = Examples.repositoryRoot().resolve("examples/seed/excitatory-inhibitory.snn");
        Files.copy(example, tmp.resolve("other.snn"));
        String from = "id=\"a_spikes\" name=\"a_spikes\" population=\"a\"";
        String text = Files.readString(example);
        assertTrue(text.contains(from));
        Path model = tmp.resolve("model.snn");
        Files.writeString(model, text.replace(from, "id=\"a_spikes\" name=\"a_spikes\" population=\"other.snn#a\""));
        int line = lineOf(model, "other.snn#a");

        Cli cli = new Cli();
        assertEquals(ExitCode.INVALID_MODEL, assertTimeoutPreemptively(BOUND, () -> cli.run("validate", model.toString())));
        assertTrue(cli.out().startsWith(model + ":" + line + ":"), cli.out());
        assertTrue(cli.out().contains(": error: SpikeRecorder 'a_spikes': reference 'population' points to 'other.snn#a' "
                + "in another file, but references to other files are not supported"), cli.out());
    }

    @Test
    void aFifoAsTheModelIsNotCalledMissing() throws Exception {
        Path fifo = tmp.resolve("model.snn");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        String out = tmp.resolve("out").toString();
        for (List<String> args : List.of(List.of("validate", fifo.toString()), List.of("info", fifo.toString()),
                List.of("run", fifo.toString(), "--out", out))) {
            Cli cli = new Cli();
            ExitCode exit = assertTimeoutPreemptively(BOUND, () -> cli.run(args.toArray(String[]::new)));
            String said = cli.out() + cli.err();
            assertEquals(ExitCode.INVALID_MODEL, exit, said);
            assertTrue(said.contains(fifo + ": error: is not a regular file (it is a FIFO, socket or device)"), said);
            assertFalse(said.contains("no such file"), said);
        }
    }

    @Test
    void aSymbolicLinkLoopAsTheModelIsNotCalledMissing() throws IOException {
        Path loop = Files.createSymbolicLink(tmp.resolve("loop.snn"), Path.of("loop.snn"));
        Cli cli = new Cli();
        assertEquals(ExitCode.INVALID_MODEL, cli.run("validate", loop.toString()));
        assertTrue(cli.out().contains(loop + ": error: cannot be opened: the path contains a symbolic link loop"),
                cli.out());
        assertFalse((cli.out() + cli.err()).contains("no such file"), cli.out() + cli.err());
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
