// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.spikestudio.results.io.ResultFiles;

/**
 * A results directory that holds one complete result at every instant, even across kill -9. The new
 * result is written into a hidden sibling folder, {@code .<dir>.spikestudio-<pid>-<inode>}, which
 * {@link #commit} completes with hard links to the user's own files of the directory (sub-folders are
 * rebuilt with links) and then swaps with the directory in one step ({@link DirectorySwap}). Files
 * that appeared in the directory meanwhile are moved over, and the old folder is deleted. The files of
 * the previous result are those its Spikestudio summary.json lists ({@link PreviousResult}); a
 * foreign summary.json makes {@link #open} refuse the directory. One run at a time holds the directory
 * ({@link DirectoryLock}).
 * <p>
 * A killed run leaves its sibling folder behind; the next run into the directory sorts it out under
 * the lock. The {@code <inode>} in its name is the directory's inode when the run started: a sibling
 * with that inode is the old folder after the swap, whose user files must reach the directory; any
 * other is an unfinished new result and is deleted.
 */
public final class OutputDirectory implements AutoCloseable {

    private final Path directory;
    private final Path real;
    private final Path staging;
    private final DirectoryLock lock;
    /** The topmost folder that {@link #open} created (the directory or one of its parents), or null. */
    private final Path created;
    private boolean done;

    private OutputDirectory(Path directory, Path real, Path staging, DirectoryLock lock, Path created) {
        this.directory = directory;
        this.real = real;
        this.staging = staging;
        this.lock = lock;
        this.created = created;
    }

