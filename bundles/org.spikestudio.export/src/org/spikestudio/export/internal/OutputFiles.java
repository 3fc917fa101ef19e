// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one export, collected in memory and written only when the whole export succeeded;
 * each through a temporary file in the same directory and a rename, so a reader (or a crash)
 * never sees a half-written file.
 */
public final class OutputFiles {

    private final Map<String, String> files = new LinkedHashMap<>();

    /** Adds a file by its path relative to the export directory; the first one is the main file. */
    public void add(String relativePath, String content) {
        files.put(relativePath, content);
    }

    public List<Path> write(Path directory) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = directory.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.writeString(temp, f.getValue(), StandardCharsets.UTF_8);
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            written.add(target);
        }
        return written;
    }
}
