// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.spikestudio.engine.Simulation;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.ConstantInput;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.Connectivity;
import org.spikestudio.model.ExplicitConnections;
import org.spikestudio.model.FixedInDegree;
import org.spikestudio.model.FixedOutDegree;
import org.spikestudio.model.LifModel;
import org.spikestudio.model.Network;
import org.spikestudio.model.NeuronGroup;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.resource.ModelFiles;

/**
 * Shared helpers: the repository's examples (located like tests/org.spikestudio.model.tests does, by
 * walking up from the working folder to the one holding examples/seed) and small models built in code.
 */
public final class TestModels {

    static final SpikestudioFactory F = SpikestudioFactory.eINSTANCE;

    private TestModels() {
    }

    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples/seed"))) {
                return dir;
            }
        }
        throw new IllegalStateException("examples/seed not found above " + Path.of("").toAbsolutePath());
    }

    /** An example by its path below examples/, e.g. {@code seed/single-neuron.snn}. */
    public static Path example(String relative) {
        return repositoryRoot().resolve("examples").resolve(relative);
    }

    /** Every .snn file under examples/seed and examples/benchmarks, sorted. */
    static List<Path> examples() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String folder : List.of("seed", "benchmarks")) {
            try (Stream<Path> files = Files.list(repositoryRoot().resolve("examples").resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".snn")).forEach(all::add);
            }
        }
        return all.stream().sorted().toList();
    }

    static Network load(String relative) throws Exception {
        return ModelFiles.load(example(relative));
    }

    static ModelRun prepare(String relative, RunOptions options) throws Exception {
        Path file = example(relative);
        return ModelRun.prepare(ModelFiles.load(file), file.toString(), options);
    }

    static Projection projection(Network network, String name) {
        return network.getProjections().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

    static Population population(Network network, String name) {
        return network.getPopulations().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

    // ---- models built in code ------------------------------------------------------------------

    /** An empty network (dt 0.1 ms, 100 ms, forward Euler, seed 1) with the assignment's LIF model 'lif'. */
    static Network network() {
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

    static LifModel lif(Network network) {
        return (LifModel) network.getNeuronModels().get(0);
    }

    static Population population(Network network, String name, int size, PopulationType type) {
        Population population = F.createPopulation();
        population.setName(name);
        population.setSize(size);
        population.setType(type);
        population.setNeuronModel(lif(network));
        network.getPopulations().add(population);
        return population;
    }

    static Assembly assembly(Network network, String name, Population... members) {
        Assembly assembly = F.createAssembly();
        assembly.setName(name);
        assembly.getPopulations().addAll(List.of(members));
        network.getAssemblies().add(assembly);
        return assembly;
    }

    /** A delta-synapse projection of weight 2 mV and delay 0.1 ms. */
    static Projection connect(Network network, String name, NeuronGroup source, NeuronGroup target,
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

    static ConstantValue constant(double value) {
        ConstantValue constant = F.createConstantValue();
        constant.setValue(value);
        return constant;
    }

    static FixedOutDegree outDegree(int k) {
        FixedOutDegree rule = F.createFixedOutDegree();
        rule.setDegree(k);
        return rule;
    }

    static FixedInDegree inDegree(int k) {
        FixedInDegree rule = F.createFixedInDegree();
        rule.setDegree(k);
        return rule;
    }

    static ExplicitConnections explicit(int... pairs) {
        ExplicitConnections list = F.createExplicitConnections();
        for (int i = 0; i < pairs.length; i += 2) {
            var c = F.createConnection();
            c.setPre(pairs[i]);
            c.setPost(pairs[i + 1]);
            list.getConnections().add(c);
        }
        return list;
    }

    static ConstantInput constantInput(Network network, String name, Population target, double amplitude) {
        ConstantInput input = F.createConstantInput();
        input.setName(name);
        input.setTarget(target);
        input.setAmplitude(amplitude);
        network.getInputs().add(input);
        return input;
    }

    // ---- reading the built engine network --------------------------------------------------------

    /**
     * All synapses of a model projection as (global source index, global target index) pairs, where
     * the global index of a neuron is its position in the projection's source or target group
     * (an assembly's members one after another, as the model documents). Reads the engine's parts
     * through {@link Simulation#targetsOf}; repeated pairs are kept.
     */
    static List<long[]> pairs(ModelRun run, Projection projection) {
        Simulation sim = run.build();
        List<Population> sources = groupMembers(projection.getSource());
        List<Population> targets = groupMembers(projection.getTarget());
        List<long[]> pairs = new ArrayList<>();
        for (org.spikestudio.engine.Projection part : run.compiled().projections().get(projection)) {
            int sourceOffset = offset(sources, part.source().name());
            int targetOffset = offset(targets, part.target().name());
            for (int s = 0; s < part.source().size(); s++) {
                for (int t : sim.targetsOf(part, s)) {
                    pairs.add(new long[] { sourceOffset + s, targetOffset + t });
                }
            }
        }
        return pairs;
    }

    private static List<Population> groupMembers(NeuronGroup group) {
        return group instanceof Assembly a ? List.copyOf(a.getPopulations()) : List.of((Population) group);
    }

    private static int offset(List<Population> members, String name) {
        int offset = 0;
        for (Population p : members) {
            if (p.getName().equals(name)) {
                return offset;
            }
            offset += p.getSize();
        }
        throw new AssertionError("engine part refers to '" + name + "', not a member of " + members);
    }
}
