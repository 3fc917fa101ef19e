// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.EObject;
import org.spikestudio.engine.Connectivity;
import org.spikestudio.engine.Distribution;
import org.spikestudio.engine.Input;
import org.spikestudio.engine.InputHandle;
import org.spikestudio.engine.Integration;
import org.spikestudio.engine.LifParameters;
import org.spikestudio.engine.NetworkBuilder;
import org.spikestudio.engine.NeuronModel;
import org.spikestudio.engine.NeuronType;
import org.spikestudio.engine.StateVariable;
import org.spikestudio.engine.Synapse;
import org.spikestudio.model.AdExModel;
import org.spikestudio.model.AllToAll;
import org.spikestudio.model.ConstantInput;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.Connection;
import org.spikestudio.model.DeltaSynapse;
import org.spikestudio.model.ExplicitConnections;
import org.spikestudio.model.ExponentialConductanceSynapse;
import org.spikestudio.model.ExponentialCurrentSynapse;
import org.spikestudio.model.ExpressionInput;
import org.spikestudio.model.FixedInDegree;
import org.spikestudio.model.FixedOutDegree;
import org.spikestudio.model.FixedProbability;
import org.spikestudio.model.IntegrationScheme;
import org.spikestudio.model.IzhikevichModel;
import org.spikestudio.model.LifModel;
import org.spikestudio.model.Network;
import org.spikestudio.model.NoiseInput;
import org.spikestudio.model.NormalDistribution;
import org.spikestudio.model.OneToOne;
import org.spikestudio.model.PoissonInput;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.RateRecorder;
import org.spikestudio.model.Recorder;
import org.spikestudio.model.SineInput;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.SpikeRecorder;
import org.spikestudio.model.SpikeSourceArray;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.StepInput;
import org.spikestudio.model.UniformDistribution;
import org.spikestudio.model.groups.NeuronGroups;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.model.validation.ElementNames;
import org.spikestudio.model.validation.MemoryEstimator;
import org.spikestudio.model.validation.NetworkSize;
import org.spikestudio.model.validation.NetworkValidation;
import org.spikestudio.results.RecordedVariable;

/**
 * Translates a validated {@link Network} into an engine {@link NetworkBuilder}. EMF is read here
 * once; the engine's loop never sees it.
 * <p>
 * Projections between populations map one to one onto engine projections. A projection from or to
 * an {@link org.spikestudio.model.Assembly} is split into one engine projection per pair of member
 * populations (named {@code name[source->target]}): all-to-all and fixed probability keep their rule
 * per pair, which draws the same distribution; one-to-one, explicit lists and the degree rules work
 * on the assembly's joint index space, so the compiler draws those pairs itself (from the seed, the
 * projection's position and the source or target neuron) and hands them over as explicit lists.
 */
public final class ModelCompiler {

    /** Purpose key of the compiler's own draws, apart from the engine's streams. */
    private static final long PURPOSE_ASSEMBLY_DEGREE = 0x5A55E3B1L;

    private final Network network;
    private final String file;
    private final NetworkBuilder builder;
    private final long seed;
    private final double dt;
    private final long steps;
    private final Map<Population, org.spikestudio.engine.Population> populations = new LinkedHashMap<>();
    private final Map<Projection, List<org.spikestudio.engine.Projection>> projections = new LinkedHashMap<>();
    private final List<CompiledNetwork.StateRecording> states = new ArrayList<>();
    private final List<CompiledNetwork.RateRecording> rates = new ArrayList<>();
    private final Set<Population> spikeRecorded = new HashSet<>();

    private ModelCompiler(Network network, String file, RunOptions options) {
        this.network = network;
        this.file = file;
        this.seed = options.seed() != null ? options.seed() : network.getSeed();
        this.dt = network.getSimulation().getTimeStep();
        double duration = options.durationMs() != null ? options.durationMs() : network.getSimulation().getDuration();
        this.steps = Math.round(duration / dt);
        this.builder = new NetworkBuilder(dt).seed(seed);
        if (options.threads() != null) {
            builder.threads(options.threads());
        }
        if (options.memoryLimitBytes() != null) {
            builder.memoryLimit(options.memoryLimitBytes());
        }
    }

