// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.spikestudio.engine.internal.IntList;
import org.spikestudio.engine.internal.SpinBarrier;

/**
 * A built network that runs in chunks. Clock-driven with step dt; step n covers [n dt, (n+1) dt).
 * <p>
 * <b>Order within step n</b> (the same for every thread count and chunking):
 * <ol>
 * <li>Sample the state at t = n dt (V, RECOVERY, I_SYN, synaptic variables; in steps n = 0,
 * every, 2 every, ...): the state after the threshold, reset, spike inputs and deliveries of step
 * n-1, as Brian2's {@code StateMonitor} records at the start of a time step. Sample 0 is the
 * initial state; the state after the last step is not sampled.</li>
 * <li>Inputs at t = n dt: current inputs sum into I_ext (constant over the step); I_EXT is sampled
 * here, so its sample n is the current applied during step n.</li>
 * <li>Neuron update: add the deliveries that were due at the end of step n-1, then integrate,
 * refractoriness, threshold ({@code v >= threshold}), reset. Spike inputs of step n (Poisson,
 * spike source arrays) are then scheduled for the end of step n.</li>
 * <li>Record: spikes of step n (time n dt, as in Brian2), spike counts per step.</li>
 * <li>Deliver: a spike emitted in step k through a synapse of delay D steps (D &gt;= 0) is added to
 * the target's delivery slot of step k+D, i.e. delivered at the end of step k+D, after that step's
 * threshold and reset; it is part of the state at t = (k+D+1) dt (the sample of step k+D+1) and
 * acts in the update of step k+D+1. Zero delay therefore acts in the next step, as in Brian2.
 * (Synaptic variables whose synapses all have zero delay receive the events directly, which is the
 * same thing without a ring.)</li>
 * <li>Spike-count couplings: counts of step n, jumps delivered at the end of step n.</li>
 * </ol>
 * Refractoriness: after a spike in step k the potential is not integrated in steps k+1 .. k+R,
 * R = round(t_ref/dt) (Brian2 integrates again one step earlier, in step k+R); synaptic
 * variables keep decaying. Delta jumps (synapses, spike inputs, couplings) that arrive for a
 * refractory neuron are kept by default and discarded with
 * {@link Population#jumpsDuringRefractoriness(boolean) jumpsDuringRefractoriness(false)} (Brian2
 * 2.5.1's behaviour for {@code (unless refractory)} variables).
 * <p>
 * <b>Threads</b>: each thread owns a contiguous range of every population's neurons; it samples
 * and updates them and applies to them all synaptic events (reading the rows of all spiking
 * sources, sorted by target). Nothing is written by two threads, so the hot loop has no locks or atomics, and
 * floating-point sums happen in the same order for any thread count. One spin barrier per step
 * separates the update (writing double-buffered spike lists) from delivery.
 */
public final class Simulation {
    private static final int BLOCK = 100;

    private final double dt;
    private final long seed;
    private final PopState[] pops;
    private final Projection[] projSpecs;
    private final Csr[] csr;
    private final PopState[] projTarget;
    private final double[][] projRing;
    private final int[] projRingLength;
    private final List<List<Integer>> projectionsBySource = new ArrayList<>();
    private final InputState[][] inputsByPop;
    private final NetworkBuilder.Coupling[] couplings;
    /** The builder this simulation came from: handles of another network are refused by name. */
    private final NetworkBuilder builder;
    private final int[] couplingCount;
    private final StateProbe[] probes;
    private final double[][] probeData;
    private final int[] probeSamples;
    private final IntList[] spikeSteps;
    private final IntList[] spikeNeurons;
    private final IntList[] rateCounts;
    private final long[] spikeTotals;
    private final long memoryLimit;
    private final long estimate;
    private int threads;
    private long stepsDone;
    private boolean failed;

    // Per-run thread structures.
    private int[][] lo;
    private int[][] hi;
    private int[][][][] spikeBuf; // [parity][thread][population][]
    private int[][][] spikeCount; // [parity][thread][population]
    private int[][][] probeSlots; // [thread][probe][] positions k owned by the thread
    private int[][] localCoupling; // [thread][coupling] spike counters, equal in all threads
    private volatile boolean stop;
    private volatile Throwable failure;

