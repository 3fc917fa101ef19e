// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.spikestudio.engine.ProgressListener;
import org.spikestudio.engine.Simulation;
import org.spikestudio.engine.SpikeRecord;
import org.spikestudio.model.Population;
import org.spikestudio.sim.CompiledNetwork;

/**
 * Turns a running simulation's new spikes into {@link SpikeBatch}es for a {@link RunListener}: given
 * to {@link Simulation#run} as its progress listener, it passes every progress call on and, at the
 * end of a block of steps at least {@code intervalNanos} after the previous batch, hands the listener
 * the spikes recorded since then. {@link #finish()} hands over the rest, so that the batches together
 * hold exactly the run's recorded spikes. Everything happens on the running thread, between blocks,
 * while the engine's other threads wait: a batch costs a copy of its new spikes.
 */
public final class SpikeFeed implements ProgressListener {

    /** At most one batch per this many ns of wall time (20 per second): enough for a view, cheap for the run. */
    public static final long DEFAULT_INTERVAL_NANOS = 50_000_000L;

    private final RunListener listener;
    private final Simulation simulation;
    private final long stepsTotal;
    private final double dt;
    private final long intervalNanos;
    private final List<Population> models = new ArrayList<>();
    private final List<org.spikestudio.engine.Population> engines = new ArrayList<>();
    private final int[] from;
    private long last;

    /**
     * @param compiled      the network being run (its spike-recording populations, in model order)
     * @param simulation    its built simulation, not run yet
     * @param listener      receives the batches (and every progress call)
     * @param intervalNanos the least wall time between two batches; 0 for one batch per block
     */
    public SpikeFeed(CompiledNetwork compiled, Simulation simulation, RunListener listener, long intervalNanos) {
        this.listener = listener;
        this.simulation = simulation;
        this.stepsTotal = compiled.steps();
        this.dt = compiled.dt();
        this.intervalNanos = intervalNanos;
        for (Map.Entry<Population, org.spikestudio.engine.Population> e : compiled.populations().entrySet()) {
            if (compiled.spikeRecorded().contains(e.getKey())) {
                models.add(e.getKey());
                engines.add(e.getValue());
            }
        }
        from = new int[engines.size()];
        last = System.nanoTime();
    }

    @Override
    public void progress(long stepsDone, long total) {
        listener.progress(stepsDone, total);
        long now = System.nanoTime();
        if (now - last >= intervalNanos) {
            last = now;
            emit();
        }
    }

    /** Hands the listener the spikes not yet sent (an empty batch when there are none). */
    public void finish() {
        emit();
    }

    private void emit() {
        List<SpikeBatch.Population> populations = new ArrayList<>(models.size());
        for (int i = 0; i < models.size(); i++) {
            org.spikestudio.engine.Population engine = engines.get(i);
            SpikeRecord record = simulation.spikesSince(engine, from[i]);
            from[i] += record.count();
            Population model = models.get(i);
            populations.add(new SpikeBatch.Population(model.getId(), model.getName(), engine.size(), record.steps(),
                    record.neurons()));
        }
        listener.spikes(new SpikeBatch(simulation.stepsDone(), stepsTotal, dt, populations));
    }
}
