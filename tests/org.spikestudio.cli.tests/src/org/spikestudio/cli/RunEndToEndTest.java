// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikestudio.model.Network;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.StateVariable;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.plots.ResultPlots;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.sim.ModelRun;
import org.spikestudio.sim.RunOptions;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.spikestudio.testing.Examples;

/** {@code spikestudio run} on every seed example, checking each file it writes. */
class RunEndToEndTest {

    static Stream<Path> examples() throws IOException {
        return Examples.in("seed").stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void runWritesEveryFileAndTheSpikesOfTheEngine(Path example, @TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Cli cli = new Cli();
        assertEquals(ExitCode.OK, cli.run("run", example.toString(), "--out", out.toString(), "--format", "both"),
                cli.err());
        Network model = ModelFiles.load(example);

        // The same model and seed run in-process through the sim layer: the files must hold exactly its spikes.
        // (The sim layer itself is checked against hand-built engine networks in org.spikestudio.sim.tests.)
        SimulationResult engine = ModelRun.prepare(model, example.toString(), RunOptions.defaults())
                .run((done, total) -> { }, () -> false);

        Map<String, Long> csvCounts = new HashMap<>();
        List<String> spikeLines = Files.readAllLines(out.resolve("spikes.csv"), StandardCharsets.UTF_8);
        assertEquals("time_ms,population,neuron", spikeLines.get(0));
        double lastTime = -1;
        for (String line : spikeLines.subList(1, spikeLines.size())) {
            String[] f = line.split(",");
            assertEquals(3, f.length, line);
            double t = Double.parseDouble(f[0]);
            assertTrue(t >= lastTime, "spikes.csv is in time order: " + line);
            assertTrue(f[0].length() <= 8, "time written with dt's decimals: " + line);
            lastTime = t;
            int neuron = Integer.parseInt(f[2]);
            PopulationResult p = engine.population(f[1]).orElseThrow();
            assertTrue(neuron >= 0 && neuron < p.size(), line);
            csvCounts.merge(f[1], 1L, Long::sum);
        }
        JsonObject summary = JsonParser.parseString(Files.readString(out.resolve("summary.json"))).getAsJsonObject();
        assertFalse(summary.get("partial").getAsBoolean());
        assertEquals(model.getSeed(), summary.get("seed").getAsLong());
        assertEquals(model.getSimulation().getDuration(), summary.get("simulated_ms").getAsDouble(), 1e-9);
        assertEquals(sha256(example), summary.getAsJsonObject("model").get("sha256").getAsString());
        long total = 0;
        for (var element : summary.getAsJsonArray("populations")) {
            JsonObject p = element.getAsJsonObject();
            String name = p.get("name").getAsString();
            long expected = engine.population(name).orElseThrow().statistics().spikeCount();
            assertEquals(expected, p.get("spike_count").getAsLong(), name);
            if (p.get("spikes_recorded").getAsBoolean()) {
                assertEquals(expected, csvCounts.getOrDefault(name, 0L), name + " in spikes.csv");
            }
            total += expected;
        }
        // two-inhibitory's currents keep both neurons below threshold (its description says why).
        assertTrue(total > 0 || example.endsWith("two-inhibitory.snn"), "the example spikes");

        List<String> expectedFiles = new ArrayList<>(List.of("spikes.csv", "rates.csv", "summary.json", "raster.png",
                "raster.svg", "rate.png", "rate.svg"));
        boolean potential = false;
        boolean current = false;
        for (var r : model.getRecorders()) {
            if (r instanceof StateRecorder s) {
                expectedFiles.add("state-" + s.getName() + ".csv");
                potential |= s.getVariable() == StateVariable.MEMBRANE_POTENTIAL;
                current |= s.getVariable() == StateVariable.INPUT_CURRENT;
                checkStateCsv(out.resolve("state-" + s.getName() + ".csv"), s, model);
            }
        }
        if (potential) {
            expectedFiles.addAll(List.of("potential.png", "potential.svg"));
        }
        if (current) {
            expectedFiles.addAll(List.of("input-current.png", "input-current.svg"));
        }
        if (potential && current) {
            expectedFiles.addAll(List.of("u-i.png", "u-i.svg"));
        }
        List<String> present = Cli.contents(out);
        for (String f : expectedFiles) {
            assertTrue(present.contains(f), f + " missing from " + present);
        }
        assertTrue(present.stream().noneMatch(f -> f.startsWith(".")), "no staging left: " + present);
        List<String> listed = new ArrayList<>();
        summary.getAsJsonArray("files").forEach(f -> listed.add(f.getAsString()));
        assertEquals(present, listed.stream().sorted().toList(), "summary.json lists exactly the files written");

        for (String f : present) {
            if (f.endsWith(".png")) {
                BufferedImage image = ImageIO.read(out.resolve(f).toFile());
                assertNotNull(image, f + " is a PNG");
                assertEquals(ResultPlots.WIDTH, image.getWidth(), f);
                assertEquals(ResultPlots.HEIGHT, image.getHeight(), f);
            } else if (f.endsWith(".svg")) {
                var factory = DocumentBuilderFactory.newInstance();
                // JFreeSVG writes the SVG 1.1 DOCTYPE: parse without fetching its DTD from the web.
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                var svg = factory.newDocumentBuilder().parse(out.resolve(f).toFile()).getDocumentElement();
                assertEquals("svg", svg.getNodeName(), f);
                assertEquals(ResultPlots.WIDTH, (int) Double.parseDouble(svg.getAttribute("width").replace("px", "")), f);
                assertEquals(ResultPlots.HEIGHT, (int) Double.parseDouble(svg.getAttribute("height").replace("px", "")), f);
            }
        }
        String table = cli.out();
        assertTrue(table.contains("Results in " + out.toAbsolutePath()), table);
        for (PopulationResult p : engine.populations()) {
            assertTrue(table.contains(p.name()), table);
        }
    }

    private static void checkStateCsv(Path file, StateRecorder recorder, Network model) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int neurons = recorder.getNeurons().isEmpty() ? recorder.getPopulation().getSize()
                : recorder.getNeurons().size();
        assertEquals(1 + neurons, lines.get(0).split(",").length, file + " header: " + lines.get(0));
        double dt = model.getSimulation().getTimeStep();
        double interval = recorder.isSetSamplingInterval() ? recorder.getSamplingInterval() : dt;
        long samples = Math.round(model.getSimulation().getDuration() / interval);
        assertEquals(samples, lines.size() - 1, file + " has one row per sample");
        for (String line : lines.subList(1, lines.size())) {
            for (String value : line.split(",")) {
                assertTrue(Double.isFinite(Double.parseDouble(value)), line);
            }
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void ctrlCStopsTheRunAndWritesWhatWasSimulatedMarkedPartial(@TempDir Path tmp) throws Exception {
        Path example = Examples.repositoryRoot().resolve("examples/seed/population-100.snn");
        Path out = tmp.resolve("out");
        int[] polls = { 0 };
        // The engine polls the token once per block of 100 steps: stop after the third block.
        Cli cli = new Cli().interruptedWhen(() -> ++polls[0] >= 3);
        assertEquals(ExitCode.INTERRUPTED, cli.run("run", example.toString(), "--out", out.toString()));
        assertEquals(130, ExitCode.INTERRUPTED.code());
        JsonObject summary = JsonParser.parseString(Files.readString(out.resolve("summary.json"))).getAsJsonObject();
        assertTrue(summary.get("partial").getAsBoolean());
        double simulated = summary.get("simulated_ms").getAsDouble();
        assertEquals(30.0, simulated, 1e-9, "three blocks of 100 steps at dt = 0.1 ms");
        assertEquals(100.0, summary.get("duration_ms").getAsDouble(), 1e-9);
        List<String> lines = Files.readAllLines(out.resolve("spikes.csv"));
        assertTrue(lines.size() > 1, "spikes in the first 30 ms");
        assertTrue(Double.parseDouble(lines.get(lines.size() - 1).split(",")[0]) < simulated);
        assertTrue(Files.exists(out.resolve("raster.png")));
        assertTrue(cli.err().contains("partial"), cli.err());
    }

    @Test
    void aSecondRunIntoTheSameDirectoryReplacesTheFirstCompletely(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Path first = Examples.repositoryRoot().resolve("examples/seed/two-excitatory.snn");
        Path second = Examples.repositoryRoot().resolve("examples/seed/population-100.snn");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertEquals(ExitCode.OK, new Cli().run("run", first.toString(), "--out", out.toString()));
        List<String> firstStates = Cli.contents(out).stream().filter(f -> f.startsWith("state-")).toList();
        assertFalse(firstStates.isEmpty());
        assertEquals(ExitCode.OK, new Cli().run("run", second.toString(), "--out", out.toString()));
        List<String> after = Cli.contents(out);
        // The two models name their recorders differently: no state file of the first may survive.
        for (String f : firstStates) {
            assertFalse(after.contains(f), f + " of the first result is gone: " + after);
        }
        assertTrue(after.contains("notes.txt"), "files of the user stay: " + after);
        assertTrue(Files.readString(out.resolve("summary.json")).contains("population-100.snn"));
    }

    @Test
    void sameSeedGivesIdenticalSpikesAndAnotherSeedDifferentOnes(@TempDir Path tmp) throws Exception {
        Path example = Examples.repositoryRoot().resolve("examples/seed/population-100.snn");
        assertEquals(ExitCode.OK, new Cli().run("run", example.toString(), "--out", tmp.resolve("a").toString(),
                "--threads", "1"));
        assertEquals(ExitCode.OK, new Cli().run("run", example.toString(), "--out", tmp.resolve("b").toString(),
                "--threads", "2"));
        assertEquals(ExitCode.OK, new Cli().run("run", example.toString(), "--out", tmp.resolve("c").toString(),
                "--seed", "12345"));
        String a = Files.readString(tmp.resolve("a/spikes.csv"));
        assertEquals(a, Files.readString(tmp.resolve("b/spikes.csv")), "1 and 2 threads");
        assertFalse(a.equals(Files.readString(tmp.resolve("c/spikes.csv"))), "seed 12345 draws another network");
        JsonObject c = JsonParser.parseString(Files.readString(tmp.resolve("c/summary.json"))).getAsJsonObject();
        assertEquals(12345, c.get("seed").getAsLong());
    }

    @Test
    void durationOptionOverridesTheModel(@TempDir Path tmp) throws Exception {
        Path example = Examples.repositoryRoot().resolve("examples/seed/single-neuron.snn");
        assertEquals(ExitCode.OK, new Cli().run("run", example.toString(), "--out", tmp.toString(), "--duration",
                "25", "--quiet"));
        JsonObject summary = JsonParser.parseString(Files.readString(tmp.resolve("summary.json"))).getAsJsonObject();
        assertEquals(25.0, summary.get("simulated_ms").getAsDouble(), 1e-9);
        assertEquals(250, summary.get("steps").getAsLong());
    }
}
