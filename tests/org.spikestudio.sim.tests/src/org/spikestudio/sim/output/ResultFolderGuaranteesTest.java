// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a results folder guarantees (README "Security and reliability"): one complete result at every
 * instant, the user's files untouched, one run at a time, foreign summaries never obeyed, leftovers of
 * killed runs sorted out. The kill -9 at every rename of a real run is tested by
 * releng/org.spikestudio.product/kill-test.sh.
 */
class ResultFolderGuaranteesTest {

    private static final String MARKED = "{\"format\": \"spikestudio-results\", \"format_version\": 1, \"files\": ";

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static Object inode(Path p) throws IOException {
        return Files.getAttribute(p, "unix:ino", LinkOption.NOFOLLOW_LINKS);
    }

    /** Writes a result whose files all hold {@code tag}, listed by a Spikestudio summary. */
    private static List<Path> commit(Path out, String tag, String... files) throws IOException {
        try (OutputDirectory output = OutputDirectory.open(out)) {
            StringBuilder list = new StringBuilder("[\"summary.json\"");
            for (String f : files) {
                Files.writeString(output.staging().resolve(f), tag);
                list.append(", \"").append(f).append('"');
            }
            Files.writeString(output.staging().resolve("summary.json"), MARKED + list + "], \"tag\": \"" + tag + "\"}");
            return output.commit();
        }
    }

    @Test
    void theUsersFilesAndFoldersStayTheSameFilesAndTheFolderKeepsItsMode(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        commit(out, "old", "spikes.csv", "state-old.csv");
        Files.writeString(out.resolve("notes.txt"), "mine");
        Path deep = Files.createDirectories(out.resolve("analysis/figures")).resolve("fig.txt");
        Files.writeString(deep, "deep");
        Files.createSymbolicLink(out.resolve("link"), Path.of("notes.txt"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-x---"));
        Object notes = inode(out.resolve("notes.txt"));
        Object fig = inode(deep);
        Object folder = inode(out);

        commit(out, "new", "spikes.csv", "state-new.csv");

        assertEquals(Set.of("summary.json", "spikes.csv", "state-new.csv", "notes.txt", "analysis", "link"), names(out),
                "the old result's state-old.csv is gone, the user's entries stay");
        assertEquals("new", Files.readString(out.resolve("spikes.csv")));
        assertEquals(notes, inode(out.resolve("notes.txt")), "the very same file, not a copy");
        assertEquals(fig, inode(deep), "files in the user's folders too");
        assertEquals(Path.of("notes.txt"), Files.readSymbolicLink(out.resolve("link")));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertNotEquals(folder, inode(out), "the folder was swapped as a whole, not filled file by file");
        assertEquals(Set.of("out"), names(tmp), "nothing left beside it");
    }

    /**
     * A reader that holds the folder open (as ls, git or a file manager do) sees one result: every
     * result file it reads carries the same run's tag. Moving files in one at a time showed mixtures
     * here within a few commits.
     */
    @Test
    void aReaderNeverSeesTwoResultsMixed(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        String[] files = { "spikes.csv", "rates.csv", "state-a.csv", "raster.png", "rate.png" };
        commit(out, "run0", files);
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(out)) {
            Assumptions.assumeTrue(stream instanceof SecureDirectoryStream, "no openat on this platform");
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> mixed = new AtomicReference<>();
        int[] looks = new int[1];
        Thread reader = new Thread(() -> {
            while (!stop.get() && mixed.get() == null) {
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(out)) {
                    @SuppressWarnings("unchecked")
                    SecureDirectoryStream<Path> dir = (SecureDirectoryStream<Path>) stream;
                    Set<String> tags = new HashSet<>();
                    for (String f : files) {
                        try (SeekableByteChannel in = dir.newByteChannel(Path.of(f), Set.of(StandardOpenOption.READ))) {
                            ByteBuffer b = ByteBuffer.allocate(16);
                            in.read(b);
                            tags.add(new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII));
                        } catch (NoSuchFileException deletedWithTheOldFolder) {
                            // The old folder is emptied after the swap: fewer files, never another run's.
                        }
                    }
                    if (tags.size() > 1) {
                        mixed.set(tags.toString());
                    }
                    looks[0]++;
                } catch (IOException e) {
                    // The folder was swapped between the open and the listing: look again.
                }
            }
        });
        reader.start();
        for (int run = 1; run <= 60 && mixed.get() == null; run++) {
            commit(out, "run" + run, files);
        }
        stop.set(true);
        reader.join();
        assertEquals(null, mixed.get(), "one reader saw files of two runs");
        assertTrue(looks[0] > 10, "the reader looked often enough to matter: " + looks[0]);
    }

