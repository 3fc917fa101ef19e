// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikestudio.engine.MemoryLimitExceededException;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.ExponentialCurrentSynapse;
import org.spikestudio.model.ExpressionInput;
import org.spikestudio.model.IzhikevichModel;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.NormalDistribution;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SpikeSourceArray;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.model.validation.ElementNames;
import org.spikestudio.model.validation.NetworkValidation;
import org.spikestudio.model.validation.ValidationCodes;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.testing.NetworkFixture;
import org.spikestudio.testing.Examples;

/** Models with errors are refused with the element and attribute named; warnings alone do not stop a run. */
class RefusalTest {

    /** exc (10) -> inh (5) all-to-all, a constant input on exc: valid as built. */
    private static Network valid() {
        Network network = NetworkFixture.network();
        Population exc = NetworkFixture.population(network, "exc", 10, PopulationType.EXCITATORY);
        Population inh = NetworkFixture.population(network, "inh", 5, PopulationType.INHIBITORY);
        NetworkFixture.connect(network, "exc_to_inh", exc, inh, NetworkFixture.F.createAllToAll());
        NetworkFixture.constantInput(network, "drive", exc, 5);
        return network;
    }

    static Stream<Arguments> brokenModels() {
        return Stream.of(
                Arguments.of("negative size", (Consumer<Network>) n -> n.getPopulations().get(1).setSize(-5),
                        "Population 'inh'", "size"),
                Arguments.of("threshold below reset", (Consumer<Network>) n -> {
                    NetworkFixture.lif(n).setThreshold(-1);
                }, "LifModel 'lif'", "threshold"),
                Arguments.of("expression syntax error", (Consumer<Network>) n -> {
                    ExpressionInput x = NetworkFixture.F.createExpressionInput();
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
        String text = Files.readString(Examples.path("seed/single-neuron.snn"));
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
        projection.setWeight(NetworkFixture.constant(-2)); // warned: weights are magnitudes
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
    void forwardEulerWithTauBelowDtIsAValidationErrorWithItsLine(@TempDir Path dir) throws Exception {
        // tau = R*C = 1 MOhm * 0.05 nF = 0.05 ms, and forward Euler needs dt (0.1 ms) < tau. Before, the
        // validator passed it and only the engine refused, when the run started.
        Path file = dir.resolve("euler.snn");
        String text = Files.readString(Examples.path("seed/single-neuron.snn"));
        assertTrue(text.contains("integration=\"forwardEuler\""), "the example integrates with forward Euler");
        Matcher capacitance = Pattern.compile("capacitance=\"[^\"]*\"").matcher(text);
        assertTrue(capacitance.find());
        Files.writeString(file, capacitance.replaceFirst("capacitance=\"0.05\""));
        int line = (int) text.substring(0, capacitance.start()).chars().filter(c -> c == '\n').count() + 1;
        Network network = ModelFiles.load(file);
        List<ModelProblem> problems = NetworkValidation.problems(network, file.toString());
        assertEquals(1, problems.size(), problems.toString());
        ModelProblem error = problems.get(0);
        assertTrue(error.isError());
        assertEquals(line, error.line(), error.toString());
        assertEquals("capacitance", error.feature());
        assertTrue(error.toString().startsWith(file + ":" + line + ": error: LifModel '"), error.toString());
        assertTrue(error.message().contains("forward Euler needs dt < tau"), error.message());
    }

    /**
     * Each content the engine (or the compiler) refuses is reported by the validator first, on the
     * element and attribute that cause it, with its code. The second half checks that the engine
     * really refuses the same model when it is translated and run without validation, so that no case
     * passes for want of a refusal. The memory limit is lifted so that the engine's own checks, not the
     * memory pre-flight, are what refuse.
     */
    static Stream<Arguments> engineRefusals() {
        return Stream.of(
                refusal("forward Euler needs dt < tau = R*C", n -> NetworkFixture.lif(n).setCapacitance(0.05),
                        "LifModel 'lif'", "capacitance", ValidationCodes.FORWARD_EULER_UNSTABLE, "dt < tau"),
                refusal("forward Euler with tau_m", n -> NetworkFixture.lif(n).setMembraneTimeConstant(0.1),
                        "LifModel 'lif'", "membraneTimeConstant", ValidationCodes.FORWARD_EULER_UNSTABLE, "dt < tau"),
                refusal("delay of 1e9 ms (issue 15)", n -> n.getProjections().get(0).setDelay(NetworkFixture.constant(1e9)),
                        "Projection 'exc_to_inh'", "delay", ValidationCodes.DELAY_TOO_LONG, "32767 steps"),
                refusal("normal delay beyond the cap at mean + 8 sd", n -> n.getProjections().get(0).setDelay(normal(100, 500)),
                        "Projection 'exc_to_inh'", "delay", ValidationCodes.DELAY_TOO_LONG, "32767 steps"),
                refusal("delay ring of a large population", n -> {
                    // 70000 x (32767 + 2) slots > 2^31 - 17; one synapse, so nothing else is large.
                    n.getPopulations().get(1).setSize(70_000);
                    n.getProjections().get(0).setConnectivity(NetworkFixture.explicit(0, 0));
                    n.getProjections().get(0).setDelay(NetworkFixture.constant(3276.7));
                }, "Population 'inh'", "size", ValidationCodes.DELAY_RING_TOO_LARGE, "buffered values"),
                refusal("population of 2^31 - 1 neurons inside an assembly (issue 15)", n -> {
                    Population big = NetworkFixture.population(n, "big", Integer.MAX_VALUE, PopulationType.INHIBITORY);
                    Assembly all = NetworkFixture.assembly(n, "all", n.getPopulations().get(1), big);
                    n.getProjections().get(0).setTarget(all);
                    n.getProjections().get(0).setConnectivity(NetworkFixture.outDegree(1));
                }, "Assembly 'all'", "populations", ValidationCodes.ASSEMBLY_TOO_LARGE, "more than 2147483647 neurons"),
                refusal("more synapses than one projection holds", n -> {
                    n.getPopulations().get(0).setSize(46_341);
                    n.getPopulations().get(1).setSize(46_341);
                }, "Projection 'exc_to_inh'", "connectivity", ValidationCodes.TOO_MANY_SYNAPSES, "synapses exceed"),
                refusal("refractory period beyond 2^31 - 2 steps", n -> NetworkFixture.lif(n).setRefractoryPeriod(3e8),
                        "LifModel 'lif'", "refractoryPeriod", ValidationCodes.TOO_MANY_TIME_STEPS, "time steps"),
                refusal("spike time beyond 2^31 - 2 steps", n -> {
                    SpikeSourceArray array = NetworkFixture.F.createSpikeSourceArray();
                    array.setName("times");
                    array.setTarget(n.getPopulations().get(0));
                    array.getTimes().addAll(List.of(1.0, 3e8));
                    n.getInputs().add(array);
                }, "SpikeSourceArray 'times'", "times", ValidationCodes.TOO_MANY_TIME_STEPS, "time steps"),
                refusal("Izhikevich reset c at the peak", n -> {
                    IzhikevichModel izh = NetworkFixture.F.createIzhikevichModel();
                    izh.setName("izh");
                    izh.setC(30);
                    izh.setPeakPotential(30);
                    n.getNeuronModels().add(izh);
                    n.getPopulations().get(1).setNeuronModel(izh);
                }, "IzhikevichModel 'izh'", "peakPotential", ValidationCodes.PEAK_NOT_ABOVE_RESET, "below vPeak"),
                refusal("state recording beyond one array", n -> {
                    // 10 neurons x 2.2e8 samples = 2.2e9 values > 2^31 - 17.
                    n.getSimulation().setDuration(2.2e7);
                    StateRecorder v = NetworkFixture.F.createStateRecorder();
                    v.setName("v");
                    v.setPopulation(n.getPopulations().get(0));
                    n.getRecorders().add(v);
                }, "StateRecorder 'v'", "neurons", ValidationCodes.RECORDING_TOO_LARGE, "2^31 samples"),
                refusal("more steps than a run counts", n -> n.getSimulation().setDuration(3e8),
                        "SimulationSettings (simulation of Network 'net')", "duration", ValidationCodes.DURATION_STEPS,
                        "2^31 - 1 steps"),
                refusal("fixed in-degree above the distinct sources", n -> n.getProjections().get(0)
                        .setConnectivity(NetworkFixture.inDegree(11)), "FixedInDegree (connectivity of Projection 'exc_to_inh')",
                        "degree", ValidationCodes.DEGREE_TOO_LARGE, "possible sources"),
                refusal("size below 1", n -> n.getPopulations().get(1).setSize(0), "Population 'inh'", "size",
                        ValidationCodes.BELOW_MINIMUM, "must be >= 1"),
                refusal("threshold at the reset", n -> NetworkFixture.lif(n).setThreshold(NetworkFixture.lif(n).getResetPotential()),
                        "LifModel 'lif'", "threshold", ValidationCodes.THRESHOLD_NOT_ABOVE_RESET, "threshold"),
                refusal("synaptic time constant 0", n -> {
                    ExponentialCurrentSynapse synapse = NetworkFixture.F.createExponentialCurrentSynapse();
                    synapse.setTimeConstant(0);
                    n.getProjections().get(0).setSynapse(synapse);
                },
                        "ExponentialCurrentSynapse (synapse of Projection 'exc_to_inh')", "timeConstant",
                        ValidationCodes.NOT_POSITIVE, "tau_syn"));
    }

    private static Arguments refusal(String name, Consumer<Network> breaking, String element, String feature, int code,
            String engineWords) {
        return Arguments.of(name, breaking, element, feature, code, engineWords);
    }

    private static NormalDistribution normal(double mean, double sd) {
        NormalDistribution d = NetworkFixture.F.createNormalDistribution();
        d.setMean(mean);
        d.setStandardDeviation(sd);
        return d;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engineRefusals")
    void everyEngineRefusalIsAValidationErrorOfTheSameElementAndAttribute(String name, Consumer<Network> breaking,
            String element, String feature, int code, String engineWords) throws Exception {
        Network network = valid();
        breaking.accept(network);
        List<Diagnostic> errors = new ArrayList<>();
        errorLeaves(NetworkValidation.validate(network), errors);
        assertTrue(errors.stream().anyMatch(d -> d.getCode() == code && ElementNames.of((EObject) d.getData().get(0))
                .equals(element) && d.getData().size() == 2
                && ((EStructuralFeature) d.getData().get(1)).getName().equals(feature)),
                () -> "no error with code " + code + " on " + element + "." + feature + " in " + errors);
        // Without the validator, the engine (or the compiler) refuses the same model.
        Exception refusal = assertThrows(Exception.class, () -> translateBuildAndStart(network));
        assertTrue(refusal instanceof IllegalArgumentException || refusal instanceof InvalidModelException,
                () -> "not a refusal of the model: " + refusal);
        assertTrue(refusal.getMessage().contains(engineWords), refusal.getMessage());
    }

    private static void errorLeaves(Diagnostic diagnostic, List<Diagnostic> errors) {
        if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.ERROR) {
            errors.add(diagnostic);
        }
        diagnostic.getChildren().forEach(child -> errorLeaves(child, errors));
    }

    /** Translate, build and start the run of a model that was not validated; cancelled at once if it starts. */
    private static void translateBuildAndStart(Network network) throws InvalidModelException {
        CompiledNetwork compiled = ModelCompiler.translate(network, "net.snn",
                RunOptions.defaults().withMemoryLimit(Long.MAX_VALUE));
        compiled.builder().build().run(compiled.steps(), null, () -> true);
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
