// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.spikestudio.engine.Assembly;
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
import org.spikestudio.model.NeuronGroup;
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
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.RecordedVariable;

/**
 * Translates a validated {@link Network} into an engine {@link NetworkBuilder}. EMF is read here
 * once; the engine's loop never sees it.
 * Each model element maps onto one engine call; an {@link org.spikestudio.model.Assembly} onto an
 * engine {@link Assembly}, whose connection rules the engine draws.
 */
public final class ModelCompiler {

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
        for (Projection p : network.getProjections()) {
            guarded(p, () -> projections.put(p, projection(p)));
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

    /**
     * A projection between populations maps onto one engine projection; one from or to an assembly
     * (a population on the other side counts as an assembly of one) onto the engine's assembly
     * connection, which holds its synapses in one engine projection per pair of members.
     */
    private List<org.spikestudio.engine.Projection> projection(Projection p) {
        Synapse synapse = synapse(p.getSynapse());
        Distribution weight = magnitude(p.getWeight());
        Distribution delay = distribution(p.getDelay());
        if (p.getSource() instanceof Population s && p.getTarget() instanceof Population t) {
            return List.of(builder.connect(p.getName(), populations.get(s), populations.get(t), rule(p), synapse,
                    weight, delay, p.isAllowAutapses(), p.isAllowMultapses()));
        }
        return builder.connect(p.getName(), assembly(p.getSource()), assembly(p.getTarget()), rule(p), synapse, weight,
                delay, p.isAllowAutapses(), p.isAllowMultapses());
    }

    private Assembly assembly(NeuronGroup group) {
        return builder.assembly(NeuronGroups.populations(group).stream().map(populations::get)
                .toArray(org.spikestudio.engine.Population[]::new));
    }

    /** The rule; explicit pairs of an assembly are in its joint index space, as in the model. */
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
                    rr.isSetBinWidth() ? RateTrace.binSteps(rr.getBinWidth(), dt) : 1));
            default -> throw new IllegalArgumentException("unsupported recorder " + r.eClass().getName());
        }
    }
}
