// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.FixedProbability;
import org.spikestudio.model.Network;
import org.spikestudio.model.NormalDistribution;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SineInput;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.StepInput;
import org.spikestudio.model.UniformDistribution;
import org.spikestudio.model.edit.diagram.DiagramLabels;
import org.spikestudio.testing.Examples;

/**
 * The diagram's labels on the seed examples. Every expected string is written by hand from the
 * issue's notation (population "80 x LIF", projection "p=0.02, w=1.62 mV, d=1 ms", coupling
 * "20 spikes -> +2 mV", input "4*(sin(t/5)+0.3) nA") and the values in the example files.
 */
class DiagramLabelsTest {

    private static final SpikestudioFactory F = SpikestudioFactory.eINSTANCE;

    @Test
    void populationsShowSizeAndNeuronModelKind() throws Exception {
        Network network = Examples.load("seed/population-100.snn");
        assertEquals("exc", DiagramLabels.title(network.getPopulations().get(0)));
        assertEquals("80 x LIF", DiagramLabels.detail(network.getPopulations().get(0)));
        assertEquals("20 x LIF", DiagramLabels.detail(network.getPopulations().get(1)));
        assertEquals("exc + inh (100 neurons)", DiagramLabels.detail(network.getAssemblies().get(0)));
        Network single = Examples.load("seed/single-neuron.snn");
        assertEquals("1 x LIF", DiagramLabels.detail(single.getPopulations().get(0)));
    }

    @Test
    void projectionsShowRuleWeightInTheSynapsesUnitAndDelay() throws Exception {
        Network population100 = Examples.load("seed/population-100.snn");
        assertEquals("out-degree=1, w=2 mV, d=0.1 ms", DiagramLabels.detail(population100.getProjections().get(0)));
        assertEquals("out-degree=2, w=2 mV, d=0.1 ms", DiagramLabels.detail(population100.getProjections().get(1)));
        Network two = Examples.load("seed/two-excitatory.snn");
        assertEquals("all-to-all, w=2 mV, d=0.1 ms", DiagramLabels.detail(two.getProjections().get(0)));
        // CUBA: current synapses, so the weight is in nA.
        Network cuba = Examples.load("benchmarks/cuba.snn");
        assertEquals("p=0.02, w=1.62 nA, d=0 ms", DiagramLabels.detail(cuba.getProjections().get(0)));
        assertEquals("p=0.02, w=9 nA, d=0 ms", DiagramLabels.detail(cuba.getProjections().get(2)));
    }

    @Test
    void theIssuesProjectionExampleAndTheOtherRulesAndDistributions() throws Exception {
        Network network = Examples.load("seed/two-excitatory.snn");
        Projection projection = network.getProjections().get(0);
        FixedProbability p = F.createFixedProbability();
        p.setProbability(0.02);
        projection.setConnectivity(p);
        ((ConstantValue) projection.getWeight()).setValue(1.62);
        ((ConstantValue) projection.getDelay()).setValue(1);
        assertEquals("p=0.02, w=1.62 mV, d=1 ms", DiagramLabels.detail(projection));

        projection.setConnectivity(F.createOneToOne());
        UniformDistribution weight = F.createUniformDistribution();
        weight.setLow(0.5);
        weight.setHigh(1.5);
        projection.setWeight(weight);
        NormalDistribution delay = F.createNormalDistribution();
        delay.setMean(2);
        delay.setStandardDeviation(0.5);
        projection.setDelay(delay);
        projection.setSynapse(F.createExponentialConductanceSynapse());
        assertEquals("one-to-one, w~U[0.5, 1.5) uS, d~N(2, 0.5) ms", DiagramLabels.detail(projection));

        projection.setConnectivity(F.createFixedInDegree());
        assertEquals("in-degree=1", DiagramLabels.rule(projection.getConnectivity()));
        projection.setConnectivity(F.createExplicitConnections());
        assertEquals("0 pairs", DiagramLabels.rule(projection.getConnectivity()));
    }

    @Test
    void couplingsShowTheCountAndTheSignedJump() throws Exception {
        Network network = Examples.load("seed/three-populations.snn");
        assertEquals("20 spikes -> +2 mV", DiagramLabels.detail(network.getCouplings().get(0)), "first (excitatory)");
        assertEquals("20 spikes -> +2 mV", DiagramLabels.detail(network.getCouplings().get(1)), "second (excitatory)");
        assertEquals("20 spikes -> -2 mV", DiagramLabels.detail(network.getCouplings().get(2)), "third (inhibitory)");
    }

    @Test
    void inputsShowTheirCurrentOrSpikes() throws Exception {
        Network ei = Examples.load("seed/excitatory-inhibitory.snn");
        assertEquals("4*(sin(t/5)+0.3) nA", DiagramLabels.detail(ei.getInputs().get(0)));
        assertEquals("10 nA", DiagramLabels.detail(ei.getInputs().get(1)));
        Network three = Examples.load("seed/three-populations.snn");
        assertEquals("3*i nA", DiagramLabels.detail(three.getInputs().get(0)));
        assertEquals("noise U[0, 5.5) nA", DiagramLabels.detail(three.getInputs().get(1)));
        assertEquals("3 nA", DiagramLabels.detail(three.getInputs().get(2)));

        var target = three.getPopulations().get(0);
        StepInput step = F.createStepInput();
        step.setTarget(target);
        step.setAmplitude(2);
        step.setStart(10);
        step.setStop(50);
        step.getNeurons().addAll(java.util.List.of(1, 5));
        assertEquals("2 nA from 10 to 50 ms (neurons 1, 5)", DiagramLabels.detail(step));
        SineInput sine = F.createSineInput();
        sine.setTarget(target);
        sine.setFrequency(10);
        assertEquals("sine 1 nA, 10 Hz", DiagramLabels.detail(sine));
        var poisson = F.createPoissonInput();
        poisson.setTarget(target);
        assertEquals("Poisson 1 x 10 Hz, 0.1 mV", DiagramLabels.detail(poisson));
        var array = F.createSpikeSourceArray();
        array.setTarget(target);
        array.getTimes().addAll(java.util.List.of(1.0, 2.5));
        assertEquals("2 spikes, 1 mV", DiagramLabels.detail(array));
        var expression = F.createExpressionInput();
        expression.setTarget(target);
        expression.setExpression("4 * ( sin(t / 5) + 0.3 )");
        assertEquals("4*(sin(t/5)+0.3) nA", DiagramLabels.detail(expression), "the printer's canonical form");
        expression.setExpression("4*(");
        assertEquals("4*( nA", DiagramLabels.detail(expression), "as written when it does not parse");
    }

    @Test
    void recordersAreBadgesAndAPopulationListsItsBadgesOnce() throws Exception {
        Network network = Examples.load("seed/population-100.snn");
        assertEquals("spikes", DiagramLabels.detail(network.getRecorders().get(0)));
        assertEquals("V", DiagramLabels.detail(network.getRecorders().get(2)));
        assertEquals("I", DiagramLabels.detail(network.getRecorders().get(4)));
        assertEquals("rate", DiagramLabels.detail(network.getRecorders().get(5)));
        assertEquals("spikes, V, I, rate", DiagramLabels.badges(network.getPopulations().get(0)));
        assertEquals("spikes, V, rate", DiagramLabels.badges(network.getPopulations().get(1)));
        Network ei = Examples.load("seed/excitatory-inhibitory.snn");
        assertEquals("spikes, V, I", DiagramLabels.badges(ei.getPopulations().get(0)));
    }
}
