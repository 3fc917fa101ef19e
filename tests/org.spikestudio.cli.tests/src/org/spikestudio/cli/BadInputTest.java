// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.testing.Examples;

/**
 * Bad input to {@code spikestudio run}: each case checks the exit code, that the message names the
 * file, element, attribute and line, and that no output is left behind.
 */
class BadInputTest {

    @TempDir
    Path tmp;
    private Path out;
    private Path example;
    private String exampleText;

    @BeforeEach
    void setUp() throws IOException {
        out = tmp.resolve("out");
        example = Examples.repositoryRoot().resolve("examples/seed/excitatory-inhibitory.snn");
        exampleText = Files.readString(example, StandardCharsets.UTF_8);
    }

    private Path variant(String name, String from, String to) throws IOException {
        assertTrue(exampleText.contains(from), from);
        Path file = tmp.resolve(name);
        Files.writeString(file, exampleText.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    /** 1-based line of the first line containing {@code text} in {@code file}. */
    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private void assertNothingWritten() throws IOException {
        assertEquals(List.of(), Cli.contents(out), "no output is left behind");
    }

    @Test
    void missingFile() throws IOException {
        Cli cli = new Cli();
        Path missing = tmp.resolve("nope.snn");
        assertEquals(ExitCode.INVALID_MODEL, cli.run("run", missing.toString(), "--out", out.toString()));
        assertEquals(missing + ": error: no such file\n", cli.err());
        assertNothingWritten();
    }

    @Test
    void directoryInsteadOfFile() throws IOException {
        Cli cli = new Cli();
        assertEquals(ExitCode.INVALID_MODEL, cli.run("run", tmp.toString(), "--out", out.toString()));
        assertTrue(cli.err().startsWith(tmp + ": error: is a directory, not a model file"), cli.err());
        assertNothingWritten();
    }

    @Test
    void malformedXmiNamesFileAndLine() throws IOException {
        Path file = tmp.resolve("truncated.snn");
        List<String> lines = Files.readAllLines(example);
        Files.write(file, lines.subList(0, 6)); // cut inside the network element
        Cli cli = new Cli();
        assertEquals(ExitCode.INVALID_MODEL, cli.run("run", file.toString(), "--out", out.toString()));
        assertTrue(cli.err().matches("(?s)" + java.util.regex.Pattern.quote(file.toString()) + ":\\d+(:\\d+)?: error: .*"),
                cli.err());
        assertNothingWritten();
    }

    @Test
    void invalidParameterNamesElementAttributeAndLine() throws IOException {
        Path file = variant("bad-size.snn", "id=\"b\" name=\"b\" size=\"1\"", "id=\"b\" name=\"b\" size=\"-3\"");
        Cli cli = new Cli();
        assertEquals(ExitCode.INVALID_MODEL, cli.run("run", file.toString(), "--out", out.toString()));
        int line = lineOf(file, "size=\"-3\"");
        assertTrue(cli.err().contains(file + ":" + line + ": error: Population 'b': attribute 'size' must be >= 1"),
                cli.err());
        assertTrue(cli.err().contains("the model was not run"), cli.err());
        assertNothingWritten();
    }

    @Test
    void expressionSyntaxErrorNamesTheInputAndTheColumn() throws IOException {
        Path file = variant("bad-expression.snn", "expression=\"4*(sin(t/5)+0.3)\"", "expression=\"4*(sin(t/5)+\"");
        Cli cli = new Cli();
        assertEquals(ExitCode.INVALID_MODEL, cli.run("run", file.toString(), "--out", out.toString()));
        int line = lineOf(file, "expression=");
        assertTrue(cli.err().contains(file + ":" + line + ": error: ExpressionInput 'a_current_in': attribute 'expression'"),
                cli.err());
        assertTrue(cli.err().contains("syntax error at column 13"), "the expression's column is given: " + cli.err());
        assertNothingWritten();
    }

    @Test
    void unwritableOutputDirectoryFailsBeforeSimulating() throws IOException {
        // A regular file where a folder is needed: unwritable even for root, who ignores permissions.
        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "not a folder");
        Cli cli = new Cli();
        assertEquals(ExitCode.RUNTIME_FAILURE, cli.run("run", example.toString(), "--out",
                blocker.resolve("out").toString()));
        assertTrue(cli.err().contains("cannot create output directory '" + blocker.resolve("out") + "'"), cli.err());
        assertTrue(cli.err().contains("Not a directory"), cli.err());
        assertFalse(cli.err().contains("Simulating"), "nothing was simulated: " + cli.err());
        assertEquals("not a folder", Files.readString(blocker));

        Cli second = new Cli();
        assertEquals(ExitCode.RUNTIME_FAILURE, second.run("run", example.toString(), "--out", blocker.toString()));
        assertTrue(second.err().contains("output '" + blocker + "' exists and is not a directory"), second.err());
    }

    @Test
    void readOnlyOutputDirectory() throws IOException {
        Path readOnly = tmp.resolve("read-only");
        Files.createDirectories(readOnly);
        assertTrue(readOnly.toFile().setWritable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly),
                    "running as root: permissions are not enforced");
            Cli cli = new Cli();
            assertEquals(ExitCode.RUNTIME_FAILURE, cli.run("run", example.toString(), "--out",
                    readOnly.resolve("out").toString()));
            assertTrue(cli.err().contains("permission denied"), cli.err());
            assertEquals(List.of(), Cli.contents(readOnly));
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void unknownOptionIsAUsageError() throws IOException {
        Cli cli = new Cli();
        assertEquals(ExitCode.USAGE, cli.run("run", example.toString(), "--bogus", "--out", out.toString()));
        assertTrue(cli.err().startsWith("spikestudio: unknown option '--bogus'\nusage: spikestudio run MODEL"),
                cli.err());
        assertNothingWritten();
    }

    @Test
    void badOptionValuesAreUsageErrors() throws IOException {
        String[][] cases = { { "--threads", "0", "must be at least 1" }, { "--format", "gif", "'gif' is not one of" },
                { "--duration", "abc", "'abc' is not a number" }, { "--seed", "1.5", "not a whole number" },
                { "--duration", "0.05", "whole number of time steps" }, { "--duration", "10f", "'10f' is not a number" },
                { "--duration", "1e9", "a run is limited to 2^31 - 1 = 2147483647 steps" },
                { "--format", "--quiet", "option --format needs a value" }, { "--out", "", "--out needs a directory" } };
        for (String[] c : cases) {
            Cli cli = new Cli();
            String[] args = c[0].equals("--out") ? new String[] { "run", example.toString(), c[0], c[1] }
                    : new String[] { "run", example.toString(), c[0], c[1], "--out", out.toString() };
            assertEquals(ExitCode.USAGE, cli.run(args),
                    String.join(" ", c));
            assertTrue(cli.err().contains(c[2]), cli.err());
            assertNothingWritten();
        }
        Cli cli = new Cli();
        assertEquals(ExitCode.USAGE, cli.run("run", "--out"));
        assertTrue(cli.err().contains("option --out needs a value"), cli.err());
        Cli none = new Cli();
        assertEquals(ExitCode.USAGE, none.run("run"));
        assertTrue(none.err().contains("no model file given"), none.err());
    }

    @Test
    void networkTooLargeForMemoryIsRefusedBeforeAllocating() throws IOException {
        // 40 000 neurons each, all-to-all both ways: 2 x 1.6e9 synapses of 4 bytes, 12.8 GB, far beyond the
        // tests' 2 GB heap (each projection still fits the engine's array limit, so it is valid). The
        // validator only warns; the engine's pre-flight estimate refuses it before allocating anything.
        Path file = variant("huge.snn", "id=\"b\" name=\"b\" size=\"1\"", "id=\"b\" name=\"b\" size=\"40000\"");
        Files.writeString(file, Files.readString(file).replace("id=\"a\" name=\"a\" size=\"1\"",
                "id=\"a\" name=\"a\" size=\"40000\""));
        Cli cli = new Cli();
        assertEquals(ExitCode.RUNTIME_FAILURE, cli.run("run", file.toString(), "--out", out.toString()));
        assertTrue(cli.err().contains(file + ": error: "), cli.err());
        assertTrue(cli.err().contains("needs an estimated"), cli.err());
        assertTrue(cli.err().contains("SPIKESTUDIO_JAVA_OPTS=-Xmx"), "says what to do: " + cli.err());
        assertNothingWritten();

        // info still gives the sizes, says why the synapses were not drawn, and fails.
        Cli info = new Cli();
        assertEquals(ExitCode.RUNTIME_FAILURE, info.run("info", file.toString()));
        assertTrue(info.out().contains("Neurons     80,000 in 2 populations"), info.out());
        assertTrue(info.out().contains("3,200,000,000 expected (not drawn: the network does not fit in memory)"),
                info.out());
        assertTrue(info.err().contains("needs an estimated"), info.err());
    }

    @Test
    void aPotentialThatBecomesNaNIsAnErrorEvenBeyondTheValidatedDuration() throws IOException {
        // sqrt(100-t) is finite over the model's 100 ms, which the validator checks, but NaN after 100 ms:
        // a run with --duration 150 poisons a's potential from then on. The files are written, exit 3.
        Path file = variant("nan.snn", "expression=\"4*(sin(t/5)+0.3)\"", "expression=\"sqrt(100-t)\"");
        Cli validate = new Cli();
        assertEquals(ExitCode.OK, validate.run("validate", file.toString()), validate.out());
        Cli cli = new Cli();
        assertEquals(ExitCode.RUNTIME_FAILURE, cli.run("run", file.toString(), "--out", out.toString(), "--duration",
                "150"));
        assertTrue(cli.err().contains(file + ": error: Population 'a': the membrane potential of 1 of 1 neurons"
                + " (first: neuron 0) is not a finite number at 150.0 ms"), cli.err());
        assertTrue(Files.exists(out.resolve("summary.json")), "written for inspection");
    }
}
