// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spikestudio.results.ModelSource;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.ProjectionSummary;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.SpikeTrains;
import org.spikestudio.results.StateTrace;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * Writes a result as plain files that Python, R or a spreadsheet read directly: {@code spikes.csv}
 * (time_ms, population, neuron), one {@code state-<recorder>.csv} per state recorder (time_ms, then a
 * column per neuron), {@code rates.csv} (time_ms, population, recorder, bin_ms, rate_hz, with time the
 * bin start) and {@code summary.json}. Values are written with full double precision; times with dt's
 * decimals. {@link ResultReader} reads such a folder back.
 */
public final class ResultFiles {

    public static final String SPIKES = "spikes.csv";
    public static final String RATES = "rates.csv";
    public static final String SUMMARY = "summary.json";
    /** The value of summary.json's first field, {@code "format"}: what wrote the folder. */
    public static final String FORMAT = "spikestudio-results";
    /**
     * The version of the folder's layout in summary.json's {@code "format_version"}; folders written
     * before it existed have none (read as version 0).
     */
    public static final int FORMAT_VERSION = 1;

    private ResultFiles() {
    }

    /** {@code state-<recorder>.csv}, with characters unsafe in file names replaced by '_'. */
    public static String stateFileName(StateTrace trace) {
        return "state-" + trace.recorder().replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }

    /** Writes spikes, state and rate files into {@code dir}; returns them in that order. */
    public static List<Path> writeData(SimulationResult result, Path dir) throws IOException {
        double dt = result.dt();
        DecimalTimes times = new DecimalTimes(dt);
        List<Path> files = new ArrayList<>();
        files.add(writeSpikes(result, dir.resolve(SPIKES), times));
        for (StateTrace trace : result.states()) {
            files.add(writeState(trace, dir.resolve(stateFileName(trace)), times, dt));
        }
        files.add(writeRates(result, dir.resolve(RATES), times));
        return files;
    }

    /** All recorded spikes in time order; within a step by population (model order), then neuron. */
    private static Path writeSpikes(SimulationResult result, Path file, DecimalTimes times) throws IOException {
        List<PopulationResult> recorded = result.populations().stream().filter(PopulationResult::spikesRecorded)
                .toList();
        int[] next = new int[recorded.size()];
        try (Writer out = writer(file)) {
            out.write("time_ms,population,neuron\n");
            while (true) {
                int best = -1;
                long bestStep = Long.MAX_VALUE;
                for (int p = 0; p < recorded.size(); p++) {
                    SpikeTrains s = recorded.get(p).spikes();
                    if (next[p] < s.count() && s.steps()[next[p]] < bestStep) {
                        best = p;
                        bestStep = s.steps()[next[p]];
                    }
                }
                if (best < 0) {
                    break;
                }
                SpikeTrains s = recorded.get(best).spikes();
                String time = times.format(bestStep * result.dt());
                String name = Csv.quote(recorded.get(best).name());
                // The whole step of this population at once: neurons are in ascending order within it.
                while (next[best] < s.count() && s.steps()[next[best]] == bestStep) {
                    out.write(time);
                    out.write(',');
                    out.write(name);
                    out.write(',');
                    out.write(Integer.toString(s.neurons()[next[best]++]));
                    out.write('\n');
                }
            }
        }
        return file;
    }

    private static Path writeState(StateTrace trace, Path file, DecimalTimes times, double dt) throws IOException {
        try (Writer out = writer(file)) {
            out.write("time_ms");
            for (int neuron : trace.neurons()) {
                out.write(',');
                out.write(Csv.quote(trace.population() + "[" + neuron + "]_" + trace.variable().key() + "_"
                        + trace.variable().unit()));
            }
            out.write('\n');
            for (int s = 0; s < trace.sampleCount(); s++) {
                out.write(times.format(trace.steps()[s] * dt));
                for (double[] values : trace.values()) {
                    out.write(',');
                    out.write(Csv.number(values[s]));
                }
                out.write('\n');
            }
        }
        return file;
    }

    private static Path writeRates(SimulationResult result, Path file, DecimalTimes times) throws IOException {
        double dt = result.dt();
        try (Writer out = writer(file)) {
            out.write("time_ms,population,recorder,bin_ms,rate_hz\n");
            double end = result.info().simulatedMs();
            for (RateTrace rate : result.rates()) {
                // The recorder column tells two rates of one population apart; empty for the default rate.
                String prefix = "," + Csv.quote(rate.population()) + ","
                        + (rate.recorder() == null ? "" : Csv.quote(rate.recorder())) + ",";
                for (int b = 0; b < rate.bins(); b++) {
                    double start = rate.binStartStep(b) * dt;
                    // The last bin of a run that ends inside it is shorter; its rate was divided by that width.
                    double width = Math.min(rate.binWidthMs(dt), end - start);
                    out.write(times.format(start));
                    out.write(prefix);
                    out.write(times.format(width));
                    out.write(',');
                    out.write(Csv.number(rate.rateHz()[b]));
                    out.write('\n');
                }
            }
        }
        return file;
    }

