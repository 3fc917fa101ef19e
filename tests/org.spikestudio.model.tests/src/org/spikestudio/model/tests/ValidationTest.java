// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikestudio.testing.NetworkFixture.assembly;
import static org.spikestudio.testing.NetworkFixture.constant;
import static org.spikestudio.testing.NetworkFixture.explicit;
import static org.spikestudio.testing.NetworkFixture.inDegree;
import static org.spikestudio.testing.NetworkFixture.lif;
import static org.spikestudio.testing.NetworkFixture.normal;
import static org.spikestudio.testing.NetworkFixture.outDegree;
import static org.spikestudio.testing.NetworkFixture.uniform;
import static org.spikestudio.testing.NetworkFixture.valid;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikestudio.model.ConstantInput;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.ExplicitConnections;
import org.spikestudio.model.ExpressionInput;
import org.spikestudio.model.FixedInDegree;
import org.spikestudio.model.FixedOutDegree;
import org.spikestudio.model.FixedProbability;
import org.spikestudio.model.IzhikevichModel;
import org.spikestudio.model.AdExModel;
import org.spikestudio.model.LifModel;
import org.spikestudio.model.Network;
import org.spikestudio.model.NormalDistribution;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SineInput;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.SpikeSourceArray;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.StepInput;
import org.spikestudio.model.UniformDistribution;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.validation.NetworkValidation;
import org.spikestudio.model.validation.SpikestudioValidator;
import org.spikestudio.model.validation.ValidationCodes;
import org.spikestudio.testing.Examples;
import org.spikestudio.testing.NetworkFixture;

/**
 * Every validation rule with a model that breaks it and one that just satisfies it (the boundary
 * value where there is one). The starting point is {@link NetworkFixture#valid()}.
 */
class ValidationTest {

    private static final SpikestudioFactory F = SpikestudioFactory.eINSTANCE;

    static Population exc(Network n) {
        return n.getPopulations().get(0);
    }

    static Projection projection(Network n) {
        return n.getProjections().get(0);
    }

    /** Probability 0: the engine reserves one synapse, so huge populations stay within the synapse limit. */
    static void fewSynapses(Network n) {
        ((FixedProbability) projection(n).getConnectivity()).setProbability(0);
    }

    static <T> T add(Network n, T input) {
        if (input instanceof org.spikestudio.model.Input i) {
            i.setTarget(exc(n));
            n.getInputs().add(i);
        }
        return input;
    }

    static List<ModelProblem> problems(Network network) {
        return NetworkValidation.problems(network, "net.snn");
    }

    @Test
    void emfsGlobalDiagnosticianAppliesOurRulesOnceRegisteredExplicitly() throws Exception {
        EValidator.Registry.INSTANCE.remove(SpikestudioPackage.eINSTANCE);
        try {
            // Loading a model no longer registers the rules as a side effect.
            Network network = ModelFiles.load(Examples.repositoryRoot().resolve("examples/seed/single-neuron.snn"));
            assertNull(EValidator.Registry.INSTANCE.get(SpikestudioPackage.eINSTANCE));
            network.getPopulations().get(0).setSize(0);
            NetworkValidation.register(); // what the front ends do at startup
            Diagnostic result = Diagnostician.INSTANCE.validate(network);
            assertTrue(result.getChildren().stream().anyMatch(d -> d.getCode() == ValidationCodes.BELOW_MINIMUM
                    && d.getMessage().contains("attribute 'size' must be >= 1")), result.getChildren().toString());
        } finally {
            NetworkValidation.register();
        }
    }

    /** Each diagnostic carries its rule's code, and the element and attribute as data (what quick fixes use). */
    @Test
    void diagnosticsCarryStableCodesWithElementAndFeature() {
        Network network = valid();
        exc(network).setSize(0);
        lif(network).setCapacitance(0.05);
        projection(network).setDelay(constant(1e9));
        ((ConstantValue) projection(network).getWeight()).setValue(-2);
        exc(network).setName("inh");
        List<Diagnostic> leaves = new ArrayList<>();
        collectLeaves(NetworkValidation.validate(network), leaves);
        assertCode(leaves, ValidationCodes.BELOW_MINIMUM, exc(network), SpikestudioPackage.Literals.POPULATION__SIZE);
        assertCode(leaves, ValidationCodes.FORWARD_EULER_UNSTABLE, lif(network), SpikestudioPackage.Literals.LIF_MODEL__CAPACITANCE);
        assertCode(leaves, ValidationCodes.DELAY_TOO_LONG, projection(network), SpikestudioPackage.Literals.PROJECTION__DELAY);
        assertCode(leaves, ValidationCodes.NEGATIVE_WEIGHT, projection(network), SpikestudioPackage.Literals.PROJECTION__WEIGHT);
        assertCode(leaves, ValidationCodes.DUPLICATE_NAME, exc(network), SpikestudioPackage.Literals.NAMED_ELEMENT__NAME);
        assertTrue(leaves.stream().allMatch(d -> d.getSource().equals(SpikestudioValidator.DIAGNOSTIC_SOURCE) && d.getCode() > 0),
                leaves.toString());
    }