    Simulation(NetworkBuilder b, Layout layout) {
        this.builder = b;
        this.dt = b.dt;
        this.seed = b.seed;
        this.threads = b.threads > 0 ? b.threads : defaultThreads(b);
        this.memoryLimit = b.memoryLimit;
        this.estimate = layout.totalBytes();
        pops = new PopState[b.populations.size()];
        for (Population p : b.populations) {
            pops[p.index] = new PopState(p, layout, seed, dt);
            projectionsBySource.add(new ArrayList<>());
        }
        projSpecs = b.projections.toArray(new Projection[0]);
        csr = new Csr[projSpecs.length];
        projTarget = new PopState[projSpecs.length];
        projRing = new double[projSpecs.length][];
        projRingLength = new int[projSpecs.length];
        for (Projection p : projSpecs) {
            csr[p.index] = Csr.generate(p, seed, dt);
            projTarget[p.index] = pops[p.target.index];
            projRing[p.index] = pops[p.target.index].ringFor(p.synapse);
            projRingLength[p.index] = pops[p.target.index].ringLengthFor(p.synapse);
            projectionsBySource.get(p.source.index).add(p.index);
        }
        inputsByPop = new InputState[pops.length][];
        for (PopState ps : pops) {
            inputsByPop[ps.spec.index] = b.inputs.stream().filter(h -> h.population == ps.spec)
                    .map(h -> new InputState(h, ps, seed, dt)).toArray(InputState[]::new);
        }
        couplings = b.couplings.toArray(new NetworkBuilder.Coupling[0]);
        couplingCount = new int[couplings.length];
        probes = b.probes.toArray(new StateProbe[0]);
        probeData = new double[probes.length][];
        probeSamples = new int[probes.length];
        for (int i = 0; i < probes.length; i++) {
            probeData[i] = new double[0];
        }
        spikeSteps = new IntList[pops.length];
        spikeNeurons = new IntList[pops.length];
        rateCounts = new IntList[pops.length];
        spikeTotals = new long[pops.length];
        for (PopState ps : pops) {
            if (ps.spec.recordSpikes) {
                spikeSteps[ps.spec.index] = new IntList(1024);
                spikeNeurons[ps.spec.index] = new IntList(1024);
            }
            if (ps.spec.recordRate) {
                rateCounts[ps.spec.index] = new IntList(1024);
            }
        }
    }

    public double dt() {
        return dt;
    }

    /** Steps simulated since the network was built. */
    public long stepsDone() {
        return stepsDone;
    }

    public double timeMillis() {
        return stepsDone * dt;
    }

