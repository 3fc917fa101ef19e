// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One memory figure for one model: the validator's size warning, {@code info} and the run's pre-flight. */
class MemoryEstimateTest {

    private static final Pattern GIB = Pattern.compile("(\\d+\\.\\d\\d) GiB");

    /**
     * Ten populations of 100 000 neurons, each projecting onto the next with p = 0.2: the engine
     * reserves mean + 5 sd = 2e9 + 5 sqrt(2e9 * 0.8) + 1 = 2 000 200 001 synapses of 4 bytes (the
     * target index; constant weight and delay are not stored) per projection, 10 x 8.0008e9 bytes =
     * 74.51 GiB, plus less than 0.1 GiB of row pointers and neuron state. That is more than any heap
     * of the test JVM, so the run stops at its pre-flight, before allocating.
     */
    private static String model() {
        StringBuilder text = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <snn:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:snn="http://spikestudio.org/snn" \
                id="big" name="big" formatVersion="1" seed="1">
                  <simulation timeStep="0.1" duration="10.0" integration="exact"/>
                  <neuronModels xsi:type="snn:LifModel" id="lif" name="lif"/>
                """);
        for (int i = 0; i < 10; i++) {
            text.append("  <populations id=\"p").append(i).append("\" name=\"p").append(i)
                    .append("\" size=\"100000\" type=\"excitatory\" neuronModel=\"lif\"/>\n");
        }
        for (int i = 0; i < 10; i++) {
            text.append("  <projections id=\"j").append(i).append("\" name=\"j").append(i).append("\" source=\"p")
                    .append(i).append("\" target=\"p").append((i + 1) % 10).append("\">\n")
                    .append("    <connectivity xsi:type=\"snn:FixedProbability\" probability=\"0.2\"/>\n")
                    .append("    <synapse xsi:type=\"snn:DeltaSynapse\"/>\n")
                    .append("    <weight xsi:type=\"snn:ConstantValue\" value=\"0.1\"/>\n")
                    .append("    <delay xsi:type=\"snn:ConstantValue\" value=\"0.0\"/>\n")
                    .append("  </projections>\n");
        }
        return text.append("</snn:Network>\n").toString();
    }

    private static String gib(String output, String context) {
        Matcher m = GIB.matcher(output);
        assertTrue(m.find(), context + ": " + output);
        return m.group(1);
    }

    @Test
    void validateInfoAndRunGiveTheSameFigureInGiB(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("big.snn");
        Files.writeString(file, model());

        Cli validate = new Cli();
        assertEquals(ExitCode.OK, validate.run("validate", file.toString()), validate.out() + validate.err());
        Matcher warning = Pattern.compile("warning: Network 'big' large network: .*estimated memory (.*) for a run")
                .matcher(validate.out());
        assertTrue(warning.find(), validate.out());
        String fromValidate = gib(warning.group(1), "validate");

        Cli info = new Cli();
        assertEquals(ExitCode.OK, info.run("info", file.toString(), "--no-build"), info.out() + info.err());
        Matcher memory = Pattern.compile("Memory +(.*) estimated").matcher(info.out());
        assertTrue(memory.find(), info.out());
        String fromInfo = gib(memory.group(1), "info");
        assertTrue(info.err().contains("estimated memory " + fromInfo + " GiB for a run"), info.err());

        Cli run = new Cli();
        assertEquals(ExitCode.RUNTIME_FAILURE, run.run("run", file.toString(), "--out", tmp.resolve("out").toString(),
                "--quiet"), run.out() + run.err());
        Matcher refused = Pattern.compile("needs an estimated (\\S+ GiB)").matcher(run.err());
        assertTrue(refused.find(), run.err());
        String fromRun = gib(refused.group(1), "run");

        assertEquals(fromInfo, fromValidate, "validate and info");
        assertEquals(fromInfo, fromRun, "run's pre-flight and info");
        double figure = Double.parseDouble(fromInfo);
        assertTrue(figure >= 74.51 && figure < 74.61, "the hand calculation gives 74.51 GiB plus under 0.1: " + figure);
    }
}
