// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Regenerates the generator-owned files of the model, edit and notation bundles from their genmodels:
 * {@code ./mvnw -q -pl releng/org.spikestudio.model.codegen compile exec:java}.
 * Stale generated files (of a deleted class, say) are removed.
 */
public final class RegenerateModelCode {

    private RegenerateModelCode() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path scratch = Files.createTempDirectory("spikestudio-codegen");
        try {
            Map<String, Map<String, byte[]>> generated = ModelCodeGenerator.generate(root, scratch);
            for (var bundle : generated.entrySet()) {
                Path bundleFolder = root.resolve("bundles").resolve(bundle.getKey());
                for (String owned : ModelCodeGenerator.GENERATED.get(bundle.getKey())) {
                    deleteRecursively(bundleFolder.resolve(owned));
                }
                for (var file : bundle.getValue().entrySet()) {
                    Path target = bundleFolder.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                }
                // Like EMF in the IDE: a placeholder icon is created for a new class, then the
                // icon is maintained by hand and never overwritten.
                Path icons = scratch.resolve(bundle.getKey()).resolve("icons");
                if (Files.isDirectory(icons)) {
                    copyMissing(icons, bundleFolder.resolve("icons"));
                }
                System.out.printf("%s: %d generated files%n", bundle.getKey(), bundle.getValue().size());
            }
        } finally {
            deleteRecursively(scratch);
        }
    }

    static void copyMissing(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(p, target);
                }
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
