// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads a results folder written by {@link ResultFiles} (the command line, a launch, or a folder
 * committed to git), also one written before summary.json had a format version: then ids are null,
 * spike thresholds NaN, and each state file's recorder, population and variable come from its name
 * and column headers. Times are turned back into whole steps of dt. A damaged folder gives an
 * {@link IOException} whose message names the file, and the line for CSV files.
 */
public final class ResultReader {

    /** A state column header, {@code population[neuron]_variable_unit}. */
    private static final Pattern COLUMN = Pattern.compile("(.*)\\[(\\d+)\\]_(.+)_([^_]*)");

    private final Path dir;
    private double dt;

    private ResultReader(Path dir) {
        this.dir = dir;
    }

    /**
     * Reads the folder's summary.json and the data files it lists.
     *
     * @throws IOException when a file is missing or damaged, or summary.json is not a Spikestudio
     *                     summary or comes from a newer format; the message names the file
     */
    public static ResultFolder read(Path dir) throws IOException {
        return new ResultReader(dir).read();
    }

    private ResultFolder read() throws IOException {
        Path summaryFile = dir.resolve(ResultFiles.SUMMARY);
        JsonObject root;
        try (Reader in = Files.newBufferedReader(summaryFile, StandardCharsets.UTF_8)) {
            JsonElement parsed = JsonParser.parseReader(in);
            if (!parsed.isJsonObject()) {
                throw new IOException(summaryFile + ": not a Spikestudio result summary (no JSON object)");
            }
            root = parsed.getAsJsonObject();
        } catch (NoSuchFileException e) {
            throw new IOException(summaryFile + ": no such file; not a Spikestudio results folder", e);
        } catch (JsonParseException e) {
            throw new IOException(summaryFile + ": not valid JSON: " + e.getMessage(), e);
        }
        try {
            return read(root);
        } catch (IllegalStateException | UnsupportedOperationException | ClassCastException | NumberFormatException e) {
            // Gson's getAs* on a member of the wrong kind.
            throw new IOException(summaryFile + ": a member has the wrong kind of value: " + e.getMessage(), e);
        }
    }

    private ResultFolder read(JsonObject root) throws IOException {
        Path summaryFile = dir.resolve(ResultFiles.SUMMARY);
        int version = 0;
        if (root.has("format")) {
            if (!ResultFiles.FORMAT.equals(text(root, "format"))) {
                throw new IOException(summaryFile + ": not a Spikestudio result summary (format '"
                        + text(root, "format") + "')");
            }
            version = required(root, "format_version").getAsInt();
            if (version > ResultFiles.FORMAT_VERSION) {
                throw new IOException(summaryFile + ": written by a newer Spikestudio (format version " + version
                        + "; this one reads up to " + ResultFiles.FORMAT_VERSION + ")");
            }
        } else if (!root.has("populations") || !root.has("files") || !root.has("dt_ms")) {
            throw new IOException(summaryFile + ": not a Spikestudio result summary");
        }
        JsonObject model = required(root, "model").getAsJsonObject();
        dt = required(root, "dt_ms").getAsDouble();
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IOException(summaryFile + ": dt_ms must be a number > 0, is " + dt);
        }
        JsonObject wall = root.has("wall_time") ? root.getAsJsonObject("wall_time") : new JsonObject();
        RunInfo info = new RunInfo(text(model, "id"), text(model, "name"), required(root, "seed").getAsLong(), dt,
                required(root, "duration_ms").getAsDouble(), required(root, "simulated_ms").getAsDouble(),
                required(root, "steps").getAsLong(), required(root, "partial").getAsBoolean(),
                required(root, "threads").getAsInt(), nanos(wall, "build_s"), nanos(wall, "run_s"),
                text(root, "engine_version"));
        List<String> files = new ArrayList<>();
        for (JsonElement f : required(root, "files").getAsJsonArray()) {
            files.add(f.getAsString());
        }