    @Test
    void aForeignSummaryIsRefusedNamingItAndNothingIsDeleted(@TempDir Path tmp) throws Exception {
        for (String foreign : List.of("{\"files\": [\"notes.txt\", \"data.csv\"]}",
                "{\"format\": \"other-tool\", \"format_version\": 1, \"files\": [\"notes.txt\"]}",
                "{\"format\": \"spikestudio-results\", \"format_version\": \"1\", \"files\": [\"notes.txt\"]}",
                "{\"format\": \"spikestudio-results\", \"format_version\": 1.5, \"files\": [\"notes.txt\"]}",
                "not json {", "[\"notes.txt\"]")) {
            Path out = Files.createDirectories(tmp.resolve("out"));
            Files.writeString(out.resolve("summary.json"), foreign);
            Files.writeString(out.resolve("notes.txt"), "mine");
            Files.writeString(out.resolve("data.csv"), "mine too");
            IOException e = assertThrows(IOException.class, () -> OutputDirectory.open(out), foreign);
            assertTrue(e.getMessage().contains(out.resolve("summary.json").toString()), e.getMessage());
            assertTrue(e.getMessage().contains("did not write"), e.getMessage());
            assertEquals(Set.of("summary.json", "notes.txt", "data.csv"), names(out), foreign);
            assertEquals(foreign, Files.readString(out.resolve("summary.json")));
            assertEquals(Set.of("out"), names(tmp), "no staging folder or lock left by the refusal");
        }
    }

    @Test
    void aSummaryWrittenBeforeTheMarkerIsRecognisedByItsExactShape(@TempDir Path tmp) throws Exception {
        String older = "{\"model\": {\"name\": \"m\", \"path\": \"/m.snn\", \"sha256\": \"" + "ab".repeat(32) + "\"},"
                + " \"seed\": 1, \"dt_ms\": 0.1, \"duration_ms\": 10, \"simulated_ms\": 10, \"steps\": 100,"
                + " \"partial\": false, \"threads\": 1, \"engine_version\": \"0.1.0\", \"spikestudio_version\": \"0.1.0\","
                + " \"wall_time\": {}, \"populations\": [], \"projections\": [], \"rates\": [],"
                + " \"files\": [\"spikes.csv\", \"state-old.csv\", \"summary.json\"]}";
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("summary.json"), older);
        Files.writeString(out.resolve("state-old.csv"), "old");
        Files.writeString(out.resolve("notes.txt"), "mine");
        commit(out, "new", "spikes.csv");
        assertEquals(Set.of("summary.json", "spikes.csv", "notes.txt"), names(out));

