// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.spikestudio.model.Network;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelLoadException;

/**
 * The repository's example models, found from a test's working folder (its fragment's folder under
 * tests/) by walking up to the folder that holds examples/seed.
 */
public final class Examples {

    private static final Pattern EXPRESSION = Pattern.compile("expression=\"([^\"]*)\"");

    private Examples() {
    }

    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples/seed"))) {
                return dir;
            }
        }
        throw new IllegalStateException("examples/seed not found above " + Path.of("").toAbsolutePath());
    }

    /** An example by its path below examples/, e.g. {@code seed/population-100.snn}. */
    public static Path path(String relative) {
        return repositoryRoot().resolve("examples").resolve(relative);
    }

    /** An example loaded with the product's loader. */
    public static Network load(String relative) throws ModelLoadException {
        return ModelFiles.load(path(relative));
    }

    /** Every .snn file anywhere under examples/, sorted. */
    public static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.walk(repositoryRoot().resolve("examples"))) {
            return files.filter(Examples::isModel).sorted().toList();
        }
    }

    /** The .snn files directly in the given folders below examples/ (e.g. {@code seed}), sorted. */
    public static List<Path> in(String... folders) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(repositoryRoot().resolve("examples").resolve(folder))) {
                files.filter(Examples::isModel).forEach(found::add);
            }
        }
        return found.stream().sorted().toList();
    }

    /**
     * The text of every {@code expression} attribute of every example (XML escapes undone), read as
     * text rather than loaded, so a test of the expression language does not depend on the loader.
     */
    public static List<String> expressions() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : all()) {
            Matcher m = EXPRESSION.matcher(Files.readString(file));
            while (m.find()) {
                found.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                        .replace("&amp;", "&"));
            }
        }
        return found;
    }

    private static boolean isModel(Path file) {
        return file.toString().endsWith(".snn");
    }
}
