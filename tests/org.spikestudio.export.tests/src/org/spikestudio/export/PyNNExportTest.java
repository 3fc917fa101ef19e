// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.model.Network;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;

/** The PyNN exporter refuses what PyNN cannot express and says what it approximates. */
class PyNNExportTest {

    @TempDir
    Path dir;

    private final Exporter pynn = Exporters.byName("pynn").orElseThrow();

    private static Network example(String name) throws Exception {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("examples/seed"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException("examples/seed not found above " + Path.of("").toAbsolutePath());
        }
        return ModelFiles.load(here.resolve("examples/seed").resolve(name));
    }

    @Test
    void spikeCountCouplingsAreRefusedOneByOneAndNothingIsWritten() throws Exception {
        ExportResult result = pynn.export(example("three-populations.snn"), "three-populations.snn", dir,
                ExportOptions.defaults());
        List<String> refused = result.problems().stream().filter(ModelProblem::isError).map(ModelProblem::element)
                .toList();
        assertEquals(List.of("SpikeCountCoupling 'first_drives_second'", "SpikeCountCoupling 'second_drives_third'",
                "SpikeCountCoupling 'third_inhibits_first'"), refused);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void theMissingLowerClampIsAWarningThatSaysHow() throws Exception {
        ExportResult result = pynn.export(example("population-100.snn"), "population-100.snn", dir,
                ExportOptions.defaults());
        assertFalse(result.hasErrors(), result.problems().toString());
        assertTrue(result.problems().stream().anyMatch(p -> !p.isError() && p.element().equals("LifModel 'lif'")
                && p.message().contains("no lower clamp")), result.problems().toString());
        String script = Files.readString(dir.resolve("model.py"));
        assertTrue(script.contains("sim.FromListConnector("), "the drawn list, not a rule");
        assertTrue(script.contains("mpirun"), "how to run it under MPI");
    }
}