    /**
     * Creates the directory when needed, locks it and creates the staging folder, before anything is
     * simulated, so an unwritable location, a directory in use or a foreign summary.json is reported
     * at once.
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
            if (dir.getParent() == null) {
                throw new IOException("cannot write results into the root folder '" + dir + "'");
            }
            Files.createDirectories(dir);
            // A symbolic link to a folder stays a link: the folder it points to is the one swapped.
            Path real = dir.toRealPath();
            DirectoryLock lock = DirectoryLock.acquire(real, directory);
            try {
                recoverLeftovers(real);
                Files.createDirectories(real);
                removeAbandonedStaging(real);
                PreviousResult.files(real, directory);
                Path staging = real.resolveSibling(siblingPrefix(real) + ProcessHandle.current().pid() + "-"
                        + inode(real));
                Files.createDirectory(staging);
                copyPermissions(real, staging);
                return new OutputDirectory(dir, real, staging, lock, created);
            } catch (IOException | RuntimeException | Error e) {
                lock.close();
                removeCreated(dir, created);
                throw e;
            }
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

    private static String siblingPrefix(Path dir) {
        return "." + dir.getFileName() + ".spikestudio-";
    }

    private static long inode(Path p) throws IOException {
        return ((Number) Files.getAttribute(p, "unix:ino", LinkOption.NOFOLLOW_LINKS)).longValue();
    }

    /** The mode of the directory is the user's: the swapped-in folder keeps it. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
            view.setPermissions(Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS));
        }
    }

    /**
     * Sorts out the sibling folders of killed runs (only the lock holder creates them, so every one
     * found under the lock is abandoned): an old folder goes back in place when the directory is
     * missing, or hands its user files over; an unfinished new result is deleted.
     */
    private static void recoverLeftovers(Path dir) throws IOException {
        Pattern own = Pattern.compile(Pattern.quote(siblingPrefix(dir)) + "\\d+-(\\d+)("
                + Pattern.quote(DirectorySwap.OLD_SUFFIX) + ")?");
        List<Path> siblings;
        try (Stream<Path> entries = Files.list(dir.getParent())) {
            // Old folders first: one may have to become the directory again.
            siblings = entries.filter(p -> own.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> !p.getFileName().toString()
                            .endsWith(DirectorySwap.OLD_SUFFIX)))
                    .toList();
        }
        for (Path sibling : siblings) {
            Matcher m = own.matcher(sibling.getFileName().toString());
            m.matches();
            boolean old = m.group(2) != null || inode(sibling) == Long.parseLong(m.group(1));
            if (!old) {
                deleteTree(sibling);
                continue;
            }
            if (isEmptyDirectory(dir)) {
                Files.delete(dir); // open() created it before looking here
            }
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(sibling, dir, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Set<String> results = PreviousResult.listed(sibling.resolve(ResultFiles.SUMMARY));
                discard(sibling, dir, results == null ? Set.of() : results, false);
            }
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Moves what is only in {@code from} into {@code to}, except {@code results}; entries both hold
     * (same inode) stay. Another entry of the same name in {@code to} is replaced when
     * {@code newerInFrom}, else both are kept.
     *
     * @return whether {@code from} holds nothing of the user's any more
     */
    private static boolean handOver(Path from, Path to, Set<String> results, boolean newerInFrom) throws IOException {
        boolean all = true;
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                Path target = to.resolve(name);
                if (results.contains(name)) {
                    continue;
                }
                if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
                } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    all &= handOver(entry, target, Set.of(), newerInFrom);
                } else if (inode(entry) != inode(target)) {
                    if (newerInFrom) {
                        Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        all = false;
                    }
                }
            }
        }
        return all;
    }

    /**
     * Hands the user's files of an old folder over to the directory, then deletes it: the result files
     * first and the summary that lists them last, so a kill in between leaves a folder whose result
     * files are still known, or one without any.
     */
    private static void discard(Path old, Path dir, Set<String> results, boolean newerInOld) throws IOException {
        if (!handOver(old, dir, results, newerInOld)) {
            return;
        }
        for (String name : results) {
            if (!name.equals(ResultFiles.SUMMARY)) {
                Files.deleteIfExists(old.resolve(name));
            }
        }
        Files.deleteIfExists(old.resolve(ResultFiles.SUMMARY));
        deleteTree(old);
    }

    /** Staging folders of dead processes inside the directory, where earlier versions staged. */
    private static final String STAGING_PREFIX = ".staging-";

    private static void removeAbandonedStaging(Path dir) throws IOException {
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

    /**
     * Puts the staged result in place of the previous one in a single step, keeping the user's files,
     * and returns the result's final paths.
     */
    public synchronized List<Path> commit() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(staging)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        Set<String> results = new HashSet<>(PreviousResult.files(real, directory));
        results.addAll(names);
        try (Stream<Path> entries = Files.list(real)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (names.contains(name) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("cannot replace the folder " + directory.resolve(name)
                            + " by the result file of that name");
                }
                if (!results.contains(name)) {
                    link(entry, staging.resolve(name));
                }
            }
        }
        Path old = DirectorySwap.swap(staging, real);
        done = true;
        // Files the user created or replaced in the directory since they were linked.
        discard(old, real, results, true);
        lock.close();
        return names.stream().map(directory::resolve).toList();
    }

    /** A hard link of a file; a folder is rebuilt with links, since folders cannot be linked. */
    private static void link(Path entry, Path copy) throws IOException {
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(copy);
            try (Stream<Path> entries = Files.list(entry)) {
                for (Path child : entries.toList()) {
                    link(child, copy.resolve(child.getFileName().toString()));
                }
            }
            copyPermissions(entry, copy);
        } else {
            Files.createLink(copy, entry);
        }
    }

    /**
     * Removes the staging folder and what was written into it, and the directory when {@link #open}
     * created it; unlocks.
     */
    public synchronized void abort() {
        if (!done) {
            done = true;
            deleteTree(staging);
            boolean removed = false;
            if (created != null) {
                try {
                    removed = Files.deleteIfExists(real);
                } catch (IOException notEmpty) {
                    // A result that the next run restored into it: kept.
                }
            }
            // The lock file sits in the parent: gone before the parents open() created are removed.
            lock.close();
            if (removed) {
                removeCreated(directory.getParent(), created);
            }
        }
        lock.close();
    }

    /** Removes {@code from} and its parents up to {@code created}; stops at one where something else appeared. */
    private static void removeCreated(Path from, Path created) {
        if (created == null) {
            return;
        }
        try {
            for (Path p = from; p != null && p.startsWith(created); p = p.getParent()) {
                Files.deleteIfExists(p);
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
