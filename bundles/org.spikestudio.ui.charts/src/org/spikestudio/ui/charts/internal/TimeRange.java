// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The time range all result views show: zooming the time axis of one view sets it, and every
 * view with a time axis follows. Unset (the default) means each view's whole run. UI thread only.
 */
public final class TimeRange {

    private double from = Double.NaN;
    private double to = Double.NaN;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Whether a range is set (else the whole run is shown). */
    public boolean isSet() {
        return !Double.isNaN(from);
    }

    /** The lower end in ms, or {@code whole[0]} when unset. */
    public double from(double wholeFrom) {
        return isSet() ? from : wholeFrom;
    }

    /** The upper end in ms, or {@code wholeTo} when unset. */
    public double to(double wholeTo) {
        return isSet() ? to : wholeTo;
    }

    /** Shows [from, to] ms in every view; ignored when empty or not finite. */
    public void set(double newFrom, double newTo) {
        if (!(newTo > newFrom) || !Double.isFinite(newFrom) || !Double.isFinite(newTo)
                || (newFrom == from && newTo == to)) {
            return;
        }
        from = newFrom;
        to = newTo;
        listeners.forEach(Runnable::run);
    }

    /** Back to the whole run. */
    public void reset() {
        if (isSet()) {
            from = Double.NaN;
            to = Double.NaN;
            listeners.forEach(Runnable::run);
        }
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