    private static int defaultThreads(NetworkBuilder b) {
        long neurons = 0;
        for (Population p : b.populations) {
            neurons += p.size();
        }
        long wanted = Math.max(1, neurons / NetworkBuilder.NEURONS_PER_THREAD);
        return (int) Math.min(wanted, Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    /** Thread count for the next runs (results do not depend on it). */
    public void setThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + n);
        }
        threads = n;
    }

    /** The estimate the pre-flight check used (bytes). */
    public long estimateMemoryBytes() {
        return estimate;
    }

    /** The name of the kernel that updates the population, for tests that compare kernels. */
    String kernelName(Population p) {
        return pops[mine(p)].kernelName();
    }

    /** Synapses the projection actually has. */
    public long synapseCount(Projection p) {
        return csr[mine(p)].count();
    }

    /** Number of synapses leaving one source neuron through the projection. */
    public int outDegree(Projection p, int source) {
        Csr c = row(p, source);
        return c.rowStart[source + 1] - c.rowStart[source];
    }

    /** Targets of one source neuron (for inspection and tests). */
    public int[] targetsOf(Projection p, int source) {
        Csr c = row(p, source);
        return Arrays.copyOfRange(c.targets, c.rowStart[source], c.rowStart[source + 1]);
    }

    /** Delays in steps of the synapses of one source neuron, in the order of {@link #targetsOf}. */
    public int[] delayStepsOf(Projection p, int source) {
        Csr c = row(p, source);
        int[] out = new int[c.rowStart[source + 1] - c.rowStart[source]];
        for (int q = 0; q < out.length; q++) {
            out[q] = c.delays == null ? c.constantDelay : c.delays[c.rowStart[source] + q];
        }
        return out;
    }

    /** Signed weights of the synapses of one source neuron, in the order of {@link #targetsOf}. */
    public double[] weightsOf(Projection p, int source) {
        Csr c = row(p, source);
        double[] out = new double[c.rowStart[source + 1] - c.rowStart[source]];
        for (int q = 0; q < out.length; q++) {
            out[q] = c.weights == null ? c.constantWeight : c.weights[c.rowStart[source] + q];
        }
        return out;
    }

    /** All spikes of the population so far (recorded or not). */
    public long spikeCount(Population p) {
        return spikeTotals[mine(p)];
    }

    /** The recorded spikes; requires {@link Population#recordSpikes()}. */
    public SpikeRecord spikes(Population p) {
        return spikesSince(p, 0);
    }

    /**
     * The recorded spikes from the {@code from}-th on (0 for all), in the order of {@link #spikes}:
     * what a live view needs, at a cost proportional to the new spikes only. Pass the previous
     * {@code from} plus the previous record's {@link SpikeRecord#count() count} to get the next ones.
     * Like every accessor, call it on the thread that runs the simulation (e.g. in a
     * {@link ProgressListener} callback, where the other threads wait) or between runs, never from
     * another thread while steps run. Requires {@link Population#recordSpikes()}.
     */
    public SpikeRecord spikesSince(Population p, int from) {
        IntList steps = spikeSteps[mine(p)];
        if (steps == null) {
            throw new IllegalStateException(p + " does not record spikes (call recordSpikes() before build)");
        }
        if (from < 0 || from > steps.size()) {
            throw new IllegalArgumentException(p + ": spike index " + from + " is outside 0.." + steps.size());
        }
        return new SpikeRecord(dt, steps.toArray(from), spikeNeurons[p.index].toArray(from));
    }

    /** Spikes per step; requires {@link Population#recordRate()}. Rate in Hz = count / (size dt / 1000). */
    public int[] spikeCountsPerStep(Population p) {
        IntList r = rateCounts[mine(p)];
        if (r == null) {
            throw new IllegalStateException(p + " does not record its rate (call recordRate() before build)");
        }
        return r.toArray();
    }

    /**
     * The samples of a probe by neuron: {@code [k][s]} is neuron {@code probe.neurons()[k]} at sample
     * s (step s * every). One copy of the recording, where {@link #stateRecord} makes a row per sample.
     */
    public double[][] traces(StateProbe probe) {
        mine(probe.population);
        int i = probe.index;
        int k = probes[i].neurons.length;
        int samples = probeSamples[i];
        double[] data = probeData[i];
        double[][] traces = new double[k][samples];
        for (int s = 0; s < samples; s++) {
            for (int q = 0; q < k; q++) {
                traces[q][s] = data[s * k + q];
            }
        }
        return traces;
    }

    /** The number of samples a probe has recorded so far. */
    public int sampleCount(StateProbe probe) {
        mine(probe.population);
        return probeSamples[probe.index];
    }

    public StateRecord stateRecord(StateProbe probe) {
        mine(probe.population);
        int i = probe.index;
        int k = probes[i].neurons.length;
        int samples = probeSamples[i];
        long[] steps = new long[samples];
        double[][] values = new double[samples][];
        for (int s = 0; s < samples; s++) {
            steps[s] = (long) s * probes[i].every;
            values[s] = Arrays.copyOfRange(probeData[i], s * k, (s + 1) * k);
        }
        return new StateRecord(probes[i].neurons.clone(), steps, values);
    }

    /**
     * Membrane potential of neuron i now, at t = {@link #timeMillis()}: the state at the start of
     * step {@link #stepsDone()} (after the last step's reset, spike inputs and deliveries), i.e. what
     * a V sample of that step holds. Before the first run, the initial potential.
     */
    public double potential(Population p, int i) {
        if (i < 0 || i >= p.size) {
            throw new IllegalArgumentException(p + ": neuron " + i + " is outside 0.." + (p.size - 1));
        }
        return pops[mine(p)].potentialAtStart(i, stepsDone);
    }

    /**
     * The index of a population handle. A handle of a structurally identical network (same name
     * and size at the same place, e.g. the same model built twice) is accepted; any other handle of
     * another network is refused instead of silently reading a different population.
     */
    private int mine(Population p) {
        if (p.owner != builder) {
            Population here = p.index < builder.populations.size() ? builder.populations.get(p.index) : null;
            if (here == null || !here.name.equals(p.name) || here.size != p.size) {
                throw new IllegalArgumentException(p + " belongs to another network");
            }
        }
        return p.index;
    }

    private int mine(Projection p) {
        if (p.owner != builder) {
            Projection here = p.index < builder.projections.size() ? builder.projections.get(p.index) : null;
            if (here == null || !here.name.equals(p.name) || here.source.size != p.source.size
                    || here.target.size != p.target.size) {
                throw new IllegalArgumentException(p + " belongs to another network");
            }
        }
        return p.index;
    }

    private Csr row(Projection p, int source) {
        if (source < 0 || source >= p.source.size) {
            throw new IllegalArgumentException(p + ": source neuron " + source + " is outside 0.." + (p.source.size - 1));
        }
        return csr[mine(p)];
    }

    public RunReport runMillis(double ms, ProgressListener listener, BooleanSupplier cancelled) {
        if (!(ms >= 0) || !Double.isFinite(ms)) {
            throw new IllegalArgumentException("run duration must be a finite number >= 0 ms, was " + ms);
        }
        return run(Math.round(ms / dt), listener, cancelled);
    }

    public RunReport run(long steps) {
        return run(steps, ProgressListener.NONE, () -> false);
    }

    /**
     * Runs the given number of steps, calling the listener and checking the token every 100 steps
     * (on the calling thread). After cancellation all state and recordings are consistent up to
     * the last completed step, and a later run continues from there.
     */
    public RunReport run(long steps, ProgressListener listener, BooleanSupplier cancelled) {
        if (failed) {
            throw new IllegalStateException("an earlier run failed; the state is inconsistent");
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, was " + steps);
        }
        if (steps == 0) {
            // Worker threads would wait at a barrier that thread 0 never reaches.
            return new RunReport(0, false, stepsDone, 0);
        }
        long t0 = System.nanoTime();
        if (stepsDone + steps > Limits.MAX_STEPS) {
            throw new ModelRefusedException("runs are limited to 2^31 - 1 steps in total");
        }
        int nThreads = threads;
        prepare(nThreads, steps);
        long start = stepsDone;
        long end = start + steps;
        ProgressListener l = listener == null ? ProgressListener.NONE : listener;
        BooleanSupplier c = cancelled == null ? () -> false : cancelled;
        SpinBarrier barrier = new SpinBarrier(nThreads);
        stop = steps == 0;
        failure = null;
        long[] done = { start };
        Thread[] workers = new Thread[nThreads - 1];
        for (int t = 1; t < nThreads; t++) {
            int tt = t;
            workers[t - 1] = new Thread(() -> work(tt, nThreads, start, end, barrier, null, null, null),
                    "spikestudio-sim-" + t);
            workers[t - 1].setDaemon(true);
            workers[t - 1].start();
        }
        if (!stop) {
            work(0, nThreads, start, end, barrier, l, c, done);
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            failed = true;
            if (failure instanceof RuntimeException re) {
                throw re;
            }
            if (failure instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(failure);
        }
        long ran = stepsDone - start;
        return new RunReport(ran, ran < steps, stepsDone, System.nanoTime() - t0);
    }

    private void work(int t, int nThreads, long start, long end, SpinBarrier barrier, ProgressListener l,
            BooleanSupplier cancelled, long[] done) {
        try {
            long n = start;
            while (true) {
                long blockEnd = Math.min(end, n + BLOCK);
                for (; n < blockEnd; n++) {
                    step(t, nThreads, n, barrier);
                }
                barrier.await();
                if (t == 0) {
                    stepsDone = n;
                    l.progress(n - start, end - start);
                    stop = n >= end || cancelled.getAsBoolean();
                }
                barrier.await();
                if (stop) {
                    return;
                }
            }
        } catch (SpinBarrier.BrokenBarrierError e) {
            // another thread failed and reported it
        } catch (Throwable e) {
            failure = e;
            barrier.breakBarrier();
        }
    }

    private void step(int t, int nThreads, long n, SpinBarrier barrier) {
        int par = (int) (n & 1);
        double time = n * dt;
        int[][] myBuf = spikeBuf[par][t];
        int[] myCount = spikeCount[par][t];
        // The state at t = n dt. Every thread samples only the neurons it owns, and everything that
        // wrote their state since the last update (update, spike inputs, deliveries, couplings) ran
        // on this thread too: no barrier needed.
        for (int i = 0; i < probes.length; i++) {
            StateProbe pr = probes[i];
            if (pr.variable != StateVariable.I_EXT && n % pr.every == 0) {
                recordProbe(i, pr, probeSlots[t][i], n);
            }
        }
        for (PopState ps : pops) {
            int p = ps.spec.index;
            int a = lo[t][p];
            int b = hi[t][p];
            InputState[] ins = inputsByPop[p];
            if (ps.iext != null) {
                Arrays.fill(ps.iext, a, b, 0.0);
            }
            for (InputState in : ins) {
                if (in.isCurrent()) {
                    in.apply(a, b, n, time);
                }
            }
            myCount[p] = ps.update(a, b, n, myBuf[p]);
            // Spike inputs of step n act at the end of step n: added after the update, so that they can
            // also go straight into a direct (zero-delay) synaptic variable.
            for (InputState in : ins) {
                if (!in.isCurrent()) {
                    in.apply(a, b, n, time);
                }
            }
        }
        // I_ext of step n: the update does not change it.
        for (int i = 0; i < probes.length; i++) {
            StateProbe pr = probes[i];
            if (pr.variable == StateVariable.I_EXT && n % pr.every == 0) {
                recordProbe(i, pr, probeSlots[t][i], n);
            }
        }
        barrier.await();
        if (t == 0) {
            recordSpikes(nThreads, par, n);
        }
        for (int q = 0; q < csr.length; q++) {
            deliver(q, t, nThreads, par, n);
        }
        for (int c = 0; c < couplings.length; c++) {
            coupling(c, t, nThreads, par, n);
        }
    }

    private void recordProbe(int i, StateProbe pr, int[] slots, long n) {
        PopState ps = pops[pr.population.index];
        int k = pr.neurons.length;
        int row = (int) (n / pr.every) * k;
        double[] data = probeData[i];
        for (int slot : slots) {
            int j = pr.neurons[slot];
            double value;
            if (pr.synapticOf != null) {
                value = ps.synapticAtStart(ps.channelFor(pr.synapticOf.synapse), j, n);
            } else {
                value = switch (pr.variable) {
                    case V -> ps.potentialAtStart(j, n);
                    case RECOVERY -> ps.recovery == null ? 0 : ps.recovery[j];
                    case I_EXT -> ps.iext == null ? 0 : ps.iext[j];
                    case I_SYN -> synapticCurrent(ps, j, n);
                };
            }
            data[row + slot] = value;
        }
    }

    /** I_syn at the start of step n: the synaptic variables and v that the update of step n starts from. */
    private static double synapticCurrent(PopState ps, int j, long n) {
        double sum = 0;
        for (PopState.Channel c : ps.currents) {
            sum += ps.synapticAtStart(c, j, n);
        }
        if (ps.conductances.length > 0) {
            double v = ps.potentialAtStart(j, n);
            for (PopState.Channel c : ps.conductances) {
                sum += ps.synapticAtStart(c, j, n) * (c.synapse.reversal() - v);
            }
        }
        return sum;
    }

    private void recordSpikes(int nThreads, int par, long n) {
        for (int i = 0; i < probes.length; i++) {
            if (n % probes[i].every == 0) {
                probeSamples[i] = (int) (n / probes[i].every) + 1;
            }
        }
        for (PopState ps : pops) {
            int p = ps.spec.index;
            int total = 0;
            IntList steps = spikeSteps[p];
            for (int u = 0; u < nThreads; u++) {
                int count = spikeCount[par][u][p];
                total += count;
                if (steps != null) {
                    int[] buf = spikeBuf[par][u][p];
                    for (int k = 0; k < count; k++) {
                        steps.add((int) n);
                        spikeNeurons[p].add(buf[k]);
                    }
                }
            }
            spikeTotals[p] += total;
            if (rateCounts[p] != null) {
                rateCounts[p].add(total);
            }
        }
    }

    /** Thread t adds the events of projection q whose targets it owns into their delivery slots. */
    private void deliver(int q, int t, int nThreads, int par, long n) {
        Projection spec = projSpecs[q];
        int src = spec.source.index;
        PopState target = projTarget[q];
        int tgt = spec.target.index;
        int a = lo[t][tgt];
        int b = hi[t][tgt];
        if (a >= b) {
            return;
        }
        // Rows are sorted by target: a thread finds its part of a row by binary search (the first
        // thread needs no lower search, the last no upper one), then runs a loop without range checks.
        boolean fromStart = a == 0;
        boolean toEnd = b == target.size;
        Csr c = csr[q];
        double[] ring = projRing[q];
        int size = target.size;
        int ringLength = projRingLength[q];
        int nowSlot = (int) (n % ringLength);
        int[] rows = c.rowStart;
        int[] targets = c.targets;
        double[] weights = c.weights;
        short[] delays = c.delays;
        double w = c.constantWeight;
        int constBase = ((nowSlot + c.constantDelay) % ringLength) * size;
        for (int u = 0; u < nThreads; u++) {
            int count = spikeCount[par][u][src];
            int[] buf = spikeBuf[par][u][src];
            for (int k = 0; k < count; k++) {
                int s = buf[k];
                int from = rows[s];
                int to = rows[s + 1];
                if (!fromStart) {
                    from = c.lowerBound(from, to, a);
                }
                if (!toEnd) {
                    to = c.lowerBound(from, to, b);
                }
                if (delays == null && weights == null) {
                    for (int r = from; r < to; r++) {
                        ring[constBase + targets[r]] += w;
                    }
                } else {
                    for (int r = from; r < to; r++) {
                        int j = targets[r];
                        int base = constBase;
                        if (delays != null) {
                            int slot = nowSlot + delays[r];
                            if (slot >= ringLength) {
                                slot -= ringLength;
                            }
                            base = slot * size;
                        }
                        ring[base + j] += weights == null ? w : weights[r];
                    }
                }
            }
        }
    }

    private void coupling(int c, int t, int nThreads, int par, long n) {
        NetworkBuilder.Coupling cp = couplings[c];
        int total = 0;
        for (int u = 0; u < nThreads; u++) {
            total += spikeCount[par][u][cp.source().index];
        }
        // Every thread keeps its own copy of the counter and computes the same value from the same
        // totals; thread 0's copy is also kept as the canonical one for the next run.
        int count = localCoupling[t][c] + total;
        boolean fire = count >= cp.threshold();
        if (t == 0) {
            couplingCount[c] = fire ? 0 : count;
        }
        localCoupling[t][c] = fire ? 0 : count;
        if (fire) {
            PopState target = pops[cp.target().index];
            double effect = cp.source().type.sign() * cp.effect();
            int base = target.slot(n) * target.size;
            for (int j = lo[t][cp.target().index]; j < hi[t][cp.target().index]; j++) {
                target.deltaRing[base + j] += effect;
            }
        }
    }


    private void prepare(int nThreads, long steps) {
        // Recording capacity for this run, checked against the memory limit before allocating.
        long extra = 0;
        long[] newLength = new long[probes.length];
        for (int i = 0; i < probes.length; i++) {
            StateProbe pr = probes[i];
            long lastSample = (stepsDone + steps - 1) / pr.every + 1;
            newLength[i] = Math.max(0, lastSample) * pr.neurons.length;
            extra += 8 * Math.max(0, newLength[i] - probeData[i].length);
            if (newLength[i] > Limits.MAX_ARRAY) {
                throw new ModelRefusedException("recording of " + pr.population + " would exceed 2^31 samples;"
                        + " record fewer neurons or less often");
            }
        }
        for (IntList r : rateCounts) {
            if (r != null) {
                extra += 4 * steps;
            }
        }
        long limit = memoryLimit > 0 ? Math.max(0, memoryLimit - estimate) : NetworkBuilder.availableHeap();
        if (extra > limit) {
            throw new MemoryLimitExceededException("The recordings of this run (" + steps + " steps)", extra, limit);
        }
        for (int i = 0; i < probes.length; i++) {
            if (newLength[i] > probeData[i].length) {
                probeData[i] = Arrays.copyOf(probeData[i], (int) newLength[i]);
            }
        }
        lo = new int[nThreads][pops.length];
        hi = new int[nThreads][pops.length];
        spikeBuf = new int[2][nThreads][pops.length][];
        spikeCount = new int[2][nThreads][pops.length];
        for (int t = 0; t < nThreads; t++) {
            for (PopState ps : pops) {
                int p = ps.spec.index;
                lo[t][p] = (int) ((long) ps.size * t / nThreads);
                hi[t][p] = (int) ((long) ps.size * (t + 1) / nThreads);
                spikeBuf[0][t][p] = new int[hi[t][p] - lo[t][p]];
                spikeBuf[1][t][p] = new int[hi[t][p] - lo[t][p]];
            }
        }
        probeSlots = new int[nThreads][probes.length][];
        for (int t = 0; t < nThreads; t++) {
            for (int i = 0; i < probes.length; i++) {
                int p = probes[i].population.index;
                int tt = t;
                int[] neurons = probes[i].neurons;
                probeSlots[t][i] = java.util.stream.IntStream.range(0, neurons.length)
                        .filter(k -> neurons[k] >= lo[tt][p] && neurons[k] < hi[tt][p]).toArray();
            }
        }
        localCoupling = new int[nThreads][];
        for (int t = 0; t < nThreads; t++) {
            localCoupling[t] = couplingCount.clone();
        }
    }
}
