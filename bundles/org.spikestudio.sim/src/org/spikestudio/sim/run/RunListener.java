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
     * The spikes recorded since the previous batch, once per block of steps while simulating, on the
     * running thread: keep it short (hand the batch to another thread), it delays the run.
     */
    default void spikes(SpikeBatch batch) {
    }

    /**
     * The simulation loop ended: finished, cancelled or refused by the engine. After a normal end the
     * results are written next, which a cancellation no longer stops.
     */
    default void simulated() {
    }
}
