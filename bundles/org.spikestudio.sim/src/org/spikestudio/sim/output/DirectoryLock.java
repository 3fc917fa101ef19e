// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

/**
 * Gives one run at a time a results folder: an OS file lock on the hidden sibling
 * {@code .<folder>.spikestudio-lock}. The kernel drops it when its process dies, even by kill -9, so a
 * lock is never stale. A second run stops at once with a message naming the holder's pid: waiting
 * would only let it replace the first run's result.
 * <p>
 * The lock file is deleted when the run ends, so nothing stays beside the folder. That is safe
 * because the holder writes a token into the file it locked and reads it back through the path: a
 * run that locked a file which was deleted meanwhile reads another token (or none) and tries again.
 * POSIX locks belong to the process and vanish when any descriptor of the file is closed, so the
 * descriptor that reads the token stays open until {@link #close}, and a second lock of the same folder
 * within this JVM is refused before a descriptor is opened.
 */
final class DirectoryLock implements AutoCloseable {

    private static final Set<Path> HELD_IN_THIS_JVM = new HashSet<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private FileChannel locked;
    private FileChannel check;

    private DirectoryLock(Path file, FileChannel locked, FileChannel check) {
        this.file = file;
        this.locked = locked;
        this.check = check;
    }

    static Path lockFile(Path folder) {
        return folder.resolveSibling("." + folder.getFileName() + ".spikestudio-lock");
    }

    /**
     * Locks {@code folder} (a real path, whose parent exists).
     *
     * @param shown the folder as the user named it, for the message
     * @throws IOException when another run holds it, with a message naming {@code shown}
     */
    static DirectoryLock acquire(Path folder, Path shown) throws IOException {
        Path file = lockFile(folder);
        synchronized (HELD_IN_THIS_JVM) {
            if (!HELD_IN_THIS_JVM.add(file)) {
                throw inUse(shown, Long.toString(ProcessHandle.current().pid()));
            }
        }
        try {
            for (int attempt = 0; attempt < 100; attempt++) {
                DirectoryLock lock = tryOnce(file, shown);
                if (lock != null) {
                    return lock;
                }
            }
            throw new IOException("cannot lock output directory '" + shown + "': its lock file " + file
                    + " keeps being replaced");
        } catch (IOException | RuntimeException | Error e) {
            release(file);
            throw e;
        }
    }

    /** The lock, or null when the locked file was not the one at the path (try again). */
    private static DirectoryLock tryOnce(Path file, Path shown) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        boolean keep = false;
        FileChannel check = null;
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                throw inUse(shown, read(channel).strip().split(" ")[0]);
            }
            String token = ProcessHandle.current().pid() + " " + Long.toHexString(RANDOM.nextLong()) + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.US_ASCII)), 0);
            try {
                check = FileChannel.open(file, StandardOpenOption.READ);
            } catch (NoSuchFileException deleted) {
                return null;
            }
            if (!read(check).equals(token)) {
                return null;
            }
            keep = true;
            return new DirectoryLock(file, channel, check);
        } finally {
            if (!keep) {
                if (check != null) {
                    check.close();
                }
                channel.close();
            }
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
    }

    private static IOException inUse(Path shown, String pid) {
        return new IOException("output directory '" + shown + "' is in use by another run"
                + (pid.isEmpty() ? "" : " (process " + pid + ")") + "; wait for it to end or choose another --out");
    }

    private static void release(Path file) {
        synchronized (HELD_IN_THIS_JVM) {
            HELD_IN_THIS_JVM.remove(file);
        }
    }

    /** Deletes the lock file while still holding it, then unlocks. */
    @Override
    public synchronized void close() {
        if (locked == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // An empty hidden file stays; the next run reuses it.
        }
        try {
            check.close();
            locked.close();
        } catch (IOException ignored) {
            // Closing releases the lock in any case.
        }
        locked = null;
        release(file);
    }
}