        // The same shape with one member more is someone else's file.
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("summary.json"), older.replace("\"seed\"", "\"tool\": \"x\", \"seed\""));
        assertThrows(IOException.class, () -> OutputDirectory.open(other));
    }

    @Test
    void oneRunAtATimeTheSecondStopsNamingTheFolderAndTheHolder(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        try (OutputDirectory first = OutputDirectory.open(out)) {
            IOException e = assertThrows(IOException.class, () -> OutputDirectory.open(out));
            assertTrue(e.getMessage().contains("'" + out + "' is in use by another run (process "
                    + ProcessHandle.current().pid() + ")"), e.getMessage());
            try (OutputDirectory besides = OutputDirectory.open(tmp.resolve("other"))) {
                assertTrue(Files.isDirectory(besides.staging()), "another folder of the same parent is free");
            }
            Files.writeString(first.staging().resolve("spikes.csv"), "first");
            first.commit();
        }
        assertEquals("first", Files.readString(out.resolve("spikes.csv")), "the refused run changed nothing");
        commit(out, "second", "spikes.csv");
        assertEquals("second", Files.readString(out.resolve("spikes.csv")), "free again after the first ended");
        assertEquals(Set.of("out"), names(tmp), "the lock file goes with the run");
    }

    /** A pid no process has, for names of leftovers. */
    private static long deadPid() {
        long dead = 4_000_000;
        while (ProcessHandle.of(dead).isPresent()) {
            dead--;
        }
        return dead;
    }

    @Test
    void anUnfinishedNewResultOfAKilledRunIsDeleted(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        commit(out, "old", "spikes.csv");
        Files.writeString(out.resolve("notes.txt"), "mine");
        // Killed before the swap: the staged folder is named after the directory's inode, its own differs.
        Path staged = Files.createDirectory(tmp.resolve(".out.spikestudio-" + deadPid() + "-" + inode(out)));
        Files.writeString(staged.resolve("spikes.csv"), "new, unfinished");
        Files.createLink(staged.resolve("notes.txt"), out.resolve("notes.txt"));
        try (OutputDirectory output = OutputDirectory.open(out)) {
            assertFalse(Files.exists(staged));
        }
        assertEquals("old", Files.readString(out.resolve("spikes.csv")));
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertEquals(Set.of("out"), names(tmp));
    }

    @Test
    void theOldFolderOfARunKilledAfterTheSwapHandsOverTheUsersNewFiles(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        commit(out, "new", "spikes.csv");
        Files.writeString(out.resolve("notes.txt"), "mine");
        // The old folder, named after its own inode: it was the directory when the killed run started.
        Path old = Files.createDirectory(tmp.resolve("old"));
        Files.writeString(old.resolve("spikes.csv"), "old");
        Files.writeString(old.resolve("state-old.csv"), "old");
        Files.writeString(old.resolve("summary.json"), MARKED + "[\"spikes.csv\", \"state-old.csv\", \"summary.json\"]}");
        Files.createLink(old.resolve("notes.txt"), out.resolve("notes.txt"));
        Files.writeString(old.resolve("late.txt"), "written by the user just before the swap");
        Path left = Files.move(old, tmp.resolve(".out.spikestudio-" + deadPid() + "-" + inode(old)));
        try (OutputDirectory output = OutputDirectory.open(out)) {
            assertFalse(Files.exists(left));
        }
        assertEquals(Set.of("summary.json", "spikes.csv", "notes.txt", "late.txt"), names(out));
        assertEquals("new", Files.readString(out.resolve("spikes.csv")));
        assertEquals("written by the user just before the swap", Files.readString(out.resolve("late.txt")));
    }

    @Test
    void anOldFolderWhoseFileDiffersFromTheDirectorysIsKept(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        commit(out, "new", "spikes.csv");
        Files.writeString(out.resolve("notes.txt"), "edited since");
        Path old = Files.createDirectory(tmp.resolve("old"));
        Files.writeString(old.resolve("notes.txt"), "the version of the swap");
        Path left = Files.move(old, tmp.resolve(".out.spikestudio-" + deadPid() + "-" + inode(old)));
        try (OutputDirectory output = OutputDirectory.open(out)) {
            assertEquals("the version of the swap", Files.readString(left.resolve("notes.txt")),
                    "which one the user wants is unknown: both are kept");
        }
        assertEquals("edited since", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void theFallbackWithoutExchangeWritesTheSameAndARunKilledBetweenItsRenamesIsUndone(@TempDir Path tmp)
            throws Exception {
        Path out = tmp.resolve("out");
        commit(out, "old", "spikes.csv", "state-old.csv");
        Files.writeString(out.resolve("notes.txt"), "mine");
        System.setProperty("spikestudio.output.exchange", "false");
        try {
            assertFalse(DirectorySwap.atomic());
            commit(out, "new", "spikes.csv");
        } finally {
            System.clearProperty("spikestudio.output.exchange");
        }
        assertEquals(Set.of("summary.json", "spikes.csv", "notes.txt"), names(out));
        assertEquals("new", Files.readString(out.resolve("spikes.csv")));
        assertEquals(Set.of("out"), names(tmp));

        // Killed between the fallback's two renames: the directory is missing, the old folder beside it.
        String name = ".out.spikestudio-" + deadPid() + "-123";
        Path staged = Files.createDirectory(tmp.resolve(name));
        Files.writeString(staged.resolve("spikes.csv"), "newer");
        Files.move(out, tmp.resolve(name + "-old"));
        try (OutputDirectory output = OutputDirectory.open(out)) {
            assertEquals("new", Files.readString(out.resolve("spikes.csv")), "the old folder is back in place");
            assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        }
        assertEquals(Set.of("out"), names(tmp));
    }

    @Test
    void theAtomicExchangeIsUsedOnJdk22AndLater() {
        Assumptions.assumeTrue(Runtime.version().feature() >= 22, "FFM is final from JDK 22");
        Assumptions.assumeTrue(System.getProperty("os.name").equals("Linux"), "renameat2 is Linux's");
        assertTrue(DirectorySwap.atomic(), "renameat2 was not found through FFM: the fallback would be used");
    }

    @Test
    void aSymbolicLinkToTheFolderStaysALink(@TempDir Path tmp) throws Exception {
        Path target = Files.createDirectory(tmp.resolve("target"));
        Path out = Files.createSymbolicLink(tmp.resolve("out"), target);
        commit(out, "new", "spikes.csv");
        assertTrue(Files.isSymbolicLink(out));
        assertEquals("new", Files.readString(target.resolve("spikes.csv")));
    }

    @Test
    void aUsersFolderNamedLikeAResultFileIsNeverReplaced(@TempDir Path tmp) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out").resolve("spikes.csv"));
        Files.writeString(out.resolve("mine.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> commit(tmp.resolve("out"), "new", "spikes.csv"));
        assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
        assertEquals("mine", Files.readString(out.resolve("mine.txt")));
        assertEquals(Set.of("out"), names(tmp));
    }
}
