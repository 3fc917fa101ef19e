// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.testing.Examples;

class ValidateAndInfoTest {

    @Test
    void validateAcceptsEveryExample() throws IOException {
        Cli cli = new Cli();
        String[] args = new String[Examples.in("seed").size() + 1];
        args[0] = "validate";
        for (int i = 0; i < Examples.in("seed").size(); i++) {
            args[i + 1] = Examples.in("seed").get(i).toString();
        }
        assertEquals(ExitCode.OK, cli.run(args), cli.out() + cli.err());
        for (Path example : Examples.in("seed")) {
            assertTrue(cli.out().contains(example + ": ok"), cli.out());
        }
    }

    @Test
    void validateReportsErrorsLikeACompilerAndExitsOne(@TempDir Path tmp) throws IOException {
        Path example = Examples.repositoryRoot().resolve("examples/seed/two-excitatory.snn");
        String text = Files.readString(example);
        Path bad = tmp.resolve("bad.snn");
        // Threshold below the reset potential: an error on the neuron model's line.
        Files.writeString(bad, text.replaceFirst("threshold=\"1.0\"", "threshold=\"-5.0\""));
        Cli cli = new Cli();
        assertEquals(ExitCode.INVALID_MODEL, cli.run("validate", example.toString(), bad.toString()));
        assertTrue(cli.out().contains(example + ": ok"), cli.out());
        Matcher m = Pattern.compile(Pattern.quote(bad.toString()) + ":(\\d+): error: LifModel '(\\w+)': attribute 'threshold'")
                .matcher(cli.out());
        assertTrue(m.find(), cli.out());
        String lineText = Files.readAllLines(bad).get(Integer.parseInt(m.group(1)) - 1);
        assertTrue(lineText.contains("name=\"" + m.group(2) + "\""), "the line holds the element: " + lineText);
        assertTrue(cli.err().contains("2 files checked: 1 invalid file"), cli.err());
    }

    @Test
    void infoGivesNeuronsExpectedAndDrawnSynapsesMemoryAndSteps() {
        Path example = Examples.repositoryRoot().resolve("examples/seed/population-100.snn");
        Cli cli = new Cli();
        assertEquals(ExitCode.OK, cli.run("info", example.toString()));
        String text = cli.out();
        // 80 excitatory + 20 inhibitory neurons; out-degrees 1 and 2 onto all 100: 80*1 + 20*2 = 120 synapses.
        assertTrue(text.contains("Neurons     100 in 2 populations"), text);
        assertTrue(text.matches("(?s).*Synapses +120 expected, 120 drawn with seed 1\\n.*"), text);
        assertTrue(text.contains("1,000 steps"), text);
        assertTrue(text.matches("(?s).*Memory +\\d+\\.\\d+ [KMG]iB estimated.*"), text);
        Cli noBuild = new Cli();
        assertEquals(ExitCode.OK, noBuild.run("info", example.toString(), "--no-build"));
        assertTrue(noBuild.out().contains("(not drawn: --no-build)"), noBuild.out());
    }

    @Test
    void infoOnAMissingFileFails(@TempDir Path tmp) {
        Cli cli = new Cli();
        assertEquals(ExitCode.INVALID_MODEL, cli.run("info", tmp.resolve("x.snn").toString()));
        assertTrue(cli.err().contains("x.snn: error: no such file"), cli.err());
    }
}