    private static void collectLeaves(Diagnostic diagnostic, List<Diagnostic> leaves) {
        if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() > Diagnostic.OK) {
            leaves.add(diagnostic);
        }
        diagnostic.getChildren().forEach(child -> collectLeaves(child, leaves));
    }

    private static void assertCode(List<Diagnostic> leaves, int code, EObject element, EStructuralFeature feature) {
        assertTrue(leaves.stream().anyMatch(d -> d.getCode() == code && d.getData().size() == 2
                && d.getData().get(0) == element && d.getData().get(1) == feature),
                () -> "no diagnostic with code " + code + " on " + feature.getName() + " in " + leaves);
    }

    @Test
    void duplicateIdsAreStillReportedByTheLinearCheck() {
        Network network = valid();
        network.getPopulations().get(1).setId(exc(network).getId());
        List<Diagnostic> leaves = new ArrayList<>();
        collectLeaves(NetworkValidation.validate(network), leaves);
        List<Diagnostic> duplicates = leaves.stream().filter(d -> d.getCode() == ValidationCodes.DUPLICATE_ID).toList();
        // Both elements are told which other element has their id.
        assertEquals(2, duplicates.size(), leaves.toString());
        assertEquals("Population 'inh': attribute 'id' '" + exc(network).getId()
                + "' is also the id of Population 'exc'; ids must be unique (references would be ambiguous)",
                duplicates.get(1).getMessage());
        assertEquals(Diagnostic.ERROR, duplicates.get(0).getSeverity());
    }

    @Test
    void theStartingNetworkIsValid() {
        assertEquals(List.of(), problems(valid()));
    }

    /** rule, a change that breaks it, words the message must contain, a change that just satisfies it. */
    static Stream<Arguments> rules() {
        return Stream.of(
                rule("name syntax", n -> exc(n).setName("2exc"), "Population '2exc': attribute 'name' '2exc' is not a valid name",
                        n -> exc(n).setName("_exc2")),
                rule("name unique", n -> exc(n).setName("inh"), "the name 'inh' is also used by Population 'inh'",
                        n -> exc(n).setName("inh2")),
                rule("name required", n -> exc(n).setName(null), "name", n -> exc(n).setName("e")),
                rule("size >= 1", n -> n.getPopulations().get(1).setSize(0),
                        "Population 'inh': attribute 'size' must be >= 1, is 0", n -> n.getPopulations().get(1).setSize(1)),
                rule("dt > 0", n -> n.getSimulation().setTimeStep(0), "attribute 'timeStep' must be > 0",
                        n -> n.getSimulation().setTimeStep(0.05)),
                rule("duration > 0", n -> n.getSimulation().setDuration(-1), "attribute 'duration' must be > 0",
                        n -> n.getSimulation().setDuration(0.1)),
                rule("duration whole steps", n -> n.getSimulation().setDuration(100.05),
                        "must be a whole number of time steps", n -> n.getSimulation().setDuration(100.1)),
                // dt = 0.1 ms: 2^31 - 1 steps is 214748364.7 ms, one step more is refused.
                rule("at most 2^31 - 1 steps", n -> n.getSimulation().setDuration(214748364.8),
                        "is 2147483648 steps of 0.1 ms; a run is limited to 2^31 - 1 = 2147483647 steps",
                        n -> {
                            n.getRecorders().clear(); // 2^31 - 1 samples would not fit in a recorder
                            n.getSimulation().setDuration(214748364.7);
                        }),
                // All 10 neurons of exc at every step of 0.1 ms: 214748364 samples x 10 = 2147483640 values is more
                // than one Java array holds (2^31 - 17 = 2147483631); one step less (2147483630) fits.
                rule("recording fits", n -> {
                    ((StateRecorder) n.getRecorders().get(0)).getNeurons().clear();
                    n.getSimulation().setDuration(21474836.4);
                }, "records 10 neurons x 214748364 samples", n -> {
                    ((StateRecorder) n.getRecorders().get(0)).getNeurons().clear();
                    n.getSimulation().setDuration(21474836.3);
                }),
                // sqrt(t - 50) is NaN for t < 50 ms; sqrt(t) is finite from t = 0 on.
                rule("expression finite", n -> add(n, expression("sqrt(t-50)")),
                        "'sqrt(t-50)' evaluates to NaN at t = 0.0 ms, i = 0; an input current must be a finite number",
                        n -> add(n, expression("sqrt(t)"))),
                // 1/(i-9) is infinite for the last neuron of exc (i = 9) only.
                rule("expression finite for every neuron", n -> add(n, expression("1/(i-9)")),
                        "evaluates to Infinity at t = 0.0 ms, i = 9",
                        n -> add(n, expression("1/(i-10)"))),
                rule("delay >= 0", n -> ((ConstantValue) projection(n).getDelay()).setValue(-0.1),
                        "Projection 'exc_to_inh': reference 'delay' must be >= 0 ms, is -0.1 ms",
                        n -> ((ConstantValue) projection(n).getDelay()).setValue(0)),
                rule("uniform delay >= 0", n -> projection(n).setDelay(uniform(-1, 1)), "uniform distribution starts at -1.0 ms",
                        n -> projection(n).setDelay(uniform(0, 1))),
                rule("p in [0,1]", n -> ((FixedProbability) projection(n).getConnectivity()).setProbability(1.01),
                        "attribute 'probability' must be in [0, 1], is 1.01",
                        n -> ((FixedProbability) projection(n).getConnectivity()).setProbability(1)),
                rule("out-degree <= target size", n -> projection(n).setConnectivity(outDegree(6)),
                        "is 6, but Population 'inh' offers only 5 distinct targets",
                        n -> projection(n).setConnectivity(outDegree(5))),
                rule("out-degree with multapses", n -> projection(n).setConnectivity(outDegree(6)), "offers only 5",
                        n -> {
                            projection(n).setConnectivity(outDegree(6));
                            projection(n).setAllowMultapses(true);
                        }),
                rule("in-degree <= source size", n -> projection(n).setConnectivity(inDegree(11)),
                        "Population 'exc' offers only 10 distinct sources", n -> projection(n).setConnectivity(inDegree(10))),
                rule("self projection without autapses", n -> {
                    projection(n).setTarget(exc(n));
                    projection(n).setConnectivity(outDegree(10));
                }, "offers only 9 distinct targets", n -> {
                    projection(n).setTarget(exc(n));
                    projection(n).setConnectivity(outDegree(9));
                }),
                rule("degree >= 0", n -> projection(n).setConnectivity(outDegree(-1)), "must be >= 0, is -1",
                        n -> projection(n).setConnectivity(outDegree(0))),
                rule("one-to-one sizes", n -> projection(n).setConnectivity(F.createOneToOne()),
                        "source and target must have the same size", n -> {
                            projection(n).setConnectivity(F.createOneToOne());
                            n.getPopulations().get(1).setSize(10);
                        }),
                rule("explicit indices", n -> projection(n).setConnectivity(explicit(0, 5)),
                        "attribute 'post' is 5, outside Population 'inh' (indices 0..4)",
                        n -> projection(n).setConnectivity(explicit(9, 4))),
                rule("explicit duplicates", n -> projection(n).setConnectivity(explicit(1, 1, 1, 1)), "lists the pair (1, 1) twice",
                        n -> projection(n).setConnectivity(explicit(1, 1, 1, 2))),
                rule("finite numbers", n -> lif(n).setResistance(Double.NaN), "attribute 'resistance' must be a finite number, is NaN",
                        n -> lif(n).setResistance(0.02)), // tau = R*C = 0.2 ms > dt for forward Euler
                rule("finite numbers (infinity)", n -> ((ConstantValue) projection(n).getWeight()).setValue(Double.POSITIVE_INFINITY),
                        "must be a finite number, is Infinity", n -> ((ConstantValue) projection(n).getWeight()).setValue(1e6)),
                rule("threshold > reset", n -> lif(n).setResetPotential(1), "attribute 'threshold' must be greater than the reset potential",
                        n -> lif(n).setResetPotential(0.999)),
                rule("refractory >= 0", n -> lif(n).setRefractoryPeriod(-0.1), "attribute 'refractoryPeriod' must be >= 0, is -0.1",
                        n -> lif(n).setRefractoryPeriod(0)),
                rule("capacitance > 0", n -> lif(n).setCapacitance(0), "attribute 'capacitance' must be > 0",
                        n -> {
                            lif(n).setCapacitance(0);
                            lif(n).setMembraneTimeConstant(20); // C is then derived from tau_m and ignored
                        }),
                rule("lower clamp below threshold", n -> lif(n).setLowerBound(1), "attribute 'lowerBound' must be below the threshold",
                        n -> lif(n).setLowerBound(0)),
                rule("Izhikevich peak > c", n -> n.getNeuronModels().add(izhikevich(-70)), "must be greater than the reset c",
                        n -> n.getNeuronModels().add(izhikevich(-64.9))),
                rule("AdEx peak > V_T", n -> n.getNeuronModels().add(adex(-51)), "must be greater than V_T",
                        n -> n.getNeuronModels().add(adex(-50))),
                rule("recorder indices", n -> ((StateRecorder) n.getRecorders().get(0)).getNeurons().add(10),
                        "StateRecorder 'v': attribute 'neurons' contains 10, outside Population 'exc' (indices 0..9)",
                        n -> ((StateRecorder) n.getRecorders().get(0)).getNeurons().add(9)),
                rule("input indices", n -> n.getInputs().get(0).getNeurons().add(-1), "contains -1, outside",
                        n -> n.getInputs().get(0).getNeurons().add(0)),
                rule("sampling interval multiple of dt", n -> ((StateRecorder) n.getRecorders().get(0)).setSamplingInterval(0.15),
                        "must be a whole multiple of the time step", n -> ((StateRecorder) n.getRecorders().get(0)).setSamplingInterval(0.3)),
                rule("expression parses", n -> add(n, expression("4*(sin(t/5)+0.3")),
                        "ExpressionInput 'x': attribute 'expression' '4*(sin(t/5)+0.3' has a syntax error at column 16: expected ')'",
                        n -> add(n, expression("4*(sin(t/5)+0.3)"))),
                rule("expression variables", n -> add(n, expression("3*j")), "column 3: unknown variable 'j'",
                        n -> add(n, expression("3*i"))),
                rule("step stop after start", n -> add(n, step(10, 10)), "attribute 'stop' must be after start",
                        n -> add(n, step(10, 10.1))),
                rule("sine needs frequency or period", n -> add(n, sine(null, null)), "set either the frequency (Hz) or the period (ms)",
                        n -> add(n, sine(null, 5.0))),
                rule("sine not both", n -> add(n, sine(10.0, 5.0)), "not both", n -> add(n, sine(10.0, null))),
                rule("Poisson sources >= 1", n -> add(n, poisson(0)), "attribute 'sources' must be >= 1, is 0", n -> add(n, poisson(1))),
                rule("spike times >= 0", n -> add(n, spikeTimes(-1.0)), "contains -1.0 ms", n -> add(n, spikeTimes(0.0))),
                rule("uniform low < high", n -> projection(n).setWeight(uniform(2, 2)), "must be greater than low",
                        n -> projection(n).setWeight(uniform(2, 2.5))),
                rule("normal sd >= 0", n -> projection(n).setWeight(normal(2, -1)), "attribute 'standardDeviation' must be >= 0",
                        n -> projection(n).setWeight(normal(2, 0))),
                rule("coupling threshold >= 1", n -> n.getCouplings().add(coupling(n, 0, 2)), "attribute 'threshold' must be >= 1, is 0",
                        n -> n.getCouplings().add(coupling(n, 1, 2))),
                // With exact integration: forward Euler would refuse a tau this small (the next rules).
                rule("R > 0", n -> lif(n).setResistance(0), "attribute 'resistance' must be > 0", n -> {
                    n.getSimulation().setIntegration(org.spikestudio.model.IntegrationScheme.EXACT);
                    lif(n).setResistance(1e-9);
                }),
                rule("tau_m > 0", n -> lif(n).setMembraneTimeConstant(0), "attribute 'membraneTimeConstant' must be > 0",
                        n -> {
                            n.getSimulation().setIntegration(org.spikestudio.model.IntegrationScheme.EXACT);
                            lif(n).setMembraneTimeConstant(0.001);
                        }),
                // Forward Euler (the default) needs dt (0.1 ms) < tau = R*C; R = 1 MOhm.
                rule("forward Euler dt < tau", n -> lif(n).setCapacitance(0.1),
                        "attribute 'capacitance' gives tau = R*C = 0.1 ms, but forward Euler needs dt < tau",
                        n -> lif(n).setCapacitance(0.1000001)),
                rule("forward Euler dt < tau_m", n -> lif(n).setMembraneTimeConstant(0.05),
                        "attribute 'membraneTimeConstant' gives tau = R*C = 0.05 ms", n -> lif(n).setMembraneTimeConstant(0.11)),
                // 32767 steps of 0.1 ms are the longest delay; 3276.8 ms rounds to 32768 steps.
                rule("delay at most 2^15 - 1 steps", n -> projection(n).setDelay(constant(3276.8)),
                        "reference 'delay' is 3276.8 ms = 32768 time steps of 0.1 ms; a delay is at most 32767 steps (3276.7 ms)",
                        n -> projection(n).setDelay(constant(3276.7))),
                rule("normal delay at most 2^15 - 1 steps at mean + 8 sd", n -> projection(n).setDelay(normal(100, 400)),
                        "reaches 3300.0 ms", n -> projection(n).setDelay(normal(100, 397))),
                rule("refractory period in steps", n -> lif(n).setRefractoryPeriod(214748364.7),
                        "attribute 'refractoryPeriod' is 2.147483647E8 ms = 2147483647 time steps",
                        n -> lif(n).setRefractoryPeriod(214748364.6)),
                rule("spike time in steps", n -> add(n, spikeTimes(0.0, 214748364.7)),
                        "attribute 'times' is 2.147483647E8 ms", n -> add(n, spikeTimes(0.0, 214748364.6))),
                // The delay ring holds size x (longest delay in steps + 2) values in one array of at most
                // 2^31 - 17: the delay of 0.1 ms (1 step) gives 3 slots; 715827877 x 3 = 2147483631 fits.
                rule("delay ring fits an array", n -> {
                    fewSynapses(n);
                    n.getPopulations().get(1).setSize(715_827_878);
                }, "attribute 'size' is 715827878 neurons; with the longest delay onto it (1 step)", n -> {
                    fewSynapses(n);
                    n.getPopulations().get(1).setSize(715_827_877);
                }),
                rule("assembly index space fits an int", n -> {
                    fewSynapses(n);
                    exc(n).setSize(1_000_000_000);
                    n.getPopulations().get(1).setSize(1_147_483_648);
                    assembly(n, "all", exc(n), n.getPopulations().get(1));
                }, "hold 2147483648 neurons in all", n -> {
                    fewSynapses(n);
                    exc(n).setSize(1_000_000_000);
                    n.getPopulations().get(1).setSize(700_000_000); // 715827877 is the ring's limit (above)
                    assembly(n, "all", exc(n), n.getPopulations().get(1));
                }),
                // All-to-all 46341 x 46341 = 2147488281 synapses; 46340 x 46341 = 2147441940 fit (2^31 - 17).
                rule("synapses of one projection fit an array", n -> {
                    projection(n).setConnectivity(F.createAllToAll());
                    exc(n).setSize(46_341);
                    n.getPopulations().get(1).setSize(46_341);
                }, "reference 'connectivity' gives up to 2147488281 synapses", n -> {
                    projection(n).setConnectivity(F.createAllToAll());
                    exc(n).setSize(46_340);
                    n.getPopulations().get(1).setSize(46_341);
                }),
                rule("AdEx C > 0", n -> n.getNeuronModels().add(adex(m -> m.setCapacitance(0))), "attribute 'capacitance' must be > 0",
                        n -> n.getNeuronModels().add(adex(m -> m.setCapacitance(1e-6)))),
                rule("AdEx g_L > 0", n -> n.getNeuronModels().add(adex(m -> m.setLeakConductance(-1))),
                        "attribute 'leakConductance' must be > 0", n -> n.getNeuronModels().add(adex(m -> m.setLeakConductance(1e-6)))),
                rule("AdEx Delta_T > 0", n -> n.getNeuronModels().add(adex(m -> m.setSlopeFactor(0))),
                        "attribute 'slopeFactor' must be > 0", n -> n.getNeuronModels().add(adex(m -> m.setSlopeFactor(0.1)))),
                rule("AdEx tau_w > 0", n -> n.getNeuronModels().add(adex(m -> m.setAdaptationTimeConstant(0))),
                        "attribute 'adaptationTimeConstant' must be > 0",
                        n -> n.getNeuronModels().add(adex(m -> m.setAdaptationTimeConstant(1)))),
                rule("AdEx refractory >= 0", n -> n.getNeuronModels().add(adex(m -> m.setRefractoryPeriod(-1))),
                        "attribute 'refractoryPeriod' must be >= 0", n -> n.getNeuronModels().add(adex(m -> m.setRefractoryPeriod(0)))),
                rule("AdEx reset < peak", n -> n.getNeuronModels().add(adex(m -> m.setResetPotential(-40.4))),
                        "attribute 'resetPotential' must be below V_peak", n -> n.getNeuronModels().add(adex(m -> m.setResetPotential(-40.5)))),
                rule("current synapse tau > 0", n -> projection(n).setSynapse(currentSynapse(0)), "attribute 'timeConstant' must be > 0",
                        n -> projection(n).setSynapse(currentSynapse(0.01))),
                rule("conductance synapse tau > 0", n -> projection(n).setSynapse(conductanceSynapse(-1, 0)),
                        "attribute 'timeConstant' must be > 0", n -> projection(n).setSynapse(conductanceSynapse(1, 0))),
                rule("Poisson rate >= 0", n -> add(n, poisson(1)).setRate(-1), "attribute 'rate' must be >= 0",
                        n -> add(n, poisson(1)).setRate(0)),
                rule("sine frequency > 0", n -> add(n, sine(0.0, null)), "attribute 'frequency' must be > 0", n -> add(n, sine(0.5, null))),
                rule("sine period > 0", n -> add(n, sine(null, -5.0)), "attribute 'period' must be > 0", n -> add(n, sine(null, 5.0))),
                rule("explicit autapse", n -> {
                    projection(n).setTarget(exc(n));
                    projection(n).setConnectivity(explicit(3, 3));
                }, "connects neuron 3 of Population 'exc' to itself", n -> {
                    projection(n).setTarget(exc(n));
                    projection(n).setConnectivity(explicit(3, 3));
                    projection(n).setAllowAutapses(true);
                }),
                rule("explicit autapse through an assembly", n -> {
                    projection(n).setTarget(assembly(n, "all", exc(n), n.getPopulations().get(1)));
                    projection(n).setConnectivity(explicit(3, 3));
                }, "connects neuron 3 of Population 'exc' to itself", n -> {
                    projection(n).setTarget(assembly(n, "all", n.getPopulations().get(1), exc(n)));
                    projection(n).setConnectivity(explicit(3, 3)); // target index 3 is inh[3] now
                }),
                rule("assembly out-degree", n -> {
                    projection(n).setTarget(assembly(n, "all", exc(n), n.getPopulations().get(1)));
                    projection(n).setConnectivity(outDegree(15));
                }, "offers only 14 distinct targets", n -> {
                    projection(n).setTarget(assembly(n, "all", exc(n), n.getPopulations().get(1)));
                    projection(n).setConnectivity(outDegree(14));
                }),
                rule("assembly not empty", n -> assembly(n, "none"), "reference 'populations' is empty",
                        n -> assembly(n, "some", exc(n))),
                rule("assembly source of one type", n -> projection(n).setSource(assembly(n, "mixed", exc(n), n.getPopulations().get(1))),
                        "whose populations are of different types", n -> projection(n).setSource(assembly(n, "same", exc(n)))),
                rule("rate bin multiple of dt", n -> rate(n).setBinWidth(0.25), "attribute 'binWidth' must be a whole multiple of the time step",
                        n -> rate(n).setBinWidth(0.2)),
                rule("neuron model required", n -> exc(n).setNeuronModel(null), "neuronModel",
                        n -> exc(n).setNeuronModel(lif(n))));
    }

    private static Arguments rule(String name, Consumer<Network> breaking, String expected, Consumer<Network> satisfying) {
        return Arguments.of(name, breaking, expected, satisfying);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleRejectsTheBrokenModelAndAcceptsTheBoundary(String rule, Consumer<Network> breaking, String expected,
            Consumer<Network> satisfying) {
        Network broken = valid();
        breaking.accept(broken);
        List<ModelProblem> problems = problems(broken);
        assertTrue(problems.stream().anyMatch(p -> p.isError() && p.message().contains(expected)),
                () -> "expected an error containing \"" + expected + "\", got " + problems);

        Network fine = valid();
        satisfying.accept(fine);
        List<ModelProblem> none = problems(fine).stream().filter(ModelProblem::isError).toList();
        assertEquals(List.of(), none, rule + ": the satisfying variant must be valid");
    }

    @Test
    void dalesPrincipleWarningWhenASignIsForcedAgainstTheType() {
        Network network = valid();
        ((ConstantValue) projection(network).getWeight()).setValue(-2);
        List<ModelProblem> problems = problems(network);
        assertEquals(1, problems.size(), problems.toString());
        ModelProblem warning = problems.get(0);
        assertEquals(ModelProblem.Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains("sign of the effect follows the type of Population 'exc' (excitatory")
                && warning.message().contains("raise"), warning.message());
        assertEquals("weight", warning.feature());

        Network coupling = valid();
        coupling.getCouplings().add(coupling(coupling, 20, -2));
        assertTrue(problems(coupling).stream().anyMatch(p -> !p.isError() && p.message().contains("Dale's principle")));
    }

    @Test
    void negativeWeightDistributionsAreClippedWithAWarning() {
        Network network = valid();
        projection(network).setWeight(uniform(-1, 3));
        List<ModelProblem> problems = problems(network);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(!problems.get(0).isError() && problems.get(0).message().contains("clipped to 0"), problems.toString());
        projection(network).setWeight(uniform(0, 3));
        assertEquals(List.of(), problems(network));
    }

    @Test
    void conductanceSynapseWhoseReversalContradictsTheTypeIsWarned() {
        Network network = valid(); // exc -> inh, LIF threshold 1 mV, rest 0 mV
        projection(network).setSynapse(conductanceSynapse(5, -70));
        List<ModelProblem> problems = problems(network);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("this excitatory projection inhibits"), problems.toString());
        projection(network).setSynapse(conductanceSynapse(5, 0.5)); // above rest: excites
        assertEquals(List.of(), problems(network));
    }

    @Test
    void oneToOneOntoItselfWithoutAutapsesIsWarned() {
        Network network = valid();
        projection(network).setTarget(exc(network));
        projection(network).setConnectivity(F.createOneToOne());
        List<ModelProblem> problems = problems(network);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("creates no synapse"), problems.toString());
    }

    @Test
    void largeMemoryAloneGivesTheWarningToo() {
        Network network = valid();
        // Few synapses but a state recorder of every neuron every 1 ms: 1e6 neurons * 1e3 samples * 8 bytes
        // = 8e9 bytes, plus 64 bytes of state per neuron (6.4e7): 8.06e9, above the 4e9 limit (and 1e9
        // values still fit in one recorder).
        exc(network).setSize(1_000_000);
        ((FixedProbability) projection(network).getConnectivity()).setProbability(0);
        StateRecorder recorder = (StateRecorder) network.getRecorders().get(0);
        recorder.getNeurons().clear();
        recorder.setSamplingInterval(1);
        network.getSimulation().setDuration(1000);
        List<ModelProblem> problems = problems(network);
        assertEquals(List.of(), problems, "without an estimate from the engine, 1e6 neurons and no synapses are not large");
        // The figure is the engine's (the simulation bundle provides it): 8e9 bytes = 7.45 GiB, above 4e9.
        problems = NetworkValidation.problems(network, "net.snn", n -> 8_000_000_000L);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().endsWith("about 0.00 synapses, estimated memory 7.45 GiB for a run"),
                problems.toString());
        assertEquals(List.of(), NetworkValidation.problems(network, "net.snn", n -> 4_000_000_000L), "4e9 is the limit");
    }

    @Test
    void largeNetworkWarningGivesTheSynapseCountAndMemory() {
        Network network = valid();
        exc(network).setSize(200_000);
        network.getPopulations().get(1).setSize(100_000);
        ((FixedProbability) projection(network).getConnectivity()).setProbability(0.01);
        // Hand calculation: 200000 * 100000 * 0.01 = 2e8 synapses.
        List<ModelProblem> problems = problems(network);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ModelProblem.Severity.WARNING, problems.get(0).severity());
        assertTrue(problems.get(0).message().endsWith("300000 neurons, about 2.00e+08 synapses"),
                problems.get(0).message());
        ((FixedProbability) projection(network).getConnectivity()).setProbability(0.001);
        assertEquals(List.of(), problems(network), "2e7 synapses is not large");
    }

    @Test
    void problemsOfALoadedFileCarryTheElementsLine() throws Exception {
        Path file = Examples.repositoryRoot().resolve("examples/seed/population-100.snn");
        Network network = ModelFiles.load(file);
        network.getPopulations().get(1).setSize(0);
        List<ModelProblem> problems = NetworkValidation.problems(network, file.toString());
        assertEquals(1, problems.stream().filter(ModelProblem::isError).count(), problems.toString());
        ModelProblem problem = problems.get(0);
        // The inh population starts on line 8 of the file (prolog, root, simulation, model, exc with its
        // initial-potential element and end tag, inh).
        assertEquals(8, problem.line(), problem.toString());
        assertEquals(file + ":8: error: Population 'inh': attribute 'size' must be >= 1, is 0", problem.toString());
        assertEquals("size", problem.feature());
    }

    static IzhikevichModel izhikevich(double peak) {
        IzhikevichModel m = F.createIzhikevichModel();
        m.setName("izh");
        m.setPeakPotential(peak);
        m.setC(-65);
        return m;
    }

    static AdExModel adex(Consumer<AdExModel> change) {
        AdExModel m = F.createAdExModel();
        m.setName("adex");
        change.accept(m);
        return m;
    }

    static org.spikestudio.model.ExponentialCurrentSynapse currentSynapse(double tau) {
        var synapse = F.createExponentialCurrentSynapse();
        synapse.setTimeConstant(tau);
        return synapse;
    }

    static org.spikestudio.model.ExponentialConductanceSynapse conductanceSynapse(double tau, double reversal) {
        var synapse = F.createExponentialConductanceSynapse();
        synapse.setTimeConstant(tau);
        synapse.setReversalPotential(reversal);
        return synapse;
    }

    static org.spikestudio.model.RateRecorder rate(Network n) {
        var recorder = F.createRateRecorder();
        recorder.setName("rate");
        recorder.setPopulation(exc(n));
        n.getRecorders().add(recorder);
        return recorder;
    }

    static AdExModel adex(double peak) {
        AdExModel m = F.createAdExModel();
        m.setName("adex");
        m.setThresholdPotential(-50.4);
        m.setPeakPotential(peak);
        return m;
    }

    static ExpressionInput expression(String text) {
        ExpressionInput input = F.createExpressionInput();
        input.setName("x");
        input.setExpression(text);
        return input;
    }

    static StepInput step(double start, double stop) {
        StepInput input = F.createStepInput();
        input.setName("pulse");
        input.setStart(start);
        input.setStop(stop);
        return input;
    }

    static SineInput sine(Double frequency, Double period) {
        SineInput input = F.createSineInput();
        input.setName("sine");
        if (frequency != null) {
            input.setFrequency(frequency);
        }
        if (period != null) {
            input.setPeriod(period);
        }
        return input;
    }

    static org.spikestudio.model.PoissonInput poisson(int sources) {
        var input = F.createPoissonInput();
        input.setName("poisson");
        input.setSources(sources);
        return input;
    }

    static SpikeSourceArray spikeTimes(double... times) {
        SpikeSourceArray input = F.createSpikeSourceArray();
        input.setName("times");
        for (double t : times) {
            input.getTimes().add(t);
        }
        return input;
    }

    static SpikeCountCoupling coupling(Network n, int threshold, double effect) {
        SpikeCountCoupling coupling = F.createSpikeCountCoupling();
        coupling.setName("count");
        coupling.setSource(exc(n));
        coupling.setTarget(n.getPopulations().get(1));
        coupling.setThreshold(threshold);
        coupling.setEffect(effect);
        return coupling;
    }

    @Test
    void exactIntegrationWarnsThatIzhikevichAndAdExUseEuler() {
        Network network = valid();
        network.getSimulation().setIntegration(org.spikestudio.model.IntegrationScheme.EXACT);
        assertEquals(List.of(), problems(network), "exact with LIF only is fine");
        IzhikevichModel izh = F.createIzhikevichModel();
        izh.setName("izh");
        network.getNeuronModels().add(izh);
        exc(network).setNeuronModel(izh);
        List<ModelProblem> problems = problems(network);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ModelProblem.Severity.WARNING, problems.get(0).severity());
        assertTrue(problems.get(0).message().contains("Population 'exc' (Izhikevich or AdEx) are integrated with forward"
                + " Euler"), problems.get(0).message());
        assertEquals("integration", problems.get(0).feature());
    }

    @Test
    void aResetBelowTheLowerBoundIsAWarning() {
        Network network = valid();
        lif(network).setLowerBound(0);
        assertEquals(List.of(), problems(network), "reset 0 mV at the bound 0 mV is fine");
        lif(network).setResetPotential(-5);
        List<ModelProblem> problems = problems(network);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ModelProblem.Severity.WARNING, problems.get(0).severity());
        assertEquals("resetPotential", problems.get(0).feature());
        assertTrue(problems.get(0).message().contains("the clamp raises the reset potential to the lower bound"),
                problems.get(0).message());
    }
}