    /**
     * Validates the network and translates it.
     *
     * @param file the model's file name for messages (any string; the element lines come from the
     *             resource the network was loaded from)
     * @throws InvalidModelException when validation reports an error, or the engine refuses a
     *                               parameter the validator let through; it lists the problems
     * @throws IllegalArgumentException when an option is out of range (the duration is not a positive
     *                               whole number of steps, threads &lt; 1)
     */
    public static CompiledNetwork compile(Network network, String file, RunOptions options)
            throws InvalidModelException {
        // The validator's size warning needs the translation's memory figure: translate once, for both.
        Translation translation = new Translation(file, options);
        List<ModelProblem> problems = NetworkValidation.problems(network, file, translation);
        if (problems.stream().anyMatch(ModelProblem::isError)) {
            throw new InvalidModelException(problems);
        }
        return translation.of(network).withWarnings(problems);
    }

    /** The translation of a valid network, made when the validator first asks for its memory figure. */
    private static final class Translation implements MemoryEstimator {
        private final String file;
        private final RunOptions options;
        private CompiledNetwork compiled;
        private InvalidModelException refused;

        Translation(String file, RunOptions options) {
            this.file = file;
            this.options = options;
        }

        @Override
        public long bytes(Network network) {
            try {
                return of(network).estimatedMemoryBytes();
            } catch (InvalidModelException e) {
                return -1;
            }
        }

        CompiledNetwork of(Network network) throws InvalidModelException {
            if (refused != null) {
                throw refused;
            }
            if (compiled == null) {
                try {
                    compiled = translate(network, file, options);
                } catch (InvalidModelException e) {
                    refused = e;
                    throw e;
                }
            }
            return compiled;
        }
    }

    /**
     * Translates a network that has no validation errors, without validating it again; its
     * {@link CompiledNetwork#warnings()} are empty.
     */
    static CompiledNetwork translate(Network network, String file, RunOptions options) throws InvalidModelException {
        checkOptions(network, options);
        ModelCompiler compiler = new ModelCompiler(network, file, options);
        compiler.translate();
        return new CompiledNetwork(network.getId(), network.getName(), compiler.builder, compiler.seed, compiler.dt,
                compiler.steps, compiler.populations, compiler.projections, compiler.states, compiler.rates, compiler.spikeRecorded,
                List.of(), options.memoryLimitBytes());
    }

