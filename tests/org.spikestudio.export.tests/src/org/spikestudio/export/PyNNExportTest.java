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
    void theLowerClampIsANeuronMechanismNextToTheScriptAndAWarningThatSaysHow() throws Exception {
        ExportResult result = pynn.export(example("population-100.snn"), "population-100.snn", dir,
                ExportOptions.defaults());
        assertFalse(result.hasErrors(), result.problems().toString());
        assertTrue(result.problems().stream().anyMatch(p -> !p.isError() && p.element().equals("LifModel 'lif'")
                && p.message().contains("no lower clamp") && p.message().contains("nmodl/spikestudio_lower_clamp.mod")
                && p.message().contains("pyNN.brian2 and pyNN.nest v may fall below")), result.problems().toString());
        String mod = Files.readString(dir.resolve("nmodl/spikestudio_lower_clamp.mod"));
        assertTrue(mod.contains("POINT_PROCESS SpikestudioLowerClamp"), mod);
        String script = Files.readString(dir.resolve("model.py"));
        // both populations (exc, inh) are clamped at the model's lowerBound="0.0"
        assertTrue(script.contains("lower_clamp(pop0, 0.0)") && script.contains("lower_clamp(pop1, 0.0)"), script);
        assertTrue(script.contains("h.SpikestudioLowerClamp("), "the script inserts the mechanism the .mod defines");
        assertTrue(script.contains("--no-lower-clamp"), "the clamp can be left out, e.g. to show that it matters");
        assertTrue(script.contains("sim.FromListConnector("), "the drawn list, not a rule");
        assertTrue(script.contains("mpirun"), "how to run it under MPI");
    }

    @Test
    void aModelWithoutLowerClampGetsNoMechanism() throws Exception {
        Path model = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(model.resolve("examples/benchmarks"))) {
            model = model.getParent();
        }
        ExportResult result = pynn.export(ModelFiles.load(model.resolve("examples/benchmarks/cuba-delta.snn")),
                "cuba-delta.snn", dir, ExportOptions.defaults());
        assertFalse(result.hasErrors(), result.problems().toString());
        assertFalse(Files.exists(dir.resolve("nmodl")), "cuba-delta's LIF has no lowerBound");
        assertFalse(Files.readString(dir.resolve("model.py")).contains("lower_clamp"));
    }
}
