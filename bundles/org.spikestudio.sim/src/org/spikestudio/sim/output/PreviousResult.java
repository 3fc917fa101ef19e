// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.spikestudio.results.io.ResultFiles;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The files of the result already in a folder: those its {@code summary.json} lists, but only when
 * Spikestudio wrote that summary. A summary is Spikestudio's when it starts with
 * {@code "format": "spikestudio-results"} and an integer {@code "format_version"}, or, for results
 * written before that marker existed, when it has exactly the older summary's members. Anything else
 * named summary.json belongs to someone else and never licenses deleting a file.
 */
final class PreviousResult {

    private static final String FORMAT = ResultFiles.FORMAT;

    /** The members of summary.json before the format marker (unchanged from the first release to then). */
    private static final Set<String> UNMARKED_MEMBERS = Set.of("model", "seed", "dt_ms", "duration_ms", "simulated_ms",
            "steps", "partial", "threads", "engine_version", "spikestudio_version", "wall_time", "populations",
            "projections", "rates", "files");

    private PreviousResult() {
    }

    /**
     * The plain file names listed by the Spikestudio summary in {@code folder}; empty when it has no
     * summary.json.
     *
     * @param shown the folder as the user named it, for the message
     * @throws IOException when summary.json is not Spikestudio's, naming it
     */
    static Set<String> files(Path folder, Path shown) throws IOException {
        Path summary = folder.resolve(ResultFiles.SUMMARY);
        if (!Files.exists(summary, LinkOption.NOFOLLOW_LINKS)) {
            return Set.of();
        }
        Set<String> files = listed(summary);
        if (files == null) {
            throw new IOException("output directory '" + shown + "' holds a " + ResultFiles.SUMMARY
                    + " that Spikestudio did not write (" + shown.resolve(ResultFiles.SUMMARY) + " has no \"format\": \""
                    + FORMAT + "\"); Spikestudio replaces only its own results: move that file away or choose another"
                    + " --out");
        }
        return files;
    }

    /** The names a Spikestudio summary lists (plain names only), or null when the file is not one. */
    static Set<String> listed(Path summary) {
        if (!Files.isRegularFile(summary, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        JsonElement root;
        try (Reader in = Files.newBufferedReader(summary, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(in);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
        if (!(root instanceof JsonObject o) || !isSpikestudios(o) || !(o.get("files") instanceof com.google.gson.JsonArray list)) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonElement e : list) {
            if (!(e instanceof JsonPrimitive p) || !p.isString()) {
                return null;
            }
            String n = p.getAsString();
            // Only plain names of this folder: a summary is never a licence to delete elsewhere.
            if (!n.isEmpty() && !n.contains("/") && !n.contains("\\") && !n.startsWith(".")) {
                names.add(n);
            }
        }
        return names;
    }

    private static boolean isSpikestudios(JsonObject o) {
        if (o.has("format")) {
            return o.get("format") instanceof JsonPrimitive f && f.isString() && f.getAsString().equals(FORMAT)
                    && o.get("format_version") instanceof JsonPrimitive v && v.isNumber() && isInteger(v);
        }
        return o.keySet().equals(UNMARKED_MEMBERS) && o.get("model") instanceof JsonObject model
                && model.get("sha256") instanceof JsonPrimitive sha && sha.isString()
                && sha.getAsString().matches("[0-9a-f]{64}") && o.get("engine_version") instanceof JsonPrimitive;
    }

    private static boolean isInteger(JsonPrimitive v) {
        try {
            v.getAsBigDecimal().intValueExact();
            return true;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }
}
