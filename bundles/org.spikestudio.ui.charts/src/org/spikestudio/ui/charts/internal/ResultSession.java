// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.internal;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.spikestudio.results.SimulationResult;

/**
 * What the result views show, shared by all of them: the result (or a run going on), the
 * populations selected in the model, the time range, and the two runs compared. Changed and read on
 * the UI thread only; views listen.
 */
public final class ResultSession {

    /**
     * The run shown.
     *
     * @param label  how the views name it
     * @param result the result, or null while the run goes on
     * @param folder its results folder, or null
     * @param spikes the raster's spikes: the live buffer, or the result's
     */
    public record Shown(String label, SimulationResult result, Path folder, SpikeStore spikes) {

        public boolean live() {
            return result == null;
        }
    }

    /** Two runs overlaid in the Compare view. */
    public record Comparison(SimulationResult first, Path firstFolder, SimulationResult second, Path secondFolder) {
    }

    private static final ResultSession INSTANCE = new ResultSession();

    private final TimeRange time = new TimeRange();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Shown shown;
    private Set<String> selected = Set.of();
    private Comparison comparison;

    public static ResultSession get() {
        return INSTANCE;
    }

    public TimeRange time() {
        return time;
    }

    public Shown shown() {
        return shown;
    }

    /** Shows a run; a new run shows its whole time. */
    public void show(Shown value) {
        boolean sameRun = shown != null && value != null && shown.spikes() != null && value.result() != null
                && shown.live() && shown.label().equals(value.label());
        shown = value;
        if (!sameRun) {
            time.reset();
        }
        changed();
    }

    /** The selected populations' ids and names; empty for all. */
    public Set<String> selected() {
        return selected;
    }

    public void select(Set<String> populations) {
        Set<String> value = Set.copyOf(new LinkedHashSet<>(populations));
        if (!value.equals(selected)) {
            selected = value;
            changed();
        }
    }

    /**
     * The selection applied to a result: the populations selected that it has, all when it has none
     * of them (a selection in another model).
     */
    public Set<String> selectedIn(SimulationResult result) {
        if (selected.isEmpty() || result == null) {
            return Set.of();
        }
        boolean any = result.populations().stream()
                .anyMatch(p -> ResultFilter.shows(selected, p.id(), p.name()));
        return any ? selected : Set.of();
    }

    /** {@link #selectedIn(SimulationResult)} for the bands of a raster's spikes. */
    public Set<String> selectedIn(SpikeStore spikes) {
        if (selected.isEmpty() || spikes == null) {
            return Set.of();
        }
        boolean any = spikes.bands().stream().anyMatch(b -> ResultFilter.shows(selected, b.id(), b.name()));
        return any ? selected : Set.of();
    }

    public Comparison comparison() {
        return comparison;
    }

    public void compare(Comparison value) {
        comparison = value;
        changed();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
