// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.launch.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * One run in the Runs view, from its summary.json alone (a results folder may hold millions of
 * spikes; the view needs a few fields).
 *
 * @param summary     the summary.json file
 * @param modelName   the network's name
 * @param modelPath   the model file as the run named it
 * @param sha256      the model file's SHA-256 when it ran
 * @param seed        the seed used
 * @param date        when summary.json was written
 * @param durationMs  the requested duration
 * @param simulatedMs what was simulated (less than the duration when partial)
 * @param partial     whether the run was stopped early
 * @param spikes      spike count per population, in model order
 */
public record RunRecord(IFile summary, String modelName, String modelPath, String sha256, long seed, Instant date,
        double durationMs, double simulatedMs, boolean partial, List<PopulationSpikes> spikes) {

    /** The spikes of one population. */
    public record PopulationSpikes(String population, long count) {
    }

    public RunRecord {
        spikes = List.copyOf(spikes);
    }

    /** The folder of the run, in the file system. */
    public Path folder() {
        return summary.getParent().getLocation().toPath();
    }

    /** Whether {@code other} ran the same model file (before and after a change, say), so the two compare. */
    public boolean sameModel(RunRecord other) {
        return Objects.equals(modelPath, other.modelPath) && Objects.equals(modelName, other.modelName);
    }

    public long totalSpikes() {
        return spikes.stream().mapToLong(PopulationSpikes::count).sum();
    }

    /**
     * Reads a summary.json; null when it is not one of a Spikestudio result (another tool's file of
     * that name, or one being written).
     */
    static RunRecord read(IFile summary) {
        Path file = summary.getLocation() == null ? null : summary.getLocation().toPath();
        if (file == null) {
            return null;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonObject json = JsonParser.parseReader(in).getAsJsonObject();
            if (!"spikestudio-results".equals(text(json, "format"))) {
                return null;
            }
            JsonObject model = json.getAsJsonObject("model");
            List<PopulationSpikes> spikes = new ArrayList<>();
            for (JsonElement p : json.getAsJsonArray("populations")) {
                JsonObject population = p.getAsJsonObject();
                spikes.add(new PopulationSpikes(text(population, "name"), population.get("spike_count").getAsLong()));
            }
            return new RunRecord(summary, text(model, "name"), text(model, "path"), text(model, "sha256"),
                    json.get("seed").getAsLong(), Files.getLastModifiedTime(file).toInstant(),
                    json.get("duration_ms").getAsDouble(), json.get("simulated_ms").getAsDouble(),
                    json.get("partial").getAsBoolean(), spikes);
        } catch (IOException | JsonParseException | IllegalStateException | NullPointerException
                | UnsupportedOperationException e) {
            return null;
        }
    }

    private static String text(JsonObject json, String name) {
        JsonElement e = json == null ? null : json.get(name);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }
}
