// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the repository's examples from the test's working folder (tests/org.spikestudio.model.tests). */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples/seed"))) {
                return dir;
            }
        }
        throw new IllegalStateException("examples/seed not found above " + Path.of("").toAbsolutePath());
    }

    /** Every .snn file under examples/, sorted. */
    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.walk(repositoryRoot().resolve("examples"))) {
            return files.filter(f -> f.toString().endsWith(".snn")).sorted().toList();
        }
    }
}
