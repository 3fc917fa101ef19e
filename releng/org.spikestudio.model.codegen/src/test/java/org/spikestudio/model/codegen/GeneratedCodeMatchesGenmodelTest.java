// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed generated code must be exactly what EMF generates from the committed genmodel:
 * otherwise someone edited generated code by hand, or changed the model without regenerating.
 */
class GeneratedCodeMatchesGenmodelTest {

    private static final String REGENERATE = "./mvnw -q -pl releng/org.spikestudio.model.codegen compile exec:java";

    @Test
    void committedCodeIsWhatTheGenmodelGenerates(@TempDir Path scratch) throws IOException {
        Path root = Path.of(System.getProperty("spikestudio.repository", "../..")).toAbsolutePath().normalize();
        Map<String, Map<String, byte[]>> generated = ModelCodeGenerator.generate(root, scratch);

        List<String> drift = new ArrayList<>();
        for (var bundle : generated.entrySet()) {
            Map<String, byte[]> committed = ModelCodeGenerator.ownedFiles(root.resolve("bundles").resolve(bundle.getKey()),
                    ModelCodeGenerator.GENERATED.get(bundle.getKey()));
            TreeSet<String> paths = new TreeSet<>(committed.keySet());
            paths.addAll(bundle.getValue().keySet());
            for (String path : paths) {
                byte[] expected = bundle.getValue().get(path);
                byte[] actual = committed.get(path);
                if (expected == null) {
                    drift.add(bundle.getKey() + "/" + path + ": committed but no longer generated");
                } else if (actual == null) {
                    drift.add(bundle.getKey() + "/" + path + ": generated but not committed");
                } else if (!Arrays.equals(expected, actual)) {
                    drift.add(bundle.getKey() + "/" + path + ": differs from the generator's output");
                }
            }
        }
        assertTrue(drift.isEmpty(), "Generated code and genmodel disagree; regenerate with `" + REGENERATE
                + "` and commit:\n  " + String.join("\n  ", drift));
    }

    @Test
    void generatorReallyWritesModelAndEditCode(@TempDir Path scratch) throws IOException {
        // Guards the comparison above against vacuous success (the generator silently writing nothing).
        Path root = Path.of(System.getProperty("spikestudio.repository", "../..")).toAbsolutePath().normalize();
        Map<String, Map<String, byte[]>> generated = ModelCodeGenerator.generate(root, scratch);
        Map<String, byte[]> model = generated.get(ModelCodeGenerator.MODEL_BUNDLE);
        Map<String, byte[]> edit = generated.get(ModelCodeGenerator.EDIT_BUNDLE);
        assertFalse(model.isEmpty());
        String population = new String(model.get("src-gen/org/spikestudio/model/Population.java"), StandardCharsets.UTF_8);
        assertTrue(population.contains("int getSize();"), "Population.getSize() generated from the ecore");
        assertTrue(population.startsWith("/**\n * SPDX-License-Identifier: EPL-2.0"), "SPDX header");
        String lif = new String(edit.get("src-gen/org/spikestudio/model/edit/provider/LifModelItemProvider.java"),
                StandardCharsets.UTF_8);
        assertTrue(lif.contains("_UI_MembranePropertyCategory"), "property categories from the genmodel");
        String properties = new String(edit.get("plugin.properties"), StandardCharsets.UTF_8);
        assertTrue(properties.contains("Membrane resistance R (MOhm)"), "units in property descriptions");
        assertEquals(1, properties.lines().filter(l -> l.startsWith("providerName = Spikestudio")).count());
        String node = new String(generated.get(ModelCodeGenerator.NOTATION_BUNDLE)
                .get("src-gen/org/spikestudio/notation/Node.java"), StandardCharsets.UTF_8);
        assertTrue(node.contains("double getWidth();"), "Node.getWidth() generated from notation.ecore");
        assertTrue(Files.isDirectory(root.resolve("bundles/org.spikestudio.model/src-gen")));
    }
}
