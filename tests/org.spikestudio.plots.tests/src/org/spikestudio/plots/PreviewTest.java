// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.testing.Results;

/**
 * Writes the sample results' plots where a person can look at them: the directory of the system
 * property {@code spikestudio.plots.preview} (the build sets {@code target/plots-preview}), else a
 * temporary directory.
 */
class PreviewTest {

    @TempDir
    Path temp;

    @Test
    void writePreviews() throws Exception {
        String property = System.getProperty("spikestudio.plots.preview");
        Path root = property == null || property.isBlank() ? temp : Path.of(property);
        Map<String, SimulationResult> samples = Map.of("assignment", Results.assignment(), "balanced",
                Results.balanced(), "many-traces", Results.manyTraces(), "big", Results.big(4000, 100_000), "three-populations",
                Results.threePopulations(), "four-populations", Results.manyPopulations(4), "five-populations",
                Results.manyPopulations(5));
        for (Map.Entry<String, SimulationResult> sample : samples.entrySet()) {
            List<Path> files = ResultPlots.write(sample.getValue(), root.resolve(sample.getKey()),
                    EnumSet.allOf(ImageFormat.class));
            assertFalse(files.isEmpty(), sample.getKey());
            for (Path file : files) {
                if (file.toString().endsWith(".png")) {
                    assertEquals(ResultPlots.WIDTH, ImageIO.read(file.toFile()).getWidth(), file.toString());
                } else {
                    assertEquals("svg", ResultPlotsTest.parseSvg(file).getLocalName(), file.toString());
                }
            }
            assertEquals(files.size(), ResultPlotsTest.list(root.resolve(sample.getKey())).size());
        }
    }
}
