// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.model.Network;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.results.ModelSource;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.StateTrace;
import org.spikestudio.results.io.ResultFiles;
import org.spikestudio.results.io.ResultReader;
import org.spikestudio.sim.ModelRun;
import org.spikestudio.sim.RunOptions;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.spikestudio.testing.Examples;

/** The CSV and JSON files of a result, parsed back and compared with the result and with hand values. */
class ResultFilesTest {

    private static Path example(String relative) {
        return Examples.path(relative);
    }

    private static SimulationResult run(Path file, RunOptions options) throws Exception {
        Network network = ModelFiles.load(file);
        return ModelRun.prepare(network, file.toString(), options).run(null, () -> false);
    }

    /** Step n at dt = 0.1 ms written with one decimal, by hand: 3 -> "0.3", 25 -> "2.5". */
    private static String tenths(long step) {
        return step / 10 + "." + step % 10;
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file);
    }

    @Test
    void spikesCsvHoldsEveryRecordedSpikeInTimeOrderWithDtsDecimals(@TempDir Path dir) throws Exception {
        // three-populations: 3 populations of 10, all spike-recorded, dt 0.1 ms, 800 steps.
        SimulationResult result = run(example("seed/three-populations.snn"), RunOptions.defaults());
        List<Path> files = ResultFiles.writeData(result, dir);
        assertEquals(dir.resolve("spikes.csv"), files.get(0));

        // Expected rows from the result's trains, ordered as documented: time, then population in model
        // order, then neuron.
        List<long[]> expected = new ArrayList<>();
        for (int p = 0; p < result.populations().size(); p++) {
            PopulationResult pop = result.populations().get(p);
            for (int k = 0; k < pop.spikes().count(); k++) {
                expected.add(new long[] { pop.spikes().steps()[k], p, pop.spikes().neurons()[k] });
            }
        }
        expected.sort(Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1])
                .thenComparingLong(r -> r[2]));
        long recorded = result.populations().stream().mapToLong(p -> p.spikes().count()).sum();
        assertEquals(recorded, expected.size());
        assertTrue(recorded > 100, "enough spikes to check the order: " + recorded);

        List<String> lines = lines(dir.resolve("spikes.csv"));
        assertEquals("time_ms,population,neuron", lines.get(0));
        assertEquals(recorded, lines.size() - 1, "one row per recorded spike");
        List<String> names = result.populations().stream().map(PopulationResult::name).toList();
        for (int r = 0; r < expected.size(); r++) {
            String[] cells = lines.get(r + 1).split(",");
            assertEquals(3, cells.length, lines.get(r + 1));
            long[] e = expected.get(r);
            // The time is written exactly as n*dt in decimal: never 0.30000000000000004.
            assertEquals(tenths(e[0]), cells[0], "row " + (r + 1));
            assertEquals(names.get((int) e[1]), cells[1], "row " + (r + 1));
            assertEquals(e[2], Long.parseLong(cells[2]), "row " + (r + 1));
        }
    }

    @Test
    void stateAndRateCsvHaveOneColumnPerNeuronAndOneRowPerBin(@TempDir Path dir) throws Exception {
        SimulationResult result = run(example("seed/three-populations.snn"), RunOptions.defaults());
        List<Path> files = ResultFiles.writeData(result, dir);
        // spikes, one file per state recorder (first_v, second_v, third_v), rates.
        assertEquals(List.of("spikes.csv", "state-first_v.csv", "state-second_v.csv", "state-third_v.csv", "rates.csv"),
                files.stream().map(f -> f.getFileName().toString()).toList());

        // first_v records neurons 1 and 5 of 'first' at every step: 800 rows of 1 + 2 columns.
        List<String> first = lines(dir.resolve("state-first_v.csv"));
        assertEquals("time_ms,first[1]_v_mV,first[5]_v_mV", first.get(0));
        assertEquals(801, first.size());
        StateTrace trace = result.states().get(0);
        for (int s = 0; s < 800; s++) {
            String[] cells = first.get(s + 1).split(",");
            assertEquals(3, cells.length);
            assertEquals(tenths(s), cells[0]);
            // Full double precision: the text reads back to the identical value (tolerance 0).
            assertEquals(trace.values()[0][s], Double.parseDouble(cells[1]), 0.0);
            assertEquals(trace.values()[1][s], Double.parseDouble(cells[2]), 0.0);
        }
        assertEquals(2, lines(dir.resolve("state-third_v.csv")).get(0).split(",").length, "1 + 1 neuron");

        // rates.csv: 3 rate recorders x 80 bins of 1 ms, bin starts 0.0, 1.0, ...
        List<String> rates = lines(dir.resolve("rates.csv"));
        assertEquals("time_ms,population,recorder,bin_ms,rate_hz", rates.get(0));
        assertEquals(1 + 3 * 80, rates.size());
        int row = 1;
        for (RateTrace rate : result.rates()) {
            for (int b = 0; b < 80; b++, row++) {
                String[] cells = rates.get(row).split(",", -1);
                assertEquals(5, cells.length, rates.get(row));
                assertEquals(b + ".0", cells[0]);
                assertEquals(rate.population(), cells[1]);
                assertEquals(rate.recorder() == null ? "" : rate.recorder(), cells[2]);
                assertEquals("1.0", cells[3]);
                assertEquals(rate.rateHz()[b], Double.parseDouble(cells[4]), 0.0);
            }
        }
        // Spike count check through the rates: each 1 ms bin of 10 neurons turns a spike into 100 Hz.
        for (RateTrace rate : result.rates()) {
            double sum = 0;
            for (double hz : rate.rateHz()) {
                sum += hz / 100.0;
            }
            assertEquals(result.population(rate.population()).orElseThrow().statistics().spikeCount(), sum, 1e-6);
        }
    }

    @Test
    void summaryJsonParsesAndHoldsTheRunTheModelHashAndThePopulations(@TempDir Path dir) throws Exception {
        Path file = example("seed/population-100.snn");
        SimulationResult result = run(file, RunOptions.defaults());
        List<String> names = List.of("spikes.csv", "rates.csv", "summary.json");
        Path summary = ResultFiles.writeSummary(result, ModelSource.of(file), "9.8.7", names, dir);
        assertEquals(dir.resolve("summary.json"), summary);

        JsonObject root = JsonParser.parseString(Files.readString(summary)).getAsJsonObject();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        JsonObject model = root.getAsJsonObject("model");
        assertEquals(sha, model.get("sha256").getAsString());
        assertEquals(file.toAbsolutePath().normalize().toString(), model.get("path").getAsString());
        assertEquals("population_100", model.get("name").getAsString());
        assertEquals(1, root.get("seed").getAsLong());
        assertEquals(false, root.get("partial").getAsBoolean());
        assertEquals(0.1, root.get("dt_ms").getAsDouble(), 0.0);
        assertEquals(1000, root.get("steps").getAsLong());
        assertEquals(100.0, root.get("duration_ms").getAsDouble(), 1e-9); // 1000 * 0.1 up to rounding
        assertEquals("9.8.7", root.get("spikestudio_version").getAsString());

        JsonArray populations = root.getAsJsonArray("populations");
        assertEquals(2, populations.size());
        JsonObject exc = populations.get(0).getAsJsonObject();
        assertEquals("exc", exc.get("name").getAsString());
        assertEquals("excitatory", exc.get("type").getAsString());
        assertEquals(80, exc.get("size").getAsInt());
        assertEquals("inhibitory", populations.get(1).getAsJsonObject().get("type").getAsString());
        for (int i = 0; i < 2; i++) {
            JsonObject p = populations.get(i).getAsJsonObject();
            PopulationResult r = result.populations().get(i);
            assertEquals(r.statistics().spikeCount(), p.get("spike_count").getAsLong());
            assertEquals(r.statistics().meanRateHz(), p.get("mean_rate_hz").getAsDouble(), 0.0);
            assertTrue(p.get("spikes_recorded").getAsBoolean());
        }
        // Projections: 80 exc sources x out-degree 1, 20 inh sources x out-degree 2.
        JsonArray projections = root.getAsJsonArray("projections");
        assertEquals(2, projections.size());
        assertEquals("exc_to_all", projections.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals("all", projections.get(0).getAsJsonObject().get("target").getAsString());
        assertEquals(80, projections.get(0).getAsJsonObject().get("expected_synapses").getAsLong());
        assertEquals(80, projections.get(0).getAsJsonObject().get("synapses").getAsLong());
        assertEquals(40, projections.get(1).getAsJsonObject().get("synapses").getAsLong());
        // The rate recorders of the model, 1 ms bins.
        JsonArray rates = root.getAsJsonArray("rates");
        assertEquals(2, rates.size());
        assertEquals("exc_rate", rates.get(0).getAsJsonObject().get("recorder").getAsString());
        assertEquals(1.0, rates.get(0).getAsJsonObject().get("bin_ms").getAsDouble(), 1e-12); // 10 * 0.1 in binary
        List<String> listed = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("files")) {
            listed.add(e.getAsString());
        }
        assertEquals(names, listed);
    }

    /** A NaN CV is written as {@code "cv_isi": null}: JSON has no NaN, and the key must not go missing. */
    @Test
    void cvIsiWithoutEnoughSpikesIsWrittenAsJsonNull(@TempDir Path dir) throws Exception {
        // two-inhibitory stays below threshold: no neuron has 3 spikes, so the CV is NaN, which JSON cannot hold.
        Path file = example("seed/two-inhibitory.snn");
        SimulationResult result = run(file, RunOptions.defaults());
        assertTrue(Double.isNaN(result.populations().get(0).statistics().cvIsi()));
        Path summary = ResultFiles.writeSummary(result, ModelSource.of(file), "1", List.of(), dir);
        JsonObject first = JsonParser.parseString(Files.readString(summary)).getAsJsonObject()
                .getAsJsonArray("populations").get(0).getAsJsonObject();
        assertTrue(first.has("cv_isi"), "cv_isi missing: " + first);
        assertTrue(first.get("cv_isi").isJsonNull(), first.toString());
    }

    @Test
    void summaryOfACancelledRunIsMarkedPartialWithItsCvAsANumber(@TempDir Path dir) throws Exception {
        Path file = example("seed/single-neuron.snn");
        Network network = ModelFiles.load(file);
        AtomicBoolean reported = new AtomicBoolean();
        SimulationResult result = ModelRun.prepare(network, file.toString(), RunOptions.defaults())
                .run((done, total) -> reported.set(true), reported::get);
        Path summary = ResultFiles.writeSummary(result, ModelSource.of(file), "1", List.of(), dir);
        JsonObject root = JsonParser.parseString(Files.readString(summary)).getAsJsonObject();
        assertTrue(root.get("partial").getAsBoolean());
        assertTrue(root.get("simulated_ms").getAsDouble() < root.get("duration_ms").getAsDouble(), root.toString());
        JsonObject neuron = root.getAsJsonArray("populations").get(0).getAsJsonObject();
        // Steps 22, 45, 68, 91 lie in the first 100-step block (see IndependentCheckTest): regular, CV 0.
        assertEquals(result.populations().get(0).statistics().spikeCount(), neuron.get("spike_count").getAsLong());
        assertTrue(neuron.get("spike_count").getAsLong() >= 4);
        assertEquals(0.0, neuron.get("cv_isi").getAsDouble(), 1e-12);
    }

    @Test
    void aFolderOfARunReadsBackToTheSameResultWithItsIds(@TempDir Path dir) throws Exception {
        // three-populations: spikes, three state recorders and three rate recorders, all with ids.
        Path file = example("seed/three-populations.snn");
        Network network = ModelFiles.load(file);
        SimulationResult result = ModelRun.prepare(network, file.toString(), RunOptions.defaults()).run(null,
                () -> false);
        List<String> names = new ArrayList<>();
        for (Path p : ResultFiles.writeData(result, dir)) {
            names.add(p.getFileName().toString());
        }
        names.add(ResultFiles.SUMMARY);
        ResultFiles.writeSummary(result, ModelSource.of(file), "1", names, dir);

        SimulationResult read = ResultReader.read(dir).result();
        assertEquals(result.info(), read.info());
        assertEquals(network.getId(), read.info().modelId());
        assertEquals(result.projections(), read.projections());
        for (int p = 0; p < result.populations().size(); p++) {
            PopulationResult a = result.populations().get(p);
            PopulationResult b = read.populations().get(p);
            assertEquals(network.getPopulations().get(p).getId(), b.id());
            assertEquals(a.spikeThresholdMv(), b.spikeThresholdMv(), 0.0);
            assertEquals(a.statistics(), b.statistics());
            assertArrayEquals(a.spikes().steps(), b.spikes().steps());
            assertArrayEquals(a.spikes().neurons(), b.spikes().neurons());
        }
        assertEquals(3, read.states().size());
        for (int s = 0; s < 3; s++) {
            StateTrace a = result.states().get(s);
            StateTrace b = read.states().get(s);
            assertEquals(a.recorderId(), b.recorderId());
            assertEquals(a.populationId(), b.populationId());
            assertArrayEquals(a.steps(), b.steps());
            for (int k = 0; k < a.values().length; k++) {
                assertArrayEquals(a.values()[k], b.values()[k], "values are written with full precision");
            }
        }
        for (int r = 0; r < result.rates().size(); r++) {
            assertEquals(result.rates().get(r).recorderId(), read.rates().get(r).recorderId());
            assertArrayEquals(result.rates().get(r).rateHz(), read.rates().get(r).rateHz());
        }
    }
}
