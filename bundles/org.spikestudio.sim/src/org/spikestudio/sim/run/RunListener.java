// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.run;

import org.spikestudio.engine.ProgressListener;
import org.spikestudio.sim.CompiledNetwork;

/**
 * What a {@link RunPipeline} reports while it works, in this order, all on the running thread.
 * Every method does nothing by default.
 */
public interface RunListener extends ProgressListener {

    /** The model is valid and compiled; {@code network.warnings()} are its validation warnings. */
    default void compiled(CompiledNetwork network) {
    }

    /** The results folder is open (a staging folder in it); the network is built next. */
    default void starting(CompiledNetwork network) {
    }

    /** The network is built; the simulation steps follow, with {@link #progress} calls. */
    default void simulating(CompiledNetwork network) {
    }

    @Override
    default void progress(long stepsDone, long stepsTotal) {
    }

    /**
     * The spikes recorded since the previous batch, while simulating, on the running thread: keep it
     * short (hand the batch to another thread), it delays the run. A batch comes at the end of a block
     * of steps at least 50 ms after the previous one, and a last one right before {@link #simulated()}
     * after a finished or cancelled run: together they hold exactly the run's recorded spikes. Only
     * called when {@link #wantsSpikes()}.
     */
    default void spikes(SpikeBatch batch) {
    }

    /**
     * Whether the run should build {@link #spikes} batches at all: by default, when this listener's class
     * overrides {@link #spikes}. A listener without a live view (the command line's) so costs the run
     * nothing; a wrapper that forwards to another listener should forward this too.
     */
    default boolean wantsSpikes() {
        try {
            return getClass().getMethod("spikes", SpikeBatch.class).getDeclaringClass() != RunListener.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError("RunListener declares spikes(SpikeBatch)", e);
        }
    }

    /**
     * The simulation loop ended: finished, cancelled or refused by the engine. After a normal end the
     * results are written next, which a cancellation no longer stops.
     */
    default void simulated() {
    }
}