        Map<String, SpikeTrains> spikes = files.contains(ResultFiles.SPIKES) ? readSpikes() : Map.of();
        List<PopulationResult> populations = new ArrayList<>();
        for (JsonElement e : required(root, "populations").getAsJsonArray()) {
            JsonObject p = e.getAsJsonObject();
            String name = text(p, "name");
            PopulationType type = PopulationType.ofKey(text(p, "type"));
            if (name == null || type == null) {
                throw new IOException(summaryFile + ": a population needs a name and a type (excitatory or inhibitory): "
                        + p);
            }
            boolean recorded = required(p, "spikes_recorded").getAsBoolean();
            SpikeTrains trains = recorded ? spikes.getOrDefault(name, new SpikeTrains(new int[0], new int[0])) : null;
            populations.add(new PopulationResult(text(p, "id"), name, type, required(p, "size").getAsInt(),
                    text(p, "model"), number(p, "spike_threshold_mv"), trains,
                    new PopulationStatistics(required(p, "spike_count").getAsLong(), number(p, "mean_rate_hz"),
                            number(p, "cv_isi"), p.has("neurons_in_cv") ? p.get("neurons_in_cv").getAsInt() : 0)));
        }
        List<ProjectionSummary> projections = new ArrayList<>();
        for (JsonElement e : array(root, "projections")) {
            JsonObject p = e.getAsJsonObject();
            projections.add(new ProjectionSummary(text(p, "id"), text(p, "name"), text(p, "source_id"),
                    text(p, "source"), text(p, "target_id"), text(p, "target"),
                    required(p, "expected_synapses").getAsLong(), required(p, "synapses").getAsLong()));
        }
        List<StateTrace> states = new ArrayList<>();
        Map<String, JsonObject> stateEntries = new HashMap<>();
        for (JsonElement e : array(root, "states")) {
            stateEntries.put(text(e.getAsJsonObject(), "file"), e.getAsJsonObject());
        }
        for (String f : files) {
            if (f.startsWith("state-") && f.endsWith(".csv")) {
                states.add(readState(f, stateEntries.get(f)));
            }
        }
        List<RateTrace> rates = readRates(array(root, "rates"), info.steps());
        SimulationResult result = new SimulationResult(info, populations, projections, states, rates);
        ModelSource source = new ModelSource(text(model, "path"), text(model, "sha256"));
        return new ResultFolder(dir, version, source, text(root, "spikestudio_version"), files, result);
    }

    private Map<String, SpikeTrains> readSpikes() throws IOException {
        Map<String, IntArray[]> byPopulation = new LinkedHashMap<>();
        try (Lines lines = new Lines(dir.resolve(ResultFiles.SPIKES), "time_ms,population,neuron")) {
            for (List<String> row = lines.next(3); row != null; row = lines.next(3)) {
                IntArray[] trains = byPopulation.computeIfAbsent(row.get(1),
                        p -> new IntArray[] { new IntArray(), new IntArray() });
                trains[0].add(lines.step(row.get(0), dt));
                trains[1].add(lines.integer(row.get(2)));
            }
        }
        Map<String, SpikeTrains> spikes = new HashMap<>();
        byPopulation.forEach((p, t) -> spikes.put(p, new SpikeTrains(t[0].toArray(), t[1].toArray())));
        return spikes;
    }

    private StateTrace readState(String name, JsonObject entry) throws IOException {
        Path file = dir.resolve(name);
        try (Lines lines = new Lines(file, null)) {
            List<String> header = lines.header;
            int columns = header.size() - 1;
            int[] neurons = new int[columns];
            String population = null;
            RecordedVariable variable = null;
            for (int c = 0; c < columns; c++) {
                Matcher m = COLUMN.matcher(header.get(c + 1));
                if (!m.matches() || RecordedVariable.ofKey(m.group(3)) == null) {
                    throw new IOException(file + ":1: column " + (c + 2) + " is not population[neuron]_variable_unit: '"
                            + header.get(c + 1) + "'");
                }
                neurons[c] = Integer.parseInt(m.group(2));
                population = m.group(1);
                variable = RecordedVariable.ofKey(m.group(3));
            }
            String recorder = name.substring("state-".length(), name.length() - ".csv".length());
            String recorderId = null;
            String populationId = null;
            if (entry != null) {
                recorder = text(entry, "recorder");
                recorderId = text(entry, "recorder_id");
                population = text(entry, "population");
                populationId = text(entry, "population_id");
                variable = RecordedVariable.ofKey(text(entry, "variable"));
            }
            if (population == null || variable == null) {
                throw new IOException(file + ": its population and variable are not known (no neuron columns and no"
                        + " entry in " + ResultFiles.SUMMARY + ")");
            }
            IntArray steps = new IntArray();
            List<double[]> rows = new ArrayList<>();
            for (List<String> row = lines.next(columns + 1); row != null; row = lines.next(columns + 1)) {
                steps.add(lines.step(row.get(0), dt));
                double[] values = new double[columns];
                for (int c = 0; c < columns; c++) {
                    values[c] = lines.number(row.get(c + 1));
                }
                rows.add(values);
            }
            double[][] values = new double[columns][rows.size()];
            for (int s = 0; s < rows.size(); s++) {
                for (int c = 0; c < columns; c++) {
                    values[c][s] = rows.get(s)[c];
                }
            }
            return new StateTrace(recorderId, recorder, populationId, population, variable, neurons, steps.toArray(),
                    values);
        }
    }

    /** The rates in the order of summary.json's list, with their bins from rates.csv. */
    private List<RateTrace> readRates(JsonArray entries, long steps) throws IOException {
        Map<String, List<Double>> bins = new LinkedHashMap<>();
        Path file = dir.resolve(ResultFiles.RATES);
        if (Files.exists(file) || !entries.isEmpty()) {
            try (Lines lines = new Lines(file, "time_ms,population,recorder,bin_ms,rate_hz")) {
                for (List<String> row = lines.next(5); row != null; row = lines.next(5)) {
                    bins.computeIfAbsent(row.get(1) + '\n' + row.get(2), k -> new ArrayList<>())
                            .add(lines.number(row.get(4)));
                }
            }
        }
        List<RateTrace> rates = new ArrayList<>();
        for (JsonElement e : entries) {
            JsonObject r = e.getAsJsonObject();
            String population = text(r, "population");
            String recorder = text(r, "recorder");
            int binSteps = RateTrace.binSteps(required(r, "bin_ms").getAsDouble(), dt);
            List<Double> values = bins.getOrDefault(population + '\n' + (recorder == null ? "" : recorder), List.of());
            long expected = (steps + binSteps - 1) / binSteps;
            if (values.size() != expected) {
                throw new IOException(file + ": the rate of " + population + (recorder == null ? "" : " (" + recorder + ")")
                        + " has " + values.size() + " bins; " + steps + " steps in bins of " + binSteps + " give "
                        + expected);
            }
            rates.add(new RateTrace(text(r, "recorder_id"), recorder, text(r, "population_id"), population, binSteps,
                    values.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return rates;
    }

    private JsonElement required(JsonObject o, String key) throws IOException {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            throw new IOException(dir.resolve(ResultFiles.SUMMARY) + ": '" + key + "' is missing");
        }
        return e;
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    /** A number written as null (NaN) or missing (an older format) is NaN. */
    private static double number(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? Double.NaN : e.getAsDouble();
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || !e.isJsonArray() ? new JsonArray() : e.getAsJsonArray();
    }

    private static long nanos(JsonObject wall, String key) {
        double seconds = number(wall, key);
        return Double.isNaN(seconds) ? 0 : Math.round(seconds * 1e9);
    }

    /** The rows of a CSV file after its header, with the file and line in every error. */
    private static final class Lines implements AutoCloseable {
        final Path file;
        final BufferedReader in;
        final List<String> header;
        int line = 1;

        Lines(Path file, String expectedHeader) throws IOException {
            this.file = file;
            try {
                this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new IOException(file + ": no such file, but " + ResultFiles.SUMMARY + " lists it", e);
            }
            String first = in.readLine();
            if (first == null || expectedHeader != null && !first.equals(expectedHeader)) {
                in.close();
                throw new IOException(file + ":1: the header must be '" + expectedHeader + "', is '" + first + "'");
            }
            List<String> fields = Csv.split(first);
            if (fields == null || !fields.get(0).equals("time_ms")) {
                in.close();
                throw new IOException(file + ":1: the header must begin with time_ms, is '" + first + "'");
            }
            this.header = fields;
        }

        /** The fields of the next line, or null at the end. */
        List<String> next(int fields) throws IOException {
            String text = in.readLine();
            if (text == null) {
                return null;
            }
            line++;
            List<String> row = Csv.split(text);
            if (row == null || row.size() != fields) {
                throw error(fields + " fields expected, found " + (row == null ? "an unclosed quote" : row.size()));
            }
            return row;
        }

        /** A time in ms as a whole step of dt. */
        int step(String text, double dt) throws IOException {
            double steps = number(text) / dt;
            long step = Math.round(steps);
            if (!(Math.abs(steps - step) < Math.max(1e-6, 1e-12 * step)) || step < 0 || step > Integer.MAX_VALUE) {
                throw error("time " + text + " ms is not a whole step of dt = " + dt + " ms");
            }
            return (int) step;
        }

        double number(String text) throws IOException {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw error("'" + text + "' is not a number");
            }
        }

        int integer(String text) throws IOException {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw error("'" + text + "' is not a whole number");
            }
        }

        IOException error(String message) {
            return new IOException(file + ":" + line + ": " + message);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A growable int array. */
    private static final class IntArray {
        int[] values = new int[64];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
