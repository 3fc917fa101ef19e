// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.spikestudio.results.io.ResultFiles;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A results directory written all or nothing: files go to a hidden staging folder inside it and are
 * moved in place by {@link #commit} only when every file was written; {@link #abort} removes the
 * staging folder, so a failure never leaves half a result behind. The files of the previous result
 * (listed in its summary.json) that this result does not write again are removed on commit, so a
 * directory never mixes two runs.
 */
public final class OutputDirectory implements AutoCloseable {

    private final Path directory;
    private final Path staging;
    /** The topmost folder that {@link #open} created (the directory or one of its parents), or null. */
    private final Path created;
    private volatile boolean done;

    private OutputDirectory(Path directory, Path staging, Path created) {
        this.directory = directory;
        this.staging = staging;
        this.created = created;
    }

    /**
     * Creates the directory when needed and a staging folder in it, before anything is simulated, so
     * an unwritable location is reported at once.
     *
     * @throws IOException with a message naming the directory and the reason
     */
    public static OutputDirectory open(Path directory) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new IOException("output '" + directory + "' exists and is not a directory");
            }
            Path created = null;
            for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
                created = p;
            }
            Files.createDirectories(dir);
            removeAbandonedStaging(dir);
            String prefix = STAGING_PREFIX + ProcessHandle.current().pid() + "-";
            return new OutputDirectory(dir, Files.createTempDirectory(dir, prefix), created);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write to output directory '" + directory + "': permission denied ("
                    + e.getFile() + ")", e);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot create output directory '" + directory + "': '" + e.getFile()
                    + "' exists and is not a directory", e);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot create output directory '" + directory + "': '" + e.getFile()
                    + "' does not exist", e);
        } catch (FileSystemException e) {
            throw new IOException("cannot create output directory '" + directory + "': "
                    + (e.getReason() == null ? e.toString() : e.getFile() + ": " + e.getReason()), e);
        }
    }

    /** Staging folders are named {@code .staging-<pid>-<random>}: the pid tells whether their writer still runs. */
    private static final String STAGING_PREFIX = ".staging-";

    /** Removes staging folders whose process is gone (killed with SIGKILL, power loss): they can never be committed. */
    private static void removeAbandonedStaging(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
                String rest = entry.getFileName().toString().substring(STAGING_PREFIX.length());
                int dash = rest.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                } catch (NumberFormatException notOurs) {
                    continue;
                }
                if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty()) {
                    deleteTree(entry);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // Best effort: nothing else can be done about a folder we cannot delete.
        }
    }

    public Path directory() {
        return directory;
    }

    /** Where to write files before {@link #commit}. */
    public Path staging() {
        return staging;
    }

    /** Moves the staged files into the directory, replacing earlier ones, and returns their final paths. */
    public synchronized List<Path> commit() throws IOException {
        List<Path> staged;
        try (Stream<Path> files = Files.list(staging)) {
            staged = files.sorted().toList();
        }
        List<String> names = staged.stream().map(p -> p.getFileName().toString()).toList();
        removePreviousResult(names);
        for (Path file : staged) {
            Files.move(file, directory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        Files.delete(staging);
        done = true;
        return names.stream().map(directory::resolve).toList();
    }

    private void removePreviousResult(List<String> newNames) {
        Path summary = directory.resolve(ResultFiles.SUMMARY);
        if (!Files.isRegularFile(summary)) {
            return;
        }
        try (Reader in = Files.newBufferedReader(summary, StandardCharsets.UTF_8)) {
            JsonElement root = JsonParser.parseReader(in);
            if (root instanceof JsonObject o && o.get("files") != null && o.get("files").isJsonArray()) {
                for (JsonElement name : o.getAsJsonArray("files")) {
                    String n = name.getAsString();
                    // Only plain names of this directory: a summary is never a licence to delete elsewhere.
                    if (!newNames.contains(n) && !n.contains("/") && !n.contains("\\") && !n.startsWith(".")) {
                        Files.deleteIfExists(directory.resolve(n));
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // A foreign or damaged summary.json: keep everything; it is replaced by the new one.
        }
    }

    /** Removes the staging folder and what was written into it, and the directory when {@link #open} created it. */
    public synchronized void abort() {
        if (done) {
            return;
        }
        done = true;
        deleteTree(staging);
        try {
            if (created != null) {
                // Up to the topmost folder open() created; stops, keeping it, when something else appeared in one.
                for (Path p = directory; p != null && p.startsWith(created); p = p.getParent()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException ignored) {
            // Best effort: nothing else can be done about a folder we cannot delete.
        }
    }

    /** Aborts unless committed. */
    @Override
    public void close() {
        abort();
    }
}
