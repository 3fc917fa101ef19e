// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.results.ModelSource;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.PopulationStatistics;
import org.spikestudio.results.PopulationType;
import org.spikestudio.results.ProjectionSummary;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.RecordedVariable;
import org.spikestudio.results.RunInfo;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.SpikeTrains;
import org.spikestudio.results.StateTrace;

/** Writing a folder and reading it back, reading a folder of the first format, and refusing damaged ones. */
class ResultReaderTest {

    /**
     * A partial run of 25 steps of 0.1 ms: population "e,1" (a comma and a quote in its name) with spikes
     * and a NaN CV, an unrecorded inhibitory population, a state trace sampled every 2 steps, a rate in
     * bins of 10 steps (the last one 5 steps) and a default rate.
     */
    private static SimulationResult handMade() {
        RunInfo info = new RunInfo("net-id", "net", 7, 0.1, 10.0, 2.5, 25, true, 2, 1_000_000, 2_000_000, "1.2.3");
        String e = "e,1\"x";
        PopulationResult exc = new PopulationResult("p-e", e, PopulationType.EXCITATORY, 3, "lif: LIF", -50.0,
                new SpikeTrains(new int[] { 0, 0, 3, 24 }, new int[] { 0, 2, 1, 0 }),
                new PopulationStatistics(4, 53.3, Double.NaN, 0));
        PopulationResult inh = new PopulationResult("p-i", "i", PopulationType.INHIBITORY, 2, "izh: Izhikevich", 30.0,
                null, new PopulationStatistics(5, 100.0, 0.25, 1));
        StateTrace v = new StateTrace("rec-v", "v rec", "p-e", e, RecordedVariable.MEMBRANE_POTENTIAL,
                new int[] { 2, 0 }, new int[] { 0, 2, 4 },
                new double[][] { { -65.0, 0.1 + 0.2, Double.NaN }, { 1e-300, -0.0, Double.POSITIVE_INFINITY } });
        RateTrace rate = new RateTrace("rec-r", "r", "p-e", e, 10, new double[] { 1000.0 / 3, 0, 2000.0 / 3 });
        RateTrace defaultRate = new RateTrace(null, null, "p-i", "i", 10, new double[] { 0, 500, 1000 });
        ProjectionSummary projection = new ProjectionSummary("pr", "e_to_i", "p-e", e, "p-i", "i", 6, 5);
        return new SimulationResult(info, List.of(exc, inh), List.of(projection), List.of(v), List.of(rate, defaultRate));
    }

    private static List<String> write(SimulationResult result, Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        for (Path p : ResultFiles.writeData(result, dir)) {
            files.add(p.getFileName().toString());
        }
        files.add(ResultFiles.SUMMARY);
        ResultFiles.writeSummary(result, new ModelSource("/m/net.snn", "abc"), "9.9", files, dir);
        return files;
    }

    @Test
    void aWrittenFolderReadsBackToTheSameResult(@TempDir Path dir) throws IOException {
        SimulationResult written = handMade();
        List<String> files = write(written, dir);
        ResultFolder folder = ResultReader.read(dir);

        assertEquals(ResultFiles.FORMAT_VERSION, folder.formatVersion());
        assertEquals(files, folder.files());
        assertEquals(new ModelSource("/m/net.snn", "abc"), folder.model());
        assertEquals("9.9", folder.spikestudioVersion());
        SimulationResult read = folder.result();
        // Every number is written with full precision (or as whole steps), so the comparison is exact.
        assertEquals(written.info(), read.info());
        assertEquals(written.projections(), read.projections());
        assertEquals(written.populations().size(), read.populations().size());
        for (int p = 0; p < written.populations().size(); p++) {
            PopulationResult a = written.populations().get(p);
            PopulationResult b = read.populations().get(p);
            assertEquals(List.of(a.id(), a.name(), a.type(), a.size(), a.model(), a.spikeThresholdMv()),
                    List.of(b.id(), b.name(), b.type(), b.size(), b.model(), b.spikeThresholdMv()));
            assertEquals(a.statistics().toString(), b.statistics().toString(), "NaN compares by its text");
            assertEquals(a.spikesRecorded(), b.spikesRecorded());
            if (a.spikesRecorded()) {
                assertArrayEquals(a.spikes().steps(), b.spikes().steps());
                assertArrayEquals(a.spikes().neurons(), b.spikes().neurons());
            }
        }
        StateTrace a = written.states().get(0);
        StateTrace b = read.states().get(0);
        assertEquals(List.of(a.recorderId(), a.recorder(), a.populationId(), a.population(), a.variable()),
                List.of(b.recorderId(), b.recorder(), b.populationId(), b.population(), b.variable()));
        assertArrayEquals(a.neurons(), b.neurons());
        assertArrayEquals(a.steps(), b.steps());
        for (int k = 0; k < a.values().length; k++) {
            assertArrayEquals(a.values()[k], b.values()[k]);
        }
        assertEquals(2, read.rates().size());
        for (int r = 0; r < 2; r++) {
            RateTrace x = written.rates().get(r);
            RateTrace y = read.rates().get(r);
            assertEquals(List.of(String.valueOf(x.recorderId()), String.valueOf(x.recorder()), x.populationId(),
                    x.population(), x.binSteps()),
                    List.of(String.valueOf(y.recorderId()), String.valueOf(y.recorder()), y.populationId(),
                            y.population(), y.binSteps()));
            assertArrayEquals(x.rateHz(), y.rateHz());
        }
        // The summary begins with what wrote it.
        assertTrue(Files.readString(dir.resolve(ResultFiles.SUMMARY))
                .startsWith("{\n  \"format\": \"spikestudio-results\",\n  \"format_version\": 1,\n"));
    }

