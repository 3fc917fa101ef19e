// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.spikestudio.engine.ProgressListener;

/**
 * A one-line progress bar on stderr: percent, simulated ms and time left. It appears only once a
 * run has taken longer than {@link #DELAY_NANOS}, so short runs print nothing, and is redrawn at most
 * ten times a second.
 */
final class ProgressBar implements ProgressListener {

    static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final double dtMs;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw;
    private boolean shown;

    ProgressBar(PrintStream err, double dtMs, LongSupplier clock) {
        this.err = err;
        this.dtMs = dtMs;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public void progress(long stepsDone, long stepsTotal) {
        long now = clock.getAsLong();
        if (now - start < DELAY_NANOS || now - lastDraw < REDRAW_NANOS && stepsDone < stepsTotal) {
            return;
        }
        lastDraw = now;
        shown = true;
        err.print('\r' + line(stepsDone, stepsTotal, now - start));
        err.flush();
    }

    /** Ends the bar's line, if it was shown. */
    void finish() {
        if (shown) {
            err.println();
            err.flush();
        }
    }

    boolean shown() {
        return shown;
    }

    String line(long done, long total, long elapsedNanos) {
        double fraction = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(fraction * WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String eta;
        if (done == 0) {
            eta = "--:--";
        } else {
            long left = (long) (elapsedNanos / 1e9 * (total - done) / done);
            eta = String.format(Locale.ROOT, "%d:%02d", left / 60, left % 60);
        }
        return String.format(Locale.ROOT, "  [%s] %3d%%  %s / %s ms  ETA %s ", bar, (int) Math.floor(fraction * 100),
                number(done * dtMs), number(total * dtMs), eta);
    }

    private static String number(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