    private static void checkOptions(Network network, RunOptions options) {
        double dt = network.getSimulation().getTimeStep();
        if (options.durationMs() != null) {
            double d = options.durationMs();
            String problem = d > 0 && Double.isFinite(d) ? NetworkSize.durationProblem(d, dt) : "must be > 0";
            if (problem != null) {
                throw new IllegalArgumentException("duration " + d + " ms " + problem + " (dt = " + dt + " ms)");
            }
        }
        if (options.threads() != null && options.threads() < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + options.threads());
        }
    }

    private void translate() throws InvalidModelException {
        for (Population p : network.getPopulations()) {
            guarded(p, () -> populations.put(p, population(p)));
        }
        int index = 0;
        for (Projection p : network.getProjections()) {
            int projectionIndex = index++;
            guarded(p, () -> projections.put(p, projection(p, projectionIndex)));
        }
        for (SpikeCountCoupling c : network.getCouplings()) {
            guarded(c, () -> builder.spikeCountCoupling(c.getName(), populations.get(c.getSource()),
                    populations.get(c.getTarget()), c.getThreshold(), Math.abs(c.getEffect())));
        }
        for (org.spikestudio.model.Input in : network.getInputs()) {
            guarded(in, () -> input(in));
        }
        boolean anySpikeRecorder = network.getRecorders().stream().anyMatch(SpikeRecorder.class::isInstance);
        for (Recorder r : network.getRecorders()) {
            guarded(r, () -> recorder(r));
        }
        // Without any spike recorder the raster would be empty; record every population then.
        if (!anySpikeRecorder) {
            spikeRecorded.addAll(populations.keySet());
        }
        for (Map.Entry<Population, org.spikestudio.engine.Population> e : populations.entrySet()) {
            e.getValue().recordRate(); // one int per step: statistics and rates.csv for every population
            if (spikeRecorded.contains(e.getKey())) {
                e.getValue().recordSpikes();
            }
        }
    }

    private interface Step {
        void run();
    }

    /** The engine names the parameter in its message; we add the file, line and element. */
    private void guarded(EObject element, Step step) throws InvalidModelException {
        try {
            step.run();
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(List.of(new ModelProblem(file, ModelFiles.lineOf(element), 0,
                    ModelProblem.Severity.ERROR, ElementNames.of(element), "", e.getMessage())));
        }
    }

    private org.spikestudio.engine.Population population(Population p) {
        org.spikestudio.model.NeuronModel model = p.getNeuronModel();
        NeuronType type = p.getType() == org.spikestudio.model.PopulationType.INHIBITORY ? NeuronType.INHIBITORY
                : NeuronType.EXCITATORY;
        org.spikestudio.engine.Population engine = builder.population(p.getName(), p.getSize(), neuronModel(model),
                type);
        Double modelInitial = switch (model) {
            case LifModel lif -> lif.isSetInitialPotential() ? lif.getInitialPotential() : null;
            case IzhikevichModel izh -> izh.getInitialPotential();
            case AdExModel adex -> adex.isSetInitialPotential() ? adex.getInitialPotential() : null;
            default -> null;
        };
        if (p.getInitialPotential() != null) {
            engine.initialPotential(distribution(p.getInitialPotential()));
        } else if (modelInitial != null) {
            engine.initialPotential(Distribution.constant(modelInitial));
        }
        boolean discard = model instanceof LifModel lif && lif.isDiscardJumpsWhenRefractory()
                || model instanceof AdExModel adex && adex.isDiscardJumpsWhenRefractory();
        engine.jumpsDuringRefractoriness(!discard);
        return engine;
    }

    private NeuronModel neuronModel(org.spikestudio.model.NeuronModel model) {
        return switch (model) {
            case LifModel lif -> {
                double c = lif.isSetMembraneTimeConstant() ? lif.getMembraneTimeConstant() / lif.getResistance()
                        : lif.getCapacitance();
                double lower = lif.isSetLowerBound() ? lif.getLowerBound() : Double.NEGATIVE_INFINITY;
                Integration integration = network.getSimulation().getIntegration() == IntegrationScheme.EXACT
                        ? Integration.EXACT : Integration.FORWARD_EULER;
                yield NeuronModel.lif(new LifParameters(lif.getResistance(), c, lif.getRestPotential(),
                        lif.getResetPotential(), lif.getThreshold(), lif.getRefractoryPeriod(), lower), integration);
            }
            case IzhikevichModel izh -> new NeuronModel.Izhikevich(izh.getA(), izh.getB(), izh.getC(), izh.getD(),
                    izh.getPeakPotential());
            case AdExModel a -> new NeuronModel.AdEx(a.getCapacitance(), a.getLeakConductance(), a.getLeakReversal(),
                    a.getThresholdPotential(), a.getSlopeFactor(), a.getSubthresholdAdaptation(),
                    a.getAdaptationTimeConstant(), a.getSpikeTriggeredAdaptation(), a.getResetPotential(),
                    a.getPeakPotential(), a.getRefractoryPeriod());
            default -> throw new IllegalArgumentException("unsupported neuron model " + model.eClass().getName());
        };
    }

    static Distribution distribution(org.spikestudio.model.Distribution d) {
        return switch (d) {
            case ConstantValue c -> Distribution.constant(c.getValue());
            case UniformDistribution u -> Distribution.uniform(u.getLow(), u.getHigh());
            case NormalDistribution n -> Distribution.normal(n.getMean(), n.getStandardDeviation());
            default -> throw new IllegalArgumentException("unsupported distribution " + d.eClass().getName());
        };
    }

    /** Weights are magnitudes: a negative constant is taken as its magnitude (the validator warns). */
    private static Distribution magnitude(org.spikestudio.model.Distribution d) {
        Distribution x = distribution(d);
        return x.isConstant() ? Distribution.constant(Math.abs(x.a())) : x;
    }

    private static Synapse synapse(org.spikestudio.model.Synapse s) {
        return switch (s) {
            case DeltaSynapse d -> Synapse.delta();
            case ExponentialCurrentSynapse c -> Synapse.expCurrent(c.getTimeConstant());
            case ExponentialConductanceSynapse g -> Synapse.expConductance(g.getTimeConstant(), g.getReversalPotential());
            default -> throw new IllegalArgumentException("unsupported synapse " + s.eClass().getName());
        };
    }

    private List<org.spikestudio.engine.Projection> projection(Projection p, int projectionIndex) {
        Synapse synapse = synapse(p.getSynapse());
        Distribution weight = magnitude(p.getWeight());
        Distribution delay = distribution(p.getDelay());
        List<Population> sources = NeuronGroups.populations(p.getSource());
        List<Population> targets = NeuronGroups.populations(p.getTarget());
        List<org.spikestudio.engine.Projection> parts = new ArrayList<>();
        boolean split = sources.size() != 1 || targets.size() != 1 || !(p.getSource() instanceof Population)
                || !(p.getTarget() instanceof Population);
        if (!split) {
            parts.add(connect(p, p.getName(), sources.get(0), targets.get(0), rule(p), synapse, weight, delay));
            return parts;
        }
        switch (p.getConnectivity()) {
            case AllToAll a -> forEachPair(sources, targets, (s, t) -> parts
                    .add(connect(p, partName(p, s, t), s, t, Connectivity.allToAll(), synapse, weight, delay)));
            case FixedProbability f -> forEachPair(sources, targets, (s, t) -> parts.add(connect(p, partName(p, s, t),
                    s, t, Connectivity.fixedProbability(f.getProbability()), synapse, weight, delay)));
            default -> {
                PairLists lists = jointPairs(p, sources, targets, projectionIndex);
                for (int i = 0; i < sources.size(); i++) {
                    for (int j = 0; j < targets.size(); j++) {
                        int[][] pairs = lists.get(i, j);
                        if (pairs[0].length > 0) {
                            parts.add(connect(p, partName(p, sources.get(i), targets.get(j)), sources.get(i),
                                    targets.get(j), Connectivity.explicit(pairs[0], pairs[1]), synapse, weight, delay));
                        }
                    }
                }
            }
        }
        return parts;
    }

    private org.spikestudio.engine.Projection connect(Projection p, String name, Population source, Population target,
            Connectivity rule, Synapse synapse, Distribution weight, Distribution delay) {
        return builder.connect(name, populations.get(source), populations.get(target), rule, synapse, weight, delay)
                .allowAutapses(p.isAllowAutapses()).allowMultapses(p.isAllowMultapses());
    }

    private static String partName(Projection p, Population source, Population target) {
        return p.getName() + "[" + source.getName() + "->" + target.getName() + "]";
    }

    private interface PairAction {
        void accept(Population source, Population target);
    }

    private static void forEachPair(List<Population> sources, List<Population> targets, PairAction action) {
        for (Population s : sources) {
            for (Population t : targets) {
                action.accept(s, t);
            }
        }
    }

    private static Connectivity rule(Projection p) {
        return switch (p.getConnectivity()) {
            case AllToAll a -> Connectivity.allToAll();
            case OneToOne o -> Connectivity.oneToOne();
            case FixedProbability f -> Connectivity.fixedProbability(f.getProbability());
            case FixedOutDegree k -> Connectivity.fixedOutDegree(k.getDegree());
            case FixedInDegree k -> Connectivity.fixedInDegree(k.getDegree());
            case ExplicitConnections list -> {
                int n = list.getConnections().size();
                int[] pre = new int[n];
                int[] post = new int[n];
                for (int i = 0; i < n; i++) {
                    Connection c = list.getConnections().get(i);
                    pre[i] = c.getPre();
                    post[i] = c.getPost();
                }
                yield Connectivity.explicit(pre, post);
            }
            default -> throw new IllegalArgumentException("unsupported connectivity " + p.getConnectivity().eClass().getName());
        };
    }

    /** Pairs per (source member, target member), in local indices. */
    private static final class PairLists {
        private final IntPairList[][] lists;

        PairLists(int sources, int targets) {
            lists = new IntPairList[sources][targets];
            for (IntPairList[] row : lists) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = new IntPairList();
                }
            }
        }

        void add(GroupIndex.Member s, GroupIndex.Member t) {
            lists[s.member()][t.member()].add(s.local(), t.local());
        }

        int[][] get(int i, int j) {
            return lists[i][j].toArrays();
        }
    }

    private static final class IntPairList {
        private int[] a = new int[16];
        private int[] b = new int[16];
        private int n;

        void add(int x, int y) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
                b = java.util.Arrays.copyOf(b, n * 2);
            }
            a[n] = x;
            b[n] = y;
            n++;
        }

        int[][] toArrays() {
            return new int[][] { java.util.Arrays.copyOf(a, n), java.util.Arrays.copyOf(b, n) };
        }
    }

    /** The joint index space of a group: member populations one after another, in their listed order. */
    private record GroupIndex(List<Population> members, int[] offsets, int size) {
        record Member(int member, int local) {
        }

        static GroupIndex of(List<Population> members) {
            int[] offsets = new int[members.size()];
            int size = 0;
            for (int i = 0; i < members.size(); i++) {
                offsets[i] = size;
                size += members.get(i).getSize();
            }
            return new GroupIndex(members, offsets, size);
        }

        Member member(int global) {
            int m = members.size() - 1;
            while (offsets[m] > global) {
                m--;
            }
            return new Member(m, global - offsets[m]);
        }

        /** The global index of the same neuron in this group, or -1 when it is not a member. */
        int indexOf(Population population, int local) {
            int m = members.indexOf(population);
            return m < 0 ? -1 : offsets[m] + local;
        }
    }

    private PairLists jointPairs(Projection p, List<Population> sources, List<Population> targets,
            int projectionIndex) {
        GroupIndex pre = GroupIndex.of(sources);
        GroupIndex post = GroupIndex.of(targets);
        PairLists lists = new PairLists(sources.size(), targets.size());
        boolean autapses = p.isAllowAutapses();
        switch (p.getConnectivity()) {
            case OneToOne o -> {
                for (int i = 0; i < Math.min(pre.size(), post.size()); i++) {
                    GroupIndex.Member from = pre.member(i);
                    // Without autapses, skip i -> i when both indices name the same neuron.
                    if (autapses || post.indexOf(sources.get(from.member()), from.local()) != i) {
                        lists.add(from, post.member(i));
                    }
                }
            }
            case ExplicitConnections list -> {
                for (Connection c : list.getConnections()) {
                    lists.add(pre.member(c.getPre()), post.member(c.getPost()));
                }
            }
            case FixedOutDegree k -> {
                for (int s = 0; s < pre.size(); s++) {
                    GroupIndex.Member from = pre.member(s);
                    int self = autapses ? -1 : post.indexOf(sources.get(from.member()), from.local());
                    for (int t : draw(k.getDegree(), post.size(), self, p.isAllowMultapses(), projectionIndex, s)) {
                        lists.add(from, post.member(t));
                    }
                }
            }
            case FixedInDegree k -> {
                for (int t = 0; t < post.size(); t++) {
                    GroupIndex.Member to = post.member(t);
                    int self = autapses ? -1 : pre.indexOf(targets.get(to.member()), to.local());
                    for (int s : draw(k.getDegree(), pre.size(), self, p.isAllowMultapses(), projectionIndex,
                            -1 - (long) t)) {
                        lists.add(pre.member(s), to);
                    }
                }
            }
            default -> throw new IllegalArgumentException("unsupported connectivity on an assembly: "
                    + p.getConnectivity().eClass().getName());
        }
        return lists;
    }

    /**
     * k indices out of [0, n) without {@code excluded} (-1: none), distinct unless multapses are
     * allowed, in ascending order; from a stream keyed by (seed, projection, neuron) so the result does
     * not depend on anything else in the model.
     */
    private int[] draw(int k, int n, int excluded, boolean multapses, int projectionIndex, long neuron) {
        int candidates = n - (excluded >= 0 ? 1 : 0);
        if (k > candidates && !multapses || candidates <= 0 && k > 0) {
            throw new IllegalArgumentException("degree " + k + " exceeds the " + candidates
                    + " candidate neurons (allow multapses to draw with repetition)");
        }
        SplittableRandom random = new SplittableRandom(
                mix(mix(mix(seed ^ PURPOSE_ASSEMBLY_DEGREE) + projectionIndex) + neuron));
        int[] chosen = new int[k];
        if (multapses) {
            for (int i = 0; i < k; i++) {
                chosen[i] = random.nextInt(candidates);
            }
        } else {
            // Floyd's algorithm: k distinct values with k draws, whatever n is.
            Set<Integer> set = new HashSet<>();
            for (int j = candidates - k; j < candidates; j++) {
                int r = random.nextInt(j + 1);
                set.add(set.contains(r) ? j : r);
            }
            int i = 0;
            for (int v : set) {
                chosen[i++] = v;
            }
        }
        java.util.Arrays.sort(chosen);
        if (excluded >= 0) {
            for (int i = 0; i < k; i++) {
                if (chosen[i] >= excluded) {
                    chosen[i]++;
                }
            }
        }
        return chosen;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private void input(org.spikestudio.model.Input in) {
        Input input = switch (in) {
            case ConstantInput c -> Input.constant(c.getAmplitude());
            case StepInput s -> Input.step(s.getStart(), s.getStop(), s.getAmplitude());
            case SineInput s -> s.isSetFrequency()
                    ? Input.sine(s.getAmplitude(), s.getFrequency(), s.getPhase(), s.getOffset())
                    : Input.sineWithPeriod(s.getAmplitude(), s.getPeriod(), s.getPhase(), s.getOffset());
            case NoiseInput n -> switch (n.getDistribution()) {
                case ConstantValue c -> Input.constant(c.getValue());
                case UniformDistribution u -> Input.uniformNoise(u.getLow(), u.getHigh());
                case NormalDistribution g -> Input.gaussianNoise(g.getMean(), g.getStandardDeviation());
                default -> throw new IllegalArgumentException("unsupported noise distribution");
            };
            case ExpressionInput x -> Input.expression(x.getExpression());
            case PoissonInput p -> Input.poisson(p.getRate(), p.getSources(), p.getWeight(), Synapse.delta());
            case SpikeSourceArray a -> Input.spikeSourceArray(
                    a.getTimes().stream().mapToDouble(Double::doubleValue).toArray(), a.getWeight());
            default -> throw new IllegalArgumentException("unsupported input " + in.eClass().getName());
        };
        InputHandle handle = builder.input(in.getName(), populations.get(in.getTarget()), input);
        if (!in.getNeurons().isEmpty()) {
            handle.onNeurons(in.getNeurons().stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private void recorder(Recorder r) {
        Population population = r.getPopulation();
        switch (r) {
            case SpikeRecorder s -> spikeRecorded.add(population);
            case StateRecorder s -> {
                int every = s.isSetSamplingInterval() ? (int) Math.round(s.getSamplingInterval() / dt) : 1;
                int[] neurons = s.getNeurons().isEmpty()
                        ? java.util.stream.IntStream.range(0, population.getSize()).toArray()
                        : s.getNeurons().stream().mapToInt(Integer::intValue).toArray();
                RecordedVariable variable = switch (s.getVariable()) {
                    case MEMBRANE_POTENTIAL -> RecordedVariable.MEMBRANE_POTENTIAL;
                    case INPUT_CURRENT -> RecordedVariable.INPUT_CURRENT;
                    case SYNAPTIC_CURRENT -> RecordedVariable.SYNAPTIC_CURRENT;
                };
                StateVariable engineVariable = switch (variable) {
                    case MEMBRANE_POTENTIAL -> StateVariable.V;
                    case INPUT_CURRENT -> StateVariable.I_EXT;
                    case SYNAPTIC_CURRENT -> StateVariable.I_SYN;
                };
                states.add(new CompiledNetwork.StateRecording(s.getId(), s.getName(), population, variable,
                        builder.recordState(populations.get(population), engineVariable, Math.max(1, every), neurons)));
            }
            case RateRecorder rr -> rates.add(new CompiledNetwork.RateRecording(rr.getId(), rr.getName(), population,
                    rr.isSetBinWidth() ? Math.max(1, (int) Math.round(rr.getBinWidth() / dt)) : 1));
            default -> throw new IllegalArgumentException("unsupported recorder " + r.eClass().getName());
        }
    }
}
