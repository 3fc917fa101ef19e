// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.export.internal.Brian2Exporter;
import org.spikestudio.model.Network;

/**
 * The exporters come from the extension point org.spikestudio.export.exporters: the three built-ins
 * of the bundle's plugin.xml, and the contributions of this fragment's fragment.xml (a fourth
 * target, a second 'brian2', a class that does not exist).
 */
class ExportersRegistryTest {

    /** A fourth target, contributed by fragment.xml. */
    public static final class Fourth implements Exporter {

        @Override
        public String name() {
            return "fourth";
        }

        @Override
        public String description() {
            return "contributed by the test fragment";
        }

        @Override
        public ExportResult export(Network network, String file, Path directory, ExportOptions options)
                throws IOException {
            Files.createDirectories(directory);
            return new ExportResult(List.of(Files.writeString(directory.resolve("fourth.txt"), file)), List.of());
        }
    }

    /** Claims a built-in's name, contributed by fragment.xml. */
    public static final class SecondBrian2 implements Exporter {

        @Override
        public String name() {
            return "brian2";
        }

        @Override
        public String description() {
            return "must not replace the built-in brian2";
        }

        @Override
        public ExportResult export(Network network, String file, Path directory, ExportOptions options) {
            throw new AssertionError("the duplicate must never be used");
        }
    }

    @TempDir
    Path dir;

    @Test
    void theBuiltInsComeFirstWithTheirNamesThenTheFragmentsFourth() {
        List<String> names = Exporters.all().stream().map(Exporter::name).toList();
        assertEquals(List.of("brian2", "pynn", "neuroml", "fourth"), names);
        assertInstanceOf(Brian2Exporter.class, Exporters.byName("brian2").orElseThrow(),
                "the built-in keeps its name; the duplicate does not replace it");
    }

    @Test
    void theContributedExporterIsUsable() throws Exception {
        Exporter fourth = Exporters.byName("fourth").orElseThrow();
        ExportResult result = fourth.export(null, "model.snn", dir.resolve("out"), ExportOptions.defaults());
        assertEquals(List.of(dir.resolve("out/fourth.txt")), result.files());
        assertEquals("model.snn", Files.readString(dir.resolve("out/fourth.txt")));
    }

    @Test
    void aDuplicateNameAndAMissingClassAreLeftOutWithTheirBundleNamed() {
        List<String> problems = Exporters.read().problems();
        assertEquals(2, problems.size(), problems.toString());
        String duplicate = problems.stream().filter(p -> p.contains("SecondBrian2")).findFirst().orElseThrow();
        // A fragment's contributions belong to its host's namespace: the registry names the host.
        assertTrue(duplicate.startsWith("exporter org.spikestudio.export.ExportersRegistryTest$SecondBrian2 of bundle"
                + " org.spikestudio.export: left out: its target name 'brian2' is already taken by exporter"
                + " org.spikestudio.export.internal.Brian2Exporter of bundle org.spikestudio.export"), duplicate);
        String missing = problems.stream().filter(p -> p.contains("NoSuchExporter")).findFirst().orElseThrow();
        assertTrue(missing.startsWith("exporter org.spikestudio.export.NoSuchExporter of bundle org.spikestudio.export:"
                + " left out: its class cannot be created"), missing);
    }
}
