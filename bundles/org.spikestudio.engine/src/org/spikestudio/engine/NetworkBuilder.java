// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Describes a network, then {@link #build()}s a {@link Simulation}. Every method validates its
 * arguments at once and throws {@link ModelRefusedException} naming the population,
 * projection or input, the parameter and the bad value ({@link IllegalArgumentException} for a
 * null or a handle of another network: a caller's bug).
 *
 * <pre>{@code
 * NetworkBuilder b = new NetworkBuilder(0.1).seed(42);
 * Population exc = b.population("exc", 3200, NeuronModel.lif(p, Integration.EXACT), NeuronType.EXCITATORY);
 * b.connect("ee", exc, exc, Connectivity.fixedProbability(0.02), Synapse.expCurrent(5),
 *         Distribution.constant(1.62), Distribution.constant(0));
 * exc.recordSpikes();
 * Simulation sim = b.build();
 * sim.runMillis(1000, ProgressListener.NONE, () -> false);
 * }</pre>
 */
public final class NetworkBuilder {
    /** Safety margin kept free on the heap besides the estimate: 64 MiB plus 5 % of the maximum heap. */
    static final long FIXED_MARGIN = 64L << 20;

    final double dt;
    long seed = 1;
    /** Neurons per thread below which another thread costs more in per-step synchronisation than it saves. */
    static final int NEURONS_PER_THREAD = 20_000;

    /** 0 = not chosen: {@link #build()} picks by size (results do not depend on it). */
    int threads = 0;
    long memoryLimit = -1;
    final List<Population> populations = new ArrayList<>();
    final List<Projection> projections = new ArrayList<>();
    /** Successful connect calls so far: keys the draws of assembly rules. */
    private long connections;
    final List<InputHandle> inputs = new ArrayList<>();
    final List<Coupling> couplings = new ArrayList<>();
    final List<StateProbe> probes = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private boolean built;

    record Coupling(String name, Population source, Population target, int threshold, double effect) {
    }

    /** @param dtMs time step in ms, &gt; 0 */
    public NetworkBuilder(double dtMs) {
        Check.positive("network", "dt", dtMs);
        this.dt = dtMs;
    }

    public double dt() {
        return dt;
    }

    /** Seed of every random stream (connectivity, weights, delays, initial values, noise, Poisson). */
    public NetworkBuilder seed(long seed) {
        checkOpen();
        this.seed = seed;
        return this;
    }

    /**
     * Thread count of the simulation; results do not depend on it. By default one thread per
     * 20 000 neurons, at most the available processors: on 2 cores two threads were slower than
     * one below about 20k neurons (bench/RESULTS.md).
     */
    public NetworkBuilder threads(int n) {
        checkOpen();
        if (n < 1) {
            throw Check.fail("network", "threads", n, "must be >= 1");
        }
        threads = n;
        return this;
    }

    /** Overrides the memory limit of the pre-flight check (bytes), e.g. for a known budget. */
    public NetworkBuilder memoryLimit(long bytes) {
        checkOpen();
        if (bytes <= 0) {
            throw Check.fail("network", "memoryLimit", bytes, "must be > 0");
        }
        memoryLimit = bytes;
        return this;
    }

    public Population population(String name, int size, NeuronModel model, NeuronType type) {
        checkOpen();
        String where = "population '" + name + "'";
        claimName(name, where);
        if (size < 1) {
            throw Check.fail(where, "size", size, "must be >= 1");
        }
        if (model == null || type == null) {
            throw new IllegalArgumentException(where + ": model and type must not be null");
        }
        model.validate(where, dt);
        Population p = new Population(this, populations.size(), name, size, model, type);
        populations.add(p);
        return p;
    }

    /**
     * Adds a projection. Weights are magnitudes &gt;= 0 (nA for current, uS for conductance,
     * mV for delta synapses) whose sign comes from the source's {@link NeuronType}; delays in ms,
     * rounded per synapse to whole steps with {@link Math#round(double)} (halves round up).
     */
    public Projection connect(String name, Population source, Population target, Connectivity connectivity,
            Synapse synapse, Distribution weight, Distribution delay) {
        return connect(name, source, target, connectivity, synapse, weight, delay, true, false);
    }

    /**
     * {@link #connect(String, Population, Population, Connectivity, Synapse, Distribution, Distribution)}
     * with the autapse and multapse flags, checked together with the rule (a degree above the
     * target's size needs multapses).
     */
    public Projection connect(String name, Population source, Population target, Connectivity connectivity,
            Synapse synapse, Distribution weight, Distribution delay, boolean allowAutapses, boolean allowMultapses) {
        checkOpen();
        String where = "projection '" + name + "'";
        if (source == null || target == null || source.owner != this || target.owner != this) {
            throw new IllegalArgumentException(where + ": source and target must be populations of this builder");
        }
        Projection p = add(name, source, target, connectivity, synapse, weight, delay, allowAutapses, allowMultapses);
        connections++;
        return p;
    }

    /**
     * Several populations as one index space for {@link #connect(String, Assembly, Assembly, Connectivity,
     * Synapse, Distribution, Distribution, boolean, boolean)}: their neurons one after another, in this order.
     */
    public Assembly assembly(Population... members) {
        checkOpen();
        if (members.length == 0) {
            throw new IllegalArgumentException("an assembly needs at least one population");
        }
        for (Population p : members) {
            if (p == null || p.owner != this) {
                throw new IllegalArgumentException("an assembly's members must be populations of this builder");
            }
        }
        return new Assembly(this, List.of(members));
    }

    /**
     * Connects two assemblies ({@code assembly(p)} for a population alone). One-to-one, explicit
     * lists (of joint indices) and the degree rules work on the joint index spaces; the autapses that
     * {@code allowAutapses = false} excludes are the pairs of a neuron with itself, wherever it
     * sits in the two assemblies. The synapses are held by one projection per pair of members that
     * has any, named {@code name[source->target]}, in member order (sources outer). Degree rules draw
     * from streams keyed by (seed, the position of this call among the connect calls, neuron).
     *
     * @return the projections that hold the synapses
     */
    public List<Projection> connect(String name, Assembly source, Assembly target, Connectivity connectivity,
            Synapse synapse, Distribution weight, Distribution delay, boolean allowAutapses, boolean allowMultapses) {
        checkOpen();
        if (source == null || target == null || source.owner != this || target.owner != this) {
            throw new IllegalArgumentException("projection '" + name
                    + "': source and target must be assemblies of this builder");
        }
        if (connectivity == null) {
            throw new IllegalArgumentException("projection '" + name + "': connectivity must not be null");
        }
        List<Projection> parts = AssemblyConnections.connect(this, connections, name, source, target, connectivity,
                synapse, weight, delay, allowAutapses, allowMultapses);
        connections++;
        return List.copyOf(parts);
    }

    /** Validates and adds one projection between populations. */
    Projection add(String name, Population source, Population target, Connectivity connectivity, Synapse synapse,
            Distribution weight, Distribution delay, boolean allowAutapses, boolean allowMultapses) {
        String where = "projection '" + name + "'";
        if (connectivity == null || synapse == null || weight == null || delay == null) {
            throw new IllegalArgumentException(where + ": connectivity, synapse, weight and delay must not be null");
        }
        synapse.validate(where);
        weight.validate(where, "weight", true);
        delay.validate(where, "delay", true);
        if (!Limits.delayFits(delay, dt)) {
            throw Check.fail(where, "delay", delay.max() + " ms", "must be at most " + Limits.MAX_DELAY_STEPS
                    + " steps (" + Limits.MAX_DELAY_STEPS * dt + " ms)");
        }
        Projection p = new Projection(this, projections.size(), name, source, target, connectivity, synapse, weight,
                delay);
        p.allowAutapses = allowAutapses;
        p.allowMultapses = allowMultapses;
        validateProjection(p);
        claimName(name, where);
        projections.add(p);
        return p;
    }

    void validateProjection(Projection p) {
        String where = "projection '" + p.name + "'";
        int n = p.source.size;
        int m = p.target.size;
        switch (p.connectivity) {
            case Connectivity.FixedProbability(double prob) -> {
                if (!(prob >= 0 && prob <= 1)) {
                    throw Check.fail(where, "p", prob, "must be in [0, 1]");
                }
            }
            case Connectivity.FixedOutDegree(int k) -> {
                int candidates = candidates(p);
                if (k < 0) {
                    throw Check.fail(where, "k (out-degree)", k, "must be >= 0");
                }
                if (k > 0 && candidates == 0) {
                    throw Check.fail(where, "k (out-degree)", k, "must be 0: there are no possible targets");
                }
                if (!p.allowMultapses && k > candidates) {
                    throw Check.fail(where, "k (out-degree)", k,
                            "must be at most the " + candidates + " possible targets without multapses");
                }
            }
            case Connectivity.FixedInDegree(int k) -> {
                if (k < 0) {
                    throw Check.fail(where, "k (in-degree)", k, "must be >= 0");
                }
                if (k > 0 && n - (p.excludesSelf() ? 1 : 0) == 0) {
                    throw Check.fail(where, "k (in-degree)", k, "must be 0: there are no possible sources");
                }
                if (!p.allowMultapses && k > n - (p.excludesSelf() ? 1 : 0)) {
                    throw Check.fail(where, "k (in-degree)", k,
                            "must be at most the " + (n - (p.excludesSelf() ? 1 : 0))
                                    + " possible sources without multapses");
                }
            }
            case Connectivity.OneToOne() -> {
                if (n != m) {
                    throw new ModelRefusedException(where + ": one-to-one needs equal sizes, was " + n + " -> " + m);
                }
            }
            case Connectivity.Explicit(int[] pre, int[] post) -> {
                if (pre.length != post.length) {
                    throw new IllegalArgumentException(where + ": explicit lists differ in length: " + pre.length
                            + " sources, " + post.length + " targets");
                }
                for (int i = 0; i < pre.length; i++) {
                    if (pre[i] < 0 || pre[i] >= n) {
                        throw Check.fail(where, "source index at position " + i, pre[i], "must be in [0, " + n + ")");
                    }
                    if (post[i] < 0 || post[i] >= m) {
                        throw Check.fail(where, "target index at position " + i, post[i], "must be in [0, " + m + ")");
                    }
                }
            }
            case Connectivity.AllToAll() -> {
            }
        }
    }

    /** The candidate targets of a source after excluding autapses: used by the degree rules. */
    static int candidates(Projection p) {
        return p.target.size - (p.excludesSelf() ? 1 : 0);
    }

    public InputHandle input(String name, Population population, Input input) {
        checkOpen();
        String where = "input '" + name + "'";
        if (population == null || population.owner != this || input == null) {
            throw new IllegalArgumentException(where + ": population (of this builder) and input must not be null");
        }
        switch (input) {
            case Input.Constant c -> Check.finite(where, "amplitude", c.amplitude());
            case Input.Step s -> {
                Check.finite(where, "start", s.start());
                Check.finite(where, "stop", s.stop());
                Check.finite(where, "amplitude", s.amplitude());
            }
            case Input.Sine s -> {
                Check.finite(where, "amplitude", s.amplitude());
                Check.finite(where, "frequency", s.frequencyHz());
                Check.finite(where, "phase", s.phase());
                Check.finite(where, "offset", s.offset());
            }
            case Input.UniformNoise u -> {
                Check.finite(where, "low", u.low());
                Check.finite(where, "high", u.high());
                if (u.high() < u.low()) {
                    throw Check.fail(where, "high", u.high(), "must be >= low (" + u.low() + ")");
                }
            }
            case Input.GaussianNoise g -> {
                Check.finite(where, "mean", g.mean());
                Check.nonNegative(where, "sd", g.sd());
            }
            case Input.Function f -> {
                if (f.function() == null) {
                    throw new IllegalArgumentException(where + ": function must not be null");
                }
            }
            case Input.ExpressionInput x -> {
                if (x.expression() == null) {
                    throw new IllegalArgumentException(where + ": expression must not be null");
                }
            }
            case Input.Poisson p -> {
                Check.nonNegative(where, "rate", p.rateHz());
                if (p.sources() < 0) {
                    throw Check.fail(where, "sources", p.sources(), "must be >= 0");
                }
                Check.finite(where, "weight", p.weight());
                p.synapse().validate(where);
                if (p.synapse().kind() == SynapseKind.EXP_CONDUCTANCE && p.weight() < 0) {
                    throw Check.fail(where, "weight", p.weight(), "must be >= 0 for a conductance");
                }
            }
            case Input.SpikeSourceArray a -> {
                for (double t : a.times()) {
                    Check.nonNegative(where, "spike time", t);
                    Check.steps(where, "spike time", t, dt);
                }
                Check.finite(where, "weight", a.weight());
                if (a.synapse() == null) {
                    throw Check.fail(where, "synapse", null, "must be given");
                }
                a.synapse().validate(where);
                if (a.synapse().kind() == SynapseKind.EXP_CONDUCTANCE && a.weight() < 0) {
                    throw Check.fail(where, "weight", a.weight(), "must be >= 0 for a conductance");
                }
            }
        }
        claimName(name, where);
        InputHandle h = new InputHandle(this, inputs.size(), name, population, input);
        inputs.add(h);
        return h;
    }

    /**
     * The assignment's spike-count coupling: after each step n, count += spikes of the source in
     * step n; when count &gt;= threshold every neuron of the target gets u += effect (sign by the
     * source's type), delivered like a zero-delay delta synapse at the end of step n, and count
     * restarts at 0 (at most one jump per step; surplus spikes of that step are discarded).
     */
    public void spikeCountCoupling(String name, Population source, Population target, int threshold,
            double effectMv) {
        checkOpen();
        String where = "coupling '" + name + "'";
        if (source == null || target == null || source.owner != this || target.owner != this) {
            throw new IllegalArgumentException(where + ": source and target must be populations of this builder");
        }
        if (threshold < 1) {
            throw Check.fail(where, "threshold", threshold, "must be >= 1 spike");
        }
        Check.nonNegative(where, "effect", effectMv);
        claimName(name, where);
        couplings.add(new Coupling(name, source, target, threshold, effectMv));
    }

    /**
     * Samples a variable of the given neurons in steps 0, every, 2 every, ...: the value at t = n dt,
     * taken at the start of step n as Brian2's {@code StateMonitor} does (see {@link StateVariable}).
     */
    public StateProbe recordState(Population population, StateVariable variable, int every, int... neurons) {
        checkOpen();
        if (variable == null) {
            throw new IllegalArgumentException("recording of " + population + ": variable must not be null");
        }
        return addProbe(population, variable, null, every, neurons);
    }

    /**
     * Samples the synaptic variable (s in nA or g in uS) that the projection's synapses feed, at the
     * start of steps 0, every, 2 every, ...: the value at t = n dt, with the events delivered at the
     * end of step n-1 included.
     */
    public StateProbe recordSynaptic(Projection projection, int every, int... neurons) {
        checkOpen();
        if (projection.synapse.kind() == SynapseKind.DELTA) {
            throw new IllegalArgumentException("recording of " + projection
                    + ": delta synapses have no synaptic variable (they act on v directly)");
        }
        return addProbe(projection.target, null, projection, every, neurons);
    }

    private StateProbe addProbe(Population population, StateVariable variable, Projection projection, int every,
            int[] neurons) {
        String where = "recording of " + population;
        if (population.owner != this || projection != null && projection.owner != this) {
            throw new IllegalArgumentException(where + ": the population or projection belongs to another network");
        }
        if (every < 1) {
            throw Check.fail(where, "every", every, "must be >= 1 step");
        }
        for (int i : neurons) {
            if (i < 0 || i >= population.size) {
                throw Check.fail(where, "neuron index", i, "must be in [0, " + population.size + ")");
            }
        }
        StateProbe p = new StateProbe(probes.size(), population, variable, projection, every, neurons.clone());
        probes.add(p);
        return p;
    }

    /** The number of synapses the projection will have: exact for deterministic rules, the mean for fixed probability. */
    public long expectedSynapseCount(Projection p) {
        long n = p.source.size;
        long m = p.target.size;
        long selfPairs = p.excludesSelf() ? n : 0;
        return switch (p.connectivity) {
            case Connectivity.AllToAll() -> n * m - selfPairs;
            case Connectivity.OneToOne() -> p.excludesSelf() ? 0 : n;
            case Connectivity.FixedProbability(double prob) -> Math.round(prob * (n * m - selfPairs));
            case Connectivity.FixedOutDegree(int k) -> n * k;
            case Connectivity.FixedInDegree(int k) -> m * k;
            case Connectivity.Explicit(int[] pre, int[] post) -> pre.length;
        };
    }

    /**
     * Estimated bytes of the built network: synapses (targets, weights and delays when they vary,
     * row pointers; fixed probability at mean + 5 sigma), neuron state, input buffers, delay ring
     * buffers, spike buffers and the fixed part of recordings. State samples and rates are checked
     * when a run starts; recorded spikes (8 bytes each) are not, since their number is not known in
     * advance.
     */
    public long estimateMemoryBytes() {
        return Layout.of(this).totalBytes();
    }

    /** Builds with the pre-flight memory check; throws {@link MemoryLimitExceededException} before allocating. */
    public Simulation build() {
        checkOpen();
        Layout layout = Layout.of(this);
        long limit = memoryLimit > 0 ? memoryLimit : availableHeap();
        long estimate = layout.totalBytes();
        if (estimate > limit) {
            throw new MemoryLimitExceededException("The network (" + populations.size() + " populations, "
                    + projections.size() + " projections, " + layout.synapseEstimate + " synapses)", estimate, limit);
        }
        for (Projection p : projections) {
            long count = layout.maxSynapses[p.index];
            if (!Limits.synapsesFit(count)) {
                throw new ModelRefusedException(p + ": " + count
                        + " synapses exceed the limit of one projection (2^31 - 16); split it");
            }
        }
        built = true;
        return new Simulation(this, layout);
    }

    /**
     * The bytes a network may still take by default: maximum heap minus memory in use minus a safety
     * margin (64 MB and 5 %). Callers that add their own buffers check against the same figure.
     */
    public static long availableHeap() {
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory();
        long used = rt.totalMemory() - rt.freeMemory();
        return Math.max(0, max - used - FIXED_MARGIN - max / 20);
    }

    void checkOpen() {
        if (built) {
            throw new IllegalStateException("the network has been built; create a new NetworkBuilder to change it");
        }
    }

    private void claimName(String name, String where) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(where + ": name must not be empty");
        }
        if (!names.add(name)) {
            throw new IllegalArgumentException(where + ": the name is already used in this network");
        }
    }
}
