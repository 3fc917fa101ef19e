// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.model.IzhikevichModel;
import org.spikestudio.model.Network;
import org.spikestudio.model.PoissonInput;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;

/**
 * The Brian2 exporter's contract without running Brian2 (the spike-for-spike comparison with
 * Brian2 itself is releng/org.spikestudio.crosscheck, run by ./mvnw verify).
 */
class Brian2ExportTest {

    @TempDir
    Path dir;

    private final Exporter brian2 = Exporters.byName("brian2").orElseThrow();

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

    private List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    @Test
    void theScriptComesFirstAndTheDrawnConnectionsGoToSideFiles() throws Exception {
        ExportResult result = brian2.export(example("population-100.snn"), "population-100.snn", dir,
                ExportOptions.defaults());
        assertFalse(result.hasErrors(), result.problems().toString());
        assertEquals(dir.resolve("model.py"), result.files().get(0));
        String script = Files.readString(dir.resolve("model.py"));
        assertFalse(script.contains("2.0,"), "no connection inline in the script");
        long exc = 0;
        long inh = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("connections-")).toList()) {
                List<String> rows = lines(f);
                assertEquals("pre,post,weight,delay_steps", rows.get(0));
                for (String row : rows.subList(1, rows.size())) {
                    String[] c = row.split(",");
                    // delay 0.1 ms = 1 step of 0.1 ms; weights signed by the source's type (Dale)
                    assertEquals("1", c[3]);
                    if (c[2].equals("2.0")) {
                        exc++;
                    } else {
                        assertEquals("-2.0", c[2], row);
                        inh++;
                    }
                }
            }
        }
        // fixed out-degree: 80 excitatory sources x 1 target, 20 inhibitory x 2 (the model's description)
        assertEquals(80, exc);
        assertEquals(40, inh);
    }

    @Test
    void bothKnownDifferencesFromBrian2AreCompensatedAndSaidSo() throws Exception {
        brian2.export(example("two-excitatory.snn"), "two-excitatory.snn", dir, ExportOptions.defaults());
        String script = Files.readString(dir.resolve("model.py"));
        assertTrue(script.contains("on_pre='jump_post += w'"), "jumps go to an accumulator, not to v before the reset");
        assertTrue(script.contains("round(t_ref/dt)"), "the refractory counter is explained");
        assertFalse(script.contains("refractory="), "Brian2's own refractoriness (one step shorter) is not used");
    }

    @Test
    void aNeuronModelBrian2CannotTakeIsRefusedByNameAndNothingIsWritten() throws Exception {
        Network network = example("two-excitatory.snn");
        IzhikevichModel izh = SpikestudioFactory.eINSTANCE.createIzhikevichModel();
        izh.setName("izh");
        network.getNeuronModels().add(izh);
        network.getPopulations().get(1).setNeuronModel(izh);
        ExportResult result = brian2.export(network, "two-excitatory.snn", dir, ExportOptions.defaults());
        assertTrue(result.hasErrors());
        ModelProblem problem = result.problems().stream().filter(ModelProblem::isError).findFirst().orElseThrow();
        assertEquals("Population 'b'", problem.element());
        assertTrue(problem.message().contains("IzhikevichModel 'izh'"), problem.message());
        assertTrue(result.files().isEmpty());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    @Test
    void aPoissonInputIsRefusedNotDropped() throws Exception {
        Network network = example("two-excitatory.snn");
        PoissonInput poisson = SpikestudioFactory.eINSTANCE.createPoissonInput();
        poisson.setName("drive");
        poisson.setTarget(network.getPopulations().get(0));
        network.getInputs().add(poisson);
        ExportResult result = brian2.export(network, "two-excitatory.snn", dir, ExportOptions.defaults());
        assertTrue(result.problems().stream()
                .anyMatch(p -> p.isError() && p.element().equals("PoissonInput 'drive'")), result.problems().toString());
    }

    @Test
    void stateRecordersAreWarnedAboutNotSilentlyDropped() throws Exception {
        ExportResult result = brian2.export(example("single-neuron.snn"), "single-neuron.snn", dir,
                ExportOptions.defaults());
        assertTrue(result.problems().stream()
                .anyMatch(p -> !p.isError() && p.element().equals("StateRecorder 'neuron_v'")), result.problems().toString());
    }
}