    /** The folder of tests/.../resources/before-format: two-excitatory.snn run by the first format (no ids). */
    private static Path beforeFormat() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("tests/org.spikestudio.results.tests/resources/before-format/two-excitatory");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            if (Files.isDirectory(dir.resolve("resources/before-format/two-excitatory"))) {
                return dir.resolve("resources/before-format/two-excitatory");
            }
        }
        throw new IllegalStateException("resources/before-format not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void readsAFolderWrittenBeforeTheFormatHadAVersion() throws IOException {
        Path dir = beforeFormat();
        ResultFolder folder = ResultReader.read(dir);
        SimulationResult result = folder.result();
        assertEquals(0, folder.formatVersion());
        assertEquals("two_excitatory", result.info().modelName());
        assertNull(result.info().modelId(), "the first format had no ids");
        assertEquals(1000, result.info().steps());
        assertEquals(List.of("a", "b"), result.populations().stream().map(PopulationResult::name).toList());

        // The spikes per population are the rows of spikes.csv, counted here by plain text, and the
        // counts that summary.json gives.
        List<String> rows = Files.readAllLines(dir.resolve("spikes.csv"));
        for (PopulationResult p : result.populations()) {
            long lines = rows.stream().filter(r -> r.endsWith("," + p.name() + ",0")).count();
            assertEquals(lines, p.spikes().count(), p.name());
            assertEquals(p.statistics().spikeCount(), p.spikes().count(), p.name());
            assertTrue(Double.isNaN(p.spikeThresholdMv()), "not in the first format");
        }
        // The first row, 2.8,a,0, is step 28.
        assertEquals(28, result.population("a").orElseThrow().spikes().steps()[0]);

        // Four state files in the summary's order: recorder, population and variable from the file name
        // and the column header.
        assertEquals(List.of("a_v", "b_v", "a_current", "b_current"),
                result.states().stream().map(StateTrace::recorder).toList());
        StateTrace bv = result.states().get(1);
        assertEquals("b", bv.population());
        assertEquals(RecordedVariable.MEMBRANE_POTENTIAL, bv.variable());
        assertEquals(1000, bv.sampleCount());
        assertEquals(1, bv.steps()[1]);
        assertEquals(0.030000000000000006, bv.values()[0][1], 0.0); // the text of row 3, exactly
        assertEquals(RecordedVariable.INPUT_CURRENT, result.states().get(2).variable());

        // Rates times size times bin width give back each population's spikes.
        for (RateTrace r : result.rates()) {
            double spikes = 0;
            for (double hz : r.rateHz()) {
                spikes += hz * 1 * 1.0 / 1000; // size 1, 1 ms bins
            }
            assertEquals(result.population(r.population()).orElseThrow().statistics().spikeCount(), spikes, 1e-6);
            assertEquals(10, r.binSteps());
        }
    }

    @Test
    void aForeignOrNewerSummaryIsRefusedWithItsFileName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("summary.json"), "{\"files\": [\"data.txt\"]}");
        IOException foreign = assertThrows(IOException.class, () -> ResultReader.read(dir));
        assertTrue(foreign.getMessage().contains("summary.json: not a Spikestudio result summary"),
                foreign.getMessage());

        write(handMade(), dir);
        Path summary = dir.resolve("summary.json");
        Files.writeString(summary, Files.readString(summary).replace("\"format_version\": 1", "\"format_version\": 2"));
        IOException newer = assertThrows(IOException.class, () -> ResultReader.read(dir));
        assertTrue(newer.getMessage().contains("written by a newer Spikestudio (format version 2"), newer.getMessage());

        Files.writeString(summary, "{\"format\": \"other-tool\"}");
        assertTrue(assertThrows(IOException.class, () -> ResultReader.read(dir)).getMessage()
                .contains("format 'other-tool'"));
    }

    @Test
    void aDamagedCsvFileIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        write(handMade(), dir);
        Path state = dir.resolve("state-v_rec.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(state));
        lines.set(2, lines.get(2).replaceFirst(",[^,]*$", ",oops"));
        Files.write(state, lines);
        IOException e = assertThrows(IOException.class, () -> ResultReader.read(dir));
        assertEquals(state + ":3: 'oops' is not a number", e.getMessage());

        write(handMade(), dir);
        Path spikes = dir.resolve("spikes.csv");
        try (Stream<String> all = Files.lines(spikes)) {
            List<String> rows = new ArrayList<>(all.toList());
            rows.set(1, "0.05,\"e,1\"\"x\",0"); // half a step
            Files.write(spikes, rows);
        }
        e = assertThrows(IOException.class, () -> ResultReader.read(dir));
        assertEquals(spikes + ":2: time 0.05 ms is not a whole step of dt = 0.1 ms", e.getMessage());
    }
}
