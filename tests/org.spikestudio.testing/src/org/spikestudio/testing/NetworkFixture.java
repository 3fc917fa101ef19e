// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.testing;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.ConstantInput;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.Connectivity;
import org.spikestudio.model.ExplicitConnections;
import org.spikestudio.model.FixedInDegree;
import org.spikestudio.model.FixedOutDegree;
import org.spikestudio.model.FixedProbability;
import org.spikestudio.model.LifModel;
import org.spikestudio.model.Network;
import org.spikestudio.model.NeuronGroup;
import org.spikestudio.model.NormalDistribution;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.UniformDistribution;
import org.spikestudio.model.resource.ModelFiles;

/**
 * Small models built in code. Each method creates one element with the model's defaults for
 * everything it does not name and, where it takes the network, adds the element to it, so a test
 * reads as the list of elements it needs: {@code population(network, "exc", 10, EXCITATORY)}.
 */
public final class NetworkFixture {

    public static final SpikestudioFactory F = SpikestudioFactory.eINSTANCE;

    private NetworkFixture() {
    }

    /**
     * An empty network 'net' (dt 0.1 ms, 100 ms, forward Euler, seed 1) in a resource of the
     * product's resource set (as a loaded file would be, so ids and validation behave alike) with
     * the assignment's LIF model 'lif'.
     */
    public static Network network() {
        Network network = F.createNetwork();
        network.setName("net");
        network.setSeed(1);
        network.setSimulation(F.createSimulationSettings());
        ModelFiles.newResourceSet().createResource(URI.createFileURI("/tmp/net.snn")).getContents().add(network);
        LifModel lif = F.createLifModel();
        lif.setName("lif");
        network.getNeuronModels().add(lif);
        return network;
    }

    /**
     * {@link #network()} with exc (10, excitatory) and inh (5, inhibitory), a projection exc_to_inh
     * (probability 0.5, {@link #connect delta synapse}), a 5 nA constant input 'drive' on exc and
     * a recorder 'v' of exc[0] and exc[9]: a model without any problem to break one rule at a time.
     */
    public static Network valid() {
        Network network = network();
        Population exc = population(network, "exc", 10, PopulationType.EXCITATORY);
        Population inh = population(network, "inh", 5, PopulationType.INHIBITORY);
        connect(network, "exc_to_inh", exc, inh, probability(0.5));
        constantInput(network, "drive", exc, 5);
        stateRecorder(network, "v", exc, 0, 9);
        return network;
    }

    /** The network's first neuron model, the LIF model of {@link #network()}. */
    public static LifModel lif(Network network) {
        return (LifModel) network.getNeuronModels().get(0);
    }

    /** A population of {@link #lif} neurons. */
    public static Population population(Network network, String name, int size, PopulationType type) {
        Population population = F.createPopulation();
        population.setName(name);
        population.setSize(size);
        population.setType(type);
        population.setNeuronModel(lif(network));
        network.getPopulations().add(population);
        return population;
    }

    public static Population population(Network network, String name) {
        return network.getPopulations().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

    public static Projection projection(Network network, String name) {
        return network.getProjections().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

    public static Assembly assembly(Network network, String name, Population... members) {
        Assembly assembly = F.createAssembly();
        assembly.setName(name);
        assembly.getPopulations().addAll(List.of(members));
        network.getAssemblies().add(assembly);
        return assembly;
    }

    /** A delta-synapse projection of weight 2 mV and delay 0.1 ms. */
    public static Projection connect(Network network, String name, NeuronGroup source, NeuronGroup target,
            Connectivity rule) {
        Projection projection = F.createProjection();
        projection.setName(name);
        projection.setSource(source);
        projection.setTarget(target);
        projection.setConnectivity(rule);
        projection.setSynapse(F.createDeltaSynapse());
        projection.setWeight(constant(2));
        projection.setDelay(constant(0.1));
        network.getProjections().add(projection);
        return projection;
    }

    public static ConstantInput constantInput(Network network, String name, Population target, double amplitude) {
        ConstantInput input = F.createConstantInput();
        input.setName(name);
        input.setTarget(target);
        input.setAmplitude(amplitude);
        network.getInputs().add(input);
        return input;
    }

    /** A recorder of the membrane potential (the default variable) of the given neurons. */
    public static StateRecorder stateRecorder(Network network, String name, Population population, Integer... neurons) {
        StateRecorder recorder = F.createStateRecorder();
        recorder.setName(name);
        recorder.setPopulation(population);
        recorder.getNeurons().addAll(List.of(neurons));
        network.getRecorders().add(recorder);
        return recorder;
    }

    // ---- values and connection rules, not yet in a network -------------------------------------

    public static ConstantValue constant(double value) {
        ConstantValue constant = F.createConstantValue();
        constant.setValue(value);
        return constant;
    }

    public static UniformDistribution uniform(double low, double high) {
        UniformDistribution d = F.createUniformDistribution();
        d.setLow(low);
        d.setHigh(high);
        return d;
    }

    public static NormalDistribution normal(double mean, double sd) {
        NormalDistribution d = F.createNormalDistribution();
        d.setMean(mean);
        d.setStandardDeviation(sd);
        return d;
    }

    public static FixedProbability probability(double p) {
        FixedProbability rule = F.createFixedProbability();
        rule.setProbability(p);
        return rule;
    }

    public static FixedOutDegree outDegree(int k) {
        FixedOutDegree rule = F.createFixedOutDegree();
        rule.setDegree(k);
        return rule;
    }

    public static FixedInDegree inDegree(int k) {
        FixedInDegree rule = F.createFixedInDegree();
        rule.setDegree(k);
        return rule;
    }

    /** Explicit connections from (pre, post) pairs given one after another. */
    public static ExplicitConnections explicit(int... pairs) {
        ExplicitConnections list = F.createExplicitConnections();
        for (int i = 0; i < pairs.length; i += 2) {
            var c = F.createConnection();
            c.setPre(pairs[i]);
            c.setPost(pairs[i + 1]);
            list.getConnections().add(c);
        }
        return list;
    }
}
