// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikestudio.engine.MemoryLimitExceededException;
import org.spikestudio.model.ExpressionInput;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.Projection;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.results.SimulationResult;

/** Models with errors are refused with the element and attribute named; warnings alone do not stop a run. */
class RefusalTest {

    /** exc (10) -> inh (5) all-to-all, a constant input on exc: valid as built. */
    private static Network valid() {
        Network network = TestModels.network();
        Population exc = TestModels.population(network, "exc", 10, PopulationType.EXCITATORY);
        Population inh = TestModels.population(network, "inh", 5, PopulationType.INHIBITORY);
        TestModels.connect(network, "exc_to_inh", exc, inh, TestModels.F.createAllToAll());
        TestModels.constantInput(network, "drive", exc, 5);
        return network;
    }

    static Stream<Arguments> brokenModels() {
        return Stream.of(
                Arguments.of("negative size", (Consumer<Network>) n -> n.getPopulations().get(1).setSize(-5),
                        "Population 'inh'", "size"),
                Arguments.of("threshold below reset", (Consumer<Network>) n -> {
                    TestModels.lif(n).setThreshold(-1);
                }, "LifModel 'lif'", "threshold"),
                Arguments.of("expression syntax error", (Consumer<Network>) n -> {
                    ExpressionInput x = TestModels.F.createExpressionInput();
                    x.setName("wave");
                    x.setTarget(n.getPopulations().get(0));
                    x.setExpression("4*(sin(t/5)+0.3");
                    n.getInputs().add(x);
                }, "ExpressionInput 'wave'", "expression"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenModels")
    void aValidationErrorIsRefusedNamingTheElementAndAttribute(String name, Consumer<Network> breaking, String element,
            String attribute) throws Exception {
        Network network = valid();
        ModelRun.prepare(network, "net.snn", RunOptions.defaults()); // the starting point runs
        breaking.accept(network);
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> ModelRun.prepare(network, "net.snn", RunOptions.defaults()));
        List<ModelProblem> errors = e.problems().stream().filter(ModelProblem::isError).toList();
        assertEquals(1, errors.size(), e.problems().toString());
        ModelProblem error = errors.get(0);
        assertEquals(element, error.element(), error.toString());
        assertEquals(attribute, error.feature(), error.toString());
        assertEquals("net.snn", error.file());
        assertEquals(1, e.errorCount());
        assertTrue(e.getMessage().startsWith("1 error in the model"), e.getMessage());
        assertTrue(e.getMessage().contains(error.message()), e.getMessage());
    }

    @Test
    void problemsOfALoadedFileCarryTheFileAndLine(@TempDir Path dir) throws Exception {
        // A copy of single-neuron.snn whose population (line 5) has size 0.
        Path file = dir.resolve("broken.snn");
        String text = Files.readString(TestModels.example("seed/single-neuron.snn"));
        Files.writeString(file, text.replace("name=\"neuron\" size=\"1\"", "name=\"neuron\" size=\"0\""));
        Network network = ModelFiles.load(file);
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> ModelRun.prepare(network, file.toString(), RunOptions.defaults()));
        ModelProblem error = e.problems().stream().filter(ModelProblem::isError).findFirst().orElseThrow();
        assertEquals(5, error.line(), error.toString());
        assertTrue(error.toString().startsWith(file + ":5: error: Population 'neuron'"), error.toString());
    }

    @Test
    void warningsAloneDoNotPreventRunningAndNegativeWeightsActAsMagnitudes() throws Exception {
        Network network = valid();
        Projection projection = network.getProjections().get(0);
        projection.setWeight(TestModels.constant(-2)); // warned: weights are magnitudes
        ModelRun run = ModelRun.prepare(network, "net.snn", RunOptions.defaults().withDuration(10));
        List<ModelProblem> warnings = run.compiled().warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(ModelProblem.Severity.WARNING, warnings.get(0).severity());
        assertEquals("weight", warnings.get(0).feature());
        SimulationResult result = run.run(null, () -> false);
        assertEquals(100, result.info().steps());
        // exc is excitatory: the magnitude 2 mV with a positive sign (Dale's principle).
        var part = run.compiled().projections().get(projection).get(0);
        for (int s = 0; s < 10; s++) {
            assertArrayEquals(new double[] { 2, 2, 2, 2, 2 }, run.build().weightsOf(part, s));
        }
    }

    @Test
    void aParameterTheEngineRefusesIsReportedAsAnErrorOfTheModelElement() throws Exception {
        // The validator accepts tau = R*C = 0.05 ms, but forward Euler needs dt (0.1 ms) < tau: the engine
        // refuses, and the compiler names the population that uses the model.
        Network network = valid();
        TestModels.lif(network).setCapacitance(0.05);
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> ModelRun.prepare(network, "net.snn", RunOptions.defaults()));
        assertEquals(1, e.errorCount(), e.problems().toString());
        ModelProblem error = e.problems().get(0);
        assertEquals("Population 'exc'", error.element());
        assertTrue(error.message().contains("dt < tau"), error.message());
    }

    @Test
    void aMemoryLimitBelowTheEstimateRefusesToBuildButNotToPrepare() throws Exception {
        // cuba: 4000 neurons and about 320 000 synapses cannot fit in 64 KiB.
        ModelRun run = TestModels.prepare("benchmarks/cuba.snn", RunOptions.defaults().withMemoryLimit(64 * 1024));
        assertTrue(run.compiled().estimatedMemoryBytes() > 64 * 1024);
        MemoryLimitExceededException e = assertThrows(MemoryLimitExceededException.class, run::build);
        assertEquals(64 * 1024, e.limitBytes());
        assertThrows(IllegalArgumentException.class,
                () -> TestModels.prepare("benchmarks/cuba.snn", RunOptions.defaults().withMemoryLimit(0)));
    }
}