    /**
     * Writes {@code summary.json}: the format and its version, the model (id, name, path and SHA-256),
     * seed, dt, durations, whether the run was stopped early ({@code partial}), versions, wall times,
     * statistics per population, synapse counts per projection, the rates and state recordings with
     * the model elements' ids, and the list of result files.
     */
    public static Path writeSummary(SimulationResult result, ModelSource model, String spikestudioVersion,
            List<String> files, Path dir) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("format_version", FORMAT_VERSION);
        JsonObject source = new JsonObject();
        source.addProperty("name", result.info().modelName());
        id(source, "id", result.info().modelId());
        source.addProperty("path", model.path());
        source.addProperty("sha256", model.sha256());
        root.add("model", source);
        root.addProperty("seed", result.info().seed());
        root.addProperty("dt_ms", result.info().timeStepMs());
        root.addProperty("duration_ms", result.info().requestedDurationMs());
        root.addProperty("simulated_ms", result.info().simulatedMs());
        root.addProperty("steps", result.info().steps());
        root.addProperty("partial", result.info().partial());
        root.addProperty("threads", result.info().threads());
        root.addProperty("engine_version", result.info().engineVersion());
        root.addProperty("spikestudio_version", spikestudioVersion);
        JsonObject wall = new JsonObject();
        wall.addProperty("build_s", result.info().buildNanos() / 1e9);
        wall.addProperty("run_s", result.info().runNanos() / 1e9);
        root.add("wall_time", wall);
        JsonArray populations = new JsonArray();
        for (PopulationResult p : result.populations()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", p.name());
            id(o, "id", p.id());
            o.addProperty("type", p.type().key());
            o.addProperty("size", p.size());
            o.addProperty("model", p.model());
            number(o, "spike_threshold_mv", p.spikeThresholdMv());
            o.addProperty("spikes_recorded", p.spikesRecorded());
            o.addProperty("spike_count", p.statistics().spikeCount());
            o.addProperty("mean_rate_hz", p.statistics().meanRateHz());
            number(o, "cv_isi", p.statistics().cvIsi());
            o.addProperty("neurons_in_cv", p.statistics().neuronsInCv());
            populations.add(o);
        }
        root.add("populations", populations);
        JsonArray projections = new JsonArray();
        for (ProjectionSummary p : result.projections()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", p.name());
            id(o, "id", p.id());
            o.addProperty("source", p.source());
            id(o, "source_id", p.sourceId());
            o.addProperty("target", p.target());
            id(o, "target_id", p.targetId());
            o.addProperty("expected_synapses", p.expectedSynapses());
            o.addProperty("synapses", p.synapses());
            projections.add(o);
        }
        root.add("projections", projections);
        JsonArray rates = new JsonArray();
        for (RateTrace r : result.rates()) {
            JsonObject o = new JsonObject();
            o.addProperty("population", r.population());
            id(o, "population_id", r.populationId());
            if (r.recorder() != null) {
                o.addProperty("recorder", r.recorder());
                id(o, "recorder_id", r.recorderId());
            }
            o.addProperty("bin_ms", r.binWidthMs(result.dt()));
            rates.add(o);
        }
        root.add("rates", rates);
        JsonArray states = new JsonArray();
        for (StateTrace s : result.states()) {
            JsonObject o = new JsonObject();
            o.addProperty("file", stateFileName(s));
            o.addProperty("recorder", s.recorder());
            id(o, "recorder_id", s.recorderId());
            o.addProperty("population", s.population());
            id(o, "population_id", s.populationId());
            o.addProperty("variable", s.variable().key());
            o.addProperty("unit", s.variable().unit());
            states.add(o);
        }
        root.add("states", states);
        JsonArray list = new JsonArray();
        files.forEach(list::add);
        root.add("files", list);
        Path file = dir.resolve(SUMMARY);
        try (Writer out = writer(file)) {
            new GsonBuilder().setPrettyPrinting().serializeNulls().serializeSpecialFloatingPointValues().create()
                    .toJson(root, out);
            out.write('\n');
        }
        return file;
    }

    /** An id, left out when not known (a result made without a model). */
    private static void id(JsonObject o, String key, String id) {
        if (id != null) {
            o.addProperty(key, id);
        }
    }

    /** JSON has no NaN: a number that is not known (a CV without neurons of 3 spikes) is written null. */
    private static void number(JsonObject o, String key, double value) {
        if (Double.isNaN(value)) {
            o.add(key, JsonNull.INSTANCE);
        } else {
            o.addProperty(key, value);
        }
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
