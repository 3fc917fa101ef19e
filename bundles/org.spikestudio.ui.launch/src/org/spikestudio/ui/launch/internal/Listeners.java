// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.launch.internal;

import org.spikestudio.sim.CompiledNetwork;
import org.spikestudio.sim.run.RunListener;
import org.spikestudio.sim.run.SpikeBatch;

/** Two listeners of one run, called in order. */
record Listeners(RunListener first, RunListener second) implements RunListener {

    @Override
    public void compiled(CompiledNetwork network) {
        first.compiled(network);
        second.compiled(network);
    }

    @Override
    public void starting(CompiledNetwork network) {
        first.starting(network);
        second.starting(network);
    }

    @Override
    public void simulating(CompiledNetwork network) {
        first.simulating(network);
        second.simulating(network);
    }

    @Override
    public void progress(long stepsDone, long stepsTotal) {
        first.progress(stepsDone, stepsTotal);
        second.progress(stepsDone, stepsTotal);
    }

    @Override
    public boolean wantsSpikes() {
        return first.wantsSpikes() || second.wantsSpikes();
    }

    @Override
    public void spikes(SpikeBatch batch) {
        // A listener that does not want spikes ignores them (the default), so no check per batch.
        first.spikes(batch);
        second.spikes(batch);
    }

    @Override
    public void simulated() {
        first.simulated();
        second.simulated();
    }
}
