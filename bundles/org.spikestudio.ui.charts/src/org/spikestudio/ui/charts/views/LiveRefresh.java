// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.views;

import org.eclipse.swt.widgets.Display;
import org.spikestudio.ui.charts.internal.ResultSession;
import org.spikestudio.ui.charts.internal.SpikeStore;

/**
 * Redraws a view a few times per second while the shown run goes on and its spikes grow; stops
 * when the run's result replaces the buffer. UI thread only.
 */
final class LiveRefresh {

    /** Four frames per second: the raster fills in smoothly and a paint costs the run nothing. */
    static final int PERIOD_MS = 250;

    private final Runnable refresh;
    private boolean scheduled;
    private long seenSteps = -1;
    private int seenCount = -1;

    LiveRefresh(Runnable refresh) {
        this.refresh = refresh;
    }

    /** Schedules the next refresh when the shown run is going on. */
    void poke(ResultSession.Shown shown) {
        if (scheduled || shown == null || !shown.live()) {
            return;
        }
        scheduled = true;
        Display.getCurrent().timerExec(PERIOD_MS, () -> {
            scheduled = false;
            ResultSession.Shown now = ResultSession.get().shown();
            if (now == null || !now.live()) {
                return;
            }
            SpikeStore.Snapshot snap = now.spikes().snapshot();
            if (snap.count() != seenCount || snap.stepsDone() != seenSteps) {
                seenCount = snap.count();
                seenSteps = snap.stepsDone();
                refresh.run(); // pokes again
            } else {
                poke(now);
            }
        });
    }
}
