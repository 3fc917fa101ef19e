// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts;

import java.nio.file.Path;

import org.spikestudio.results.SimulationResult;
import org.spikestudio.sim.run.RunListener;

/**
 * The entry points other bundles use to show results in the result views (raster, potential,
 * currents, rate, statistics). Methods may be called from any thread; they switch to the UI thread.
 */
public final class ResultViews {

    private ResultViews() {
    }

    /**
     * A listener to pass to a run so that the raster and rate views fill in while it simulates.
     *
     * @param runLabel how the views name the run, e.g. "three-populations.snn, seed 42"
     */
    public static RunListener live(String runLabel) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Shows a finished run's result (read from or written to {@code folder}) in the result views. */
    public static void show(SimulationResult result, Path folder) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Reads a results folder (its summary.json and data files) and shows it; errors go to a dialog. */
    public static void open(Path folder) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Overlays two runs of the same model (rates, a neuron's potential) in the Compare view. */
    public static void compare(Path first, Path second) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
