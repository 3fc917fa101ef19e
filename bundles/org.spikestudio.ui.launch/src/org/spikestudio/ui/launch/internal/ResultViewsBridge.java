// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.launch.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.sim.run.RunListener;
import org.spikestudio.ui.charts.ResultViews;

/**
 * The calls into the result views. Until the views branch implements {@link ResultViews}, its methods
 * throw {@link UnsupportedOperationException}; it is caught here, and only here, so that runs and the
 * Runs view work without them. Remove the catches once org.spikestudio.ui.charts is merged.
 */
final class ResultViewsBridge {

    private ResultViewsBridge() {
    }

    static RunListener live(String label) {
        try {
            return ResultViews.live(label);
        } catch (UnsupportedOperationException e) {
            return new RunListener() {
            };
        }
    }

    static void show(SimulationResult result, Path folder) {
        call(() -> ResultViews.show(result, folder));
    }

    static void open(Path folder) {
        call(() -> ResultViews.open(folder));
    }

    static void compare(Path first, Path second) {
        call(() -> ResultViews.compare(first, second));
    }

    private static void call(Runnable call) {
        try {
            call.run();
        } catch (UnsupportedOperationException e) {
            ILog.of(ResultViewsBridge.class).info("The result views are not available yet: " + e.getMessage());
        }
    }
}
