// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.charts;

import java.util.List;

/**
 * What one chart shows, for any renderer: a title and subtitle, a horizontal axis shared by one or
 * more panels stacked from top to bottom (more than one panel: one per population), a legend, and
 * for a raster the population bands of its value axis.
 *
 * @param kind         how the series are drawn and where the legend goes
 * @param title        the model's name
 * @param subtitle     what is shown, e.g. "Membrane potential: 3 neurons"
 * @param xAxis        the horizontal axis, shared by all panels
 * @param panels       at least one; more than one are stacked over the shared horizontal axis
 * @param legend       the legend entries in order
 * @param bands        the populations along a raster's value axis, in model order; empty for other kinds
 * @param emptyMessage what to show in place of data when the panels have no series (a raster
 *                     without spikes), or null
 */
public record ChartContent(Kind kind, String title, String subtitle, Axis xAxis, List<Panel> panels,
        List<LegendEntry> legend, List<Band> bands, String emptyMessage) {

    /** The kinds of charts of a result. */
    public enum Kind {
        /** Spikes as marks, time against neuron index; legend below. */
        RASTER,
        /** Sampled values against time; legend on the right. */
        TRACES,
        /** Membrane potential against input current; legend on the right. */
        POTENTIAL_VERSUS_CURRENT,
        /** Population rates as steps over their bins; legend on the right. */
        RATE,
        /** Counts as bars over their bins ({@link Style#BARS}); legend on the right. */
        HISTOGRAM
    }

    public ChartContent {
        panels = List.copyOf(panels);
        legend = List.copyOf(legend);
        bands = List.copyOf(bands);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a chart needs a panel");
        }
    }

    /** Whether the panels are stacked, one per population. */
    public boolean stacked() {
        return panels.size() > 1;
    }

    /**
     * One plot area: its value axis, its series, and horizontal reference lines.
     *
     * @param title   the population's name and type, e.g. "E (excitatory)", when stacked; else null
     * @param yAxis   the value axis
     * @param series  drawn in order, later ones on top
     * @param markers horizontal lines at values of the value axis, e.g. spike thresholds
     */
    public record Panel(String title, Axis yAxis, List<Series> series, List<Marker> markers) {
        public Panel {
            series = List.copyOf(series);
            markers = List.copyOf(markers);
        }
    }

    /**
     * One line or set of marks. Sampled lines are already thinned by {@link Decimation}; spikes are
     * never thinned.
     *
     * @param key   the series' unique name in its chart, e.g. {@code E[3]}
     * @param rgb   the colour as 0xRRGGBB
     * @param style how the points are drawn
     * @param x     horizontal values
     * @param y     vertical values, as many as {@code x}
     */
    public record Series(String key, int rgb, Style style, double[] x, double[] y) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException(key + ": " + x.length + " x values but " + y.length + " y values");
            }
        }
    }

    /** How a series' points are drawn. */
    public enum Style {
        /** Connected in order. */
        LINE,
        /** Connected in order, each point marked too (few samples). */
        LINE_AND_POINTS,
        /** Steps: each value held until the next point's x. */
        STEPS,
        /** Unconnected marks (a spike per point). */
        SPIKES,
        /**
         * Bars: bar k spans [x[k], x[k + 1]) with height y[k]; the last point only closes the last bar
         * (its y repeats the last bar's), as a step line is closed.
         */
        BARS
    }

    /**
     * One legend entry.
     *
     * @param symbol a short line (lines) or a filled box (areas, spikes)
     */
    public record LegendEntry(String label, int rgb, Symbol symbol) {
    }

    /** The symbol of a legend entry. */
    public enum Symbol {
        LINE, BOX
    }

    /** A horizontal reference line at {@code value} of the value axis, with its label. */
    public record Marker(double value, String label) {
    }

    /**
     * A population's rows of a raster: neuron indices [first, first + size).
     *
     * @param label    the population's name, with " (not recorded)" when its spikes were not recorded
     * @param recorded whether its spikes were recorded (a band without is shaded)
     */
    public record Band(int first, int size, String label, boolean recorded) {
    }
}
