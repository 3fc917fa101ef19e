// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;
import org.spikestudio.plots.internal.BandAxis;
import org.spikestudio.plots.internal.ChartStyle;
import org.spikestudio.plots.internal.Decimation;
import org.spikestudio.plots.internal.RasterRenderer;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.PopulationType;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.RecordedVariable;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.SpikeTrains;
import org.spikestudio.results.StateTrace;

/**
 * The charts of a {@link SimulationResult}, built with JFreeChart and usable both for image files
 * ({@link ResultPlots}) and in a chart view. Each builder returns an empty Optional when the result
 * has nothing to draw for it. All charts are titled with the model name, have axis labels with
 * units, and colour excitatory populations red and inhibitory ones blue.
 * <p>
 * Long sampled lines (traces and rates of more than 9 600 samples) are thinned by
 * {@link Decimation}: per bucket of consecutive samples the first, last, smallest and largest
 * values are kept, which draws the same line at image resolution. Rasters are never thinned.
 * <p>
 * Traces and rates of two to {@link #MAX_PANELS} populations are drawn in panels stacked over a
 * shared time axis, one per population, each with its own value axis and its population's name in
 * its top left corner, so that populations with different ranges or many lines do not hide each
 * other.
 */
public final class ResultCharts {

    /** The most neuron traces a trace or U-I chart draws; the subtitle says when there were more. */
    public static final int MAX_LINES = 20;
    /**
     * Up to this many lines, each has its own legend entry and shade; with more, lines are coloured
     * and listed by population.
     */
    public static final int MAX_LEGEND_ENTRIES = 10;
    /**
     * Traces and rates of more than one and at most this many populations are drawn in stacked
     * panels, one per population. With more, the panels of a 1200 x 700 image would be too low to
     * read (fewer than about 100 px, two or three ticks), so all lines share one plot as with a
     * single population.
     */
    public static final int MAX_PANELS = 4;

    private static final Color NOT_RECORDED_BAND = new Color(0xf1f1f1);
    private static final Color SEPARATOR = new Color(0xa0a0a0);

    /**
     * About the height of the data area, in pixels, of a trace or rate chart drawn at
     * {@link ResultPlots#HEIGHT} (the rest holds the titles and the time axis): for estimating the
     * height of stacked panels.
     */
    private static final double DATA_AREA_HEIGHT = 550;
    /** The height kept free at the top of a panel for its title, in pixels. */
    private static final double PANEL_TITLE_HEIGHT = 30;
    private static final FontRenderContext FONT_CONTEXT = new FontRenderContext(null, true, true);

    private ResultCharts() {
    }

    /**
     * The spike raster: time (ms) against neuron index, populations stacked in bands
     * [firstIndex, firstIndex + size) with their names on the right, thin separators between bands,
     * excitatory spikes red and inhibitory blue. Bands of populations whose spikes were not recorded
     * are shaded and labelled "(not recorded)". Empty when no population's spikes were recorded.
     */
    public static Optional<JFreeChart> raster(SimulationResult result) {
        List<PopulationResult> populations = result.populations();
        int neurons = result.neuronCount();
        if (neurons == 0 || populations.stream().noneMatch(PopulationResult::spikesRecorded)) {
            return Optional.empty();
        }
        Map<PopulationType, List<PopulationResult>> byType = new TreeMap<>();
        for (PopulationResult p : populations) {
            if (p.spikesRecorded()) {
                byType.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p);
            }
        }
        // Populations stacked in model order: the band of each starts where the previous one ends.
        Map<PopulationResult, Integer> firstIndex = new IdentityHashMap<>();
        int next = 0;
        for (PopulationResult p : populations) {
            firstIndex.put(p, next);
            next += p.size();
        }
        double dt = result.dt();
        DefaultXYDataset dataset = new DefaultXYDataset();
        RasterRenderer renderer = new RasterRenderer();
        LegendItemCollection legend = new LegendItemCollection();
        long spikes = 0;
        for (Map.Entry<PopulationType, List<PopulationResult>> entry : byType.entrySet()) {
            int count = entry.getValue().stream().mapToInt(p -> p.spikes().count()).sum();
            String name = entry.getKey() == PopulationType.EXCITATORY ? "excitatory" : "inhibitory";
            legend.add(ChartStyle.boxItem(name, ChartStyle.color(entry.getKey())));
            if (count == 0) {
                continue;
            }
            double[] x = new double[count];
            double[] y = new double[count];
            int k = 0;
            for (PopulationResult p : entry.getValue()) {
                SpikeTrains trains = p.spikes();
                int first = firstIndex.get(p);
                for (int s = 0; s < trains.count(); s++) {
                    x[k] = trains.steps()[s] * dt;
                    y[k] = first + trains.neurons()[s];
                    k++;
                }
            }
            spikes += count;
            renderer.setSeriesPaint(dataset.getSeriesCount(), ChartStyle.color(entry.getKey()));
            dataset.addSeries(name, new double[][] { x, y });
        }

        NumberAxis time = ChartStyle.timeAxis(result.info().simulatedMs());
        NumberAxis index = ChartStyle.yAxis("neuron index");
        index.setStandardTickUnits(ChartStyle.tickUnits(true));
        index.setRange(-0.5, neurons - 0.5);
        XYPlot plot = new XYPlot(dataset, time, index, renderer);
        plot.setRangeGridlinesVisible(false);
        plot.setNoDataMessage("no spikes");
        plot.setNoDataMessageFont(ChartStyle.AXIS_LABEL_FONT);
        plot.setFixedLegendItems(legend);

        List<BandAxis.Band> bands = new ArrayList<>();
        for (PopulationResult p : populations) {
            double from = firstIndex.get(p) - 0.5;
            double to = firstIndex.get(p) + p.size() - 0.5;
            if (p.size() <= 0) {
                continue;
            }
            bands.add(new BandAxis.Band(from, to, p.spikesRecorded() ? p.name() : p.name() + " (not recorded)"));
            if (!p.spikesRecorded()) {
                IntervalMarker shade = new IntervalMarker(from, to, NOT_RECORDED_BAND);
                plot.addRangeMarker(shade, Layer.BACKGROUND);
            }
            if (firstIndex.get(p) > 0) {
                plot.addRangeMarker(new ValueMarker(from, SEPARATOR, new BasicStroke(1f)), Layer.BACKGROUND);
            }
        }
        BandAxis names = new BandAxis(null, bands);
        ChartStyle.style(names);
        names.setAxisLineVisible(false);
        names.setTickMarksVisible(false);
        names.setRange(index.getRange());
        plot.setRangeAxis(1, names);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);

        StringBuilder subtitle = new StringBuilder("Spike raster: ").append(ChartStyle.count(spikes))
                .append(spikes == 1 ? " spike, " : " spikes, ").append(ChartStyle.count(neurons))
                .append(neurons == 1 ? " neuron" : " neurons");
        appendPartial(subtitle, result);
        return Optional.of(ChartStyle.chart(result.info().modelName(), subtitle.toString(), plot,
                RectangleEdge.BOTTOM));
    }

    /** Membrane potential traces (mV) with a dashed line at each population's spike threshold. */
    public static Optional<JFreeChart> potential(SimulationResult result) {
        return traces(result, RecordedVariable.MEMBRANE_POTENTIAL);
    }

    /** Input current traces (nA). */
    public static Optional<JFreeChart> inputCurrent(SimulationResult result) {
        return traces(result, RecordedVariable.INPUT_CURRENT);
    }

    /** Synaptic current traces (nA). */
    public static Optional<JFreeChart> synapticCurrent(SimulationResult result) {
        return traces(result, RecordedVariable.SYNAPTIC_CURRENT);
    }

    /**
     * One line per recorded neuron of the variable's traces against time, red shades for excitatory
     * and blue shades for inhibitory neurons, legend {@code population[i]} (just the population when
     * it has one neuron). At most {@link #MAX_LINES} lines, taken from each population in turn (the
     * first recorded neurons of each), with the subtitle saying how many of how many; above
     * {@link #MAX_LEGEND_ENTRIES} lines, one colour and one legend entry per population. Lines of
     * two to {@link #MAX_PANELS} populations are drawn in stacked panels, one per population, each
     * with the threshold of its population. Empty when no trace of the variable has samples.
     */
    public static Optional<JFreeChart> traces(SimulationResult result, RecordedVariable variable) {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (StateTrace trace : result.states()) {
            if (trace.variable() != variable || trace.sampleCount() == 0) {
                continue;
            }
            PopulationResult population = result.population(trace.population()).orElse(null);
            double[] times = trace.timesMs(result.dt());
            for (int k = 0; k < Math.min(trace.neurons().length, trace.values().length); k++) {
                Line line = new Line(trace.population(), population, trace.neurons()[k], times, trace.values()[k]);
                lines.putIfAbsent(line.label(), line);
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<Line> all = new ArrayList<>(lines.values());
        List<Line> drawn = select(all);
        Map<String, List<Line>> panels = byPopulation(drawn);
        boolean stacked = stacked(panels.size());
        if (stacked) {
            // Legend and colours in panel order.
            drawn = panels.values().stream().flatMap(List::stream).toList();
        }
        List<Paint> paints = paints(drawn);
        NumberAxis time = ChartStyle.timeAxis(result.info().simulatedMs());
        XYPlot plot;
        if (stacked) {
            CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
            String label = panelAxisLabel(axisLabel(variable), shortAxisLabel(variable), panels.size());
            int first = 0;
            for (List<Line> panelLines : panels.values()) {
                XYPlot panel = tracePlot(panelLines, paints.subList(first, first + panelLines.size()), null, label,
                        variable, true);
                first += panelLines.size();
                Line line = panelLines.get(0);
                makePanel(panel, (NumberAxis) panel.getRangeAxis(), line.populationName(), line.type(),
                        highest(panel, panelLines), panels.size());
                combined.add(panel, 1);
            }
            plot = combined;
        } else {
            plot = tracePlot(drawn, paints, time, axisLabel(variable), variable, false);
        }
        plot.setFixedLegendItems(legend(drawn, paints));
        String subtitle = capitalized(variable.label()) + ": " + neuronCount(drawn, all);
        return Optional.of(ChartStyle.chart(result.info().modelName(), subtitle, plot, RectangleEdge.RIGHT));
    }

    /**
     * The lines against time on the value axis labelled {@code label}, with the thresholds of their
     * populations when they are membrane potentials; {@code time} is null for a stacked panel.
     */
    private static XYPlot tracePlot(List<Line> lines, List<Paint> paints, NumberAxis time, String label,
            RecordedVariable variable, boolean thresholdLabelRight) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = lineRenderer(false);
        for (int s = 0; s < lines.size(); s++) {
            Line line = lines.get(s);
            int[] keep = Decimation.keep(line.x.length, Decimation.BUCKETS, line.y);
            dataset.addSeries(line.label(),
                    new double[][] { Decimation.select(line.x, keep), Decimation.select(line.y, keep) });
            renderer.setSeriesPaint(s, paints.get(s));
        }
        NumberAxis value = ChartStyle.yAxis(label);
        XYPlot plot = new XYPlot(dataset, time, value, renderer);
        ChartStyle.widenIfFlat(value, false);
        if (variable == RecordedVariable.MEMBRANE_POTENTIAL) {
            addThresholds(plot, value, lines, thresholdLabelRight);
        }
        return plot;
    }

    /**
     * The U-I plot: membrane potential (mV, y) against input current (nA, x) for every neuron with
     * both a membrane potential and an input current trace, over the sample times the two traces have
     * in common, connected in time order. Colours, legend and thresholds as in {@link #potential}.
     * Empty when no neuron has both.
     */
    public static Optional<JFreeChart> potentialVersusCurrent(SimulationResult result) {
        Map<String, Line> currents = new LinkedHashMap<>();
        for (StateTrace trace : result.states()) {
            if (trace.variable() == RecordedVariable.INPUT_CURRENT) {
                double[] times = trace.timesMs(result.dt());
                for (int k = 0; k < Math.min(trace.neurons().length, trace.values().length); k++) {
                    Line line = new Line(trace.population(), null, trace.neurons()[k], times, trace.values()[k]);
                    currents.putIfAbsent(line.key(), line);
                }
            }
        }
        Map<String, Line> pairs = new LinkedHashMap<>();
        for (StateTrace trace : result.states()) {
            if (trace.variable() != RecordedVariable.MEMBRANE_POTENTIAL) {
                continue;
            }
            PopulationResult population = result.population(trace.population()).orElse(null);
            double[] times = trace.timesMs(result.dt());
            for (int k = 0; k < Math.min(trace.neurons().length, trace.values().length); k++) {
                Line v = new Line(trace.population(), population, trace.neurons()[k], times, trace.values()[k]);
                Line i = currents.get(v.key());
                if (i == null || pairs.containsKey(v.key())) {
                    continue;
                }
                Line pair = commonSamples(v, i);
                if (pair != null) {
                    pairs.put(v.key(), pair);
                }
            }
        }
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        List<Line> all = new ArrayList<>(pairs.values());
        List<Line> drawn = select(all);
        List<Paint> paints = paints(drawn);
        DefaultXYDataset dataset = new DefaultXYDataset();
        int maxSamples = 0;
        for (Line line : drawn) {
            int[] keep = Decimation.keep(line.x.length, Decimation.BUCKETS, line.x, line.y);
            dataset.addSeries(line.label(),
                    new double[][] { Decimation.select(line.x, keep), Decimation.select(line.y, keep) });
            maxSamples = Math.max(maxSamples, keep.length);
        }
        NumberAxis current = ChartStyle.xAxis(axisLabel(RecordedVariable.INPUT_CURRENT));
        NumberAxis potential = ChartStyle.yAxis(axisLabel(RecordedVariable.MEMBRANE_POTENTIAL));
        XYLineAndShapeRenderer renderer = lineRenderer(maxSamples <= 200);
        for (int s = 0; s < paints.size(); s++) {
            renderer.setSeriesPaint(s, paints.get(s));
        }
        XYPlot plot = new XYPlot(dataset, current, potential, renderer);
        ChartStyle.widenIfFlat(current, false);
        ChartStyle.widenIfFlat(potential, false);
        plot.setFixedLegendItems(legend(drawn, paints));
        addThresholds(plot, potential, drawn, false);
        String subtitle = "Membrane potential against input current: " + neuronCount(drawn, all);
        return Optional.of(ChartStyle.chart(result.info().modelName(), subtitle, plot, RectangleEdge.RIGHT));
    }

    /**
     * Population rates (Hz) against time as steps over their bins, one line per rate trace, coloured
     * by the population's type and listed by population name; rates of two to {@link #MAX_PANELS}
     * populations in stacked panels, one per population. Empty when there is no rate bin.
     */
    public static Optional<JFreeChart> rate(SimulationResult result) {
        List<RateTrace> traces = result.rates().stream()
                .filter(r -> r.bins() > 0).toList();
        if (traces.isEmpty()) {
            return Optional.empty();
        }
        Set<Double> widths = new LinkedHashSet<>();
        Map<String, List<RateTrace>> perPopulation = new LinkedHashMap<>();
        for (RateTrace trace : traces) {
            widths.add(trace.binWidthMs(result.dt()));
            perPopulation.computeIfAbsent(trace.population(), p -> new ArrayList<>()).add(trace);
        }
        boolean oneWidth = widths.size() == 1;
        boolean stacked = stacked(perPopulation.size());
        if (stacked) {
            // Legend and colours in panel order.
            traces = perPopulation.values().stream().flatMap(List::stream).toList();
        }
        List<RateLine> lines = new ArrayList<>();
        LegendItemCollection legend = new LegendItemCollection();
        Map<PopulationType, List<String>> shades = new TreeMap<>();
        Set<String> keys = new LinkedHashSet<>();
        double end = result.info().simulatedMs();
        for (RateTrace trace : traces) {
            PopulationType type = typeOf(result, trace.population());
            List<String> ofType = shades.computeIfAbsent(type, t -> new ArrayList<>());
            if (!ofType.contains(trace.population())) {
                ofType.add(trace.population());
            }
            Paint paint = ChartStyle.shade(type, ofType.indexOf(trace.population()));
            String label = trace.population();
            List<String> details = new ArrayList<>();
            if (perPopulation.get(trace.population()).size() > 1) {
                details.add(trace.recorder() == null ? "default" : trace.recorder());
            }
            if (!oneWidth) {
                details.add(ChartStyle.number(trace.binWidthMs(result.dt())) + " ms bins");
            }
            if (!details.isEmpty()) {
                label += " (" + String.join(", ", details) + ")";
            }
            String key = label;
            for (int n = 2; keys.contains(key); n++) {
                key = label + " #" + n;
            }
            keys.add(key);
            double[] starts = trace.binStartsMs(result.dt());
            double[] rates = trace.rateHz();
            int bins = rates.length;
            double last = starts[bins - 1] + trace.binWidthMs(result.dt());
            if (end > starts[bins - 1]) {
                last = Math.min(last, end);
            }
            // One more point closes the last bin's step at its end.
            double[] x = new double[bins + 1];
            double[] y = new double[bins + 1];
            System.arraycopy(starts, 0, x, 0, bins);
            System.arraycopy(rates, 0, y, 0, bins);
            x[bins] = last;
            y[bins] = rates[bins - 1];
            lines.add(new RateLine(trace.population(), key, paint, x, y));
            legend.add(ChartStyle.lineItem(key, paint));
        }
        NumberAxis time = ChartStyle.timeAxis(end);
        XYPlot plot;
        if (stacked) {
            CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
            String label = panelAxisLabel("population rate (Hz)", "rate (Hz)", perPopulation.size());
            for (String population : perPopulation.keySet()) {
                List<RateLine> panelLines = lines.stream().filter(l -> l.population().equals(population)).toList();
                XYPlot panel = ratePlot(panelLines, null, label);
                double highest = panelLines.stream().flatMapToDouble(l -> Arrays.stream(l.y()))
                        .filter(Double::isFinite).max().orElse(Double.NaN);
                makePanel(panel, (NumberAxis) panel.getRangeAxis(), population, typeOf(result, population),
                        highest, perPopulation.size());
                combined.add(panel, 1);
            }
            plot = combined;
        } else {
            plot = ratePlot(lines, time, "population rate (Hz)");
        }
        plot.setFixedLegendItems(legend);
        String subtitle = "Population rate" + (oneWidth ? ", " + ChartStyle.number(widths.iterator().next())
                + " ms bins" : "");
        return Optional.of(ChartStyle.chart(result.info().modelName(), subtitle, plot, RectangleEdge.RIGHT));
    }

    /** One rate trace as steps: legend key, colour, bin starts closed by the last bin's end, rates. */
    private record RateLine(String population, String key, Paint paint, double[] x, double[] y) {
    }

    /** The rates as steps against time, from 0 Hz; {@code time} is null for a stacked panel. */
    private static XYPlot ratePlot(List<RateLine> lines, NumberAxis time, String label) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        XYStepRenderer renderer = new XYStepRenderer();
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setDefaultStroke(ChartStyle.LINE_STROKE);
        renderer.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < lines.size(); s++) {
            RateLine line = lines.get(s);
            int[] keep = Decimation.keep(line.x().length, Decimation.BUCKETS, line.y());
            renderer.setSeriesPaint(s, line.paint());
            dataset.addSeries(line.key(),
                    new double[][] { Decimation.select(line.x(), keep), Decimation.select(line.y(), keep) });
        }
        NumberAxis rate = ChartStyle.yAxis(label);
        rate.setAutoRangeIncludesZero(true);
        // Rates start at 0 Hz, the bottom of the plot.
        rate.setAutoRangeStickyZero(true);
        XYPlot plot = new XYPlot(dataset, time, rate, renderer);
        ChartStyle.widenIfFlat(rate, true);
        return plot;
    }

    private static PopulationType typeOf(SimulationResult result, String population) {
        return result.population(population).map(PopulationResult::type).orElse(null);
    }

    /** One neuron's samples: x and y (time and value, or current and potential). */
    private record Line(String populationName, PopulationResult population, int neuron, double[] x, double[] y) {

        Line {
            if (x.length != y.length) {
                int n = Math.min(x.length, y.length);
                x = Arrays.copyOf(x, n);
                y = Arrays.copyOf(y, n);
            }
        }

        String key() {
            return populationName + "[" + neuron + "]";
        }

        String label() {
            return population != null && population.size() == 1 && neuron == 0 ? populationName : key();
        }

        PopulationType type() {
            return population == null ? null : population.type();
        }
    }

    /** (current, potential) at the sample times both traces have, or null when none. */
    private static Line commonSamples(Line potential, Line current) {
        double[] tv = potential.x;
        double[] ti = current.x;
        double[] x = new double[Math.min(tv.length, ti.length)];
        double[] y = new double[x.length];
        int n = 0;
        int a = 0;
        int b = 0;
        while (a < tv.length && b < ti.length) {
            double tolerance = 1e-9 * Math.max(1, Math.abs(tv[a]));
            if (Math.abs(tv[a] - ti[b]) <= tolerance) {
                x[n] = current.y[b];
                y[n] = potential.y[a];
                n++;
                a++;
                b++;
            } else if (tv[a] < ti[b]) {
                a++;
            } else {
                b++;
            }
        }
        if (n == 0) {
            return null;
        }
        return new Line(potential.populationName, potential.population, potential.neuron,
                Arrays.copyOf(x, n), Arrays.copyOf(y, n));
    }

    private static XYLineAndShapeRenderer lineRenderer(boolean shapes) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, shapes);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setDefaultStroke(ChartStyle.LINE_STROKE);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setDefaultShape(new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    /**
     * The colour of each line: a shade of its type per line when there are at most
     * {@link #MAX_LEGEND_ENTRIES}, else a shade of its type per population.
     */
    private static List<Paint> paints(List<Line> lines) {
        List<Paint> paints = new ArrayList<>();
        Map<PopulationType, Integer> shadesUsed = new TreeMap<>();
        Map<String, Paint> populationPaint = new LinkedHashMap<>();
        for (Line line : lines) {
            paints.add(lines.size() <= MAX_LEGEND_ENTRIES ? nextShade(line.type(), shadesUsed)
                    : populationPaint.computeIfAbsent(line.populationName(), p -> nextShade(line.type(), shadesUsed)));
        }
        return paints;
    }

    /**
     * The legend of lines coloured by {@link #paints}: an entry per line when there are at most
     * {@link #MAX_LEGEND_ENTRIES}, else an entry per population with its number of lines.
     */
    private static LegendItemCollection legend(List<Line> lines, List<Paint> paints) {
        LegendItemCollection legend = new LegendItemCollection();
        if (lines.size() <= MAX_LEGEND_ENTRIES) {
            for (int s = 0; s < lines.size(); s++) {
                legend.add(ChartStyle.lineItem(lines.get(s).label(), paints.get(s)));
            }
            return legend;
        }
        Map<String, Paint> populationPaint = new LinkedHashMap<>();
        Map<String, Integer> populationLines = new LinkedHashMap<>();
        for (int s = 0; s < lines.size(); s++) {
            populationPaint.putIfAbsent(lines.get(s).populationName(), paints.get(s));
            populationLines.merge(lines.get(s).populationName(), 1, Integer::sum);
        }
        for (Map.Entry<String, Paint> entry : populationPaint.entrySet()) {
            int n = populationLines.get(entry.getKey());
            legend.add(ChartStyle.lineItem(entry.getKey() + " (" + n + (n == 1 ? " neuron)" : " neurons)"),
                    entry.getValue()));
        }
        return legend;
    }

    private static Paint nextShade(PopulationType type, Map<PopulationType, Integer> used) {
        if (type == null) {
            return ChartStyle.UNKNOWN;
        }
        int index = used.merge(type, 1, Integer::sum) - 1;
        return ChartStyle.shade(type, index);
    }

    /**
     * A dashed line at each distinct spike threshold of the lines' populations, labelled
     * "threshold" at its left or right end, the axis range widened to show it.
     */
    private static void addThresholds(XYPlot plot, NumberAxis axis, List<Line> lines, boolean labelRight) {
        Map<Double, List<String>> thresholds = new TreeMap<>();
        for (Line line : lines) {
            if (line.population() != null && Double.isFinite(line.population().spikeThresholdMv())) {
                List<String> names = thresholds.computeIfAbsent(line.population().spikeThresholdMv(),
                        t -> new ArrayList<>());
                if (!names.contains(line.populationName())) {
                    names.add(line.populationName());
                }
            }
        }
        if (thresholds.isEmpty()) {
            return;
        }
        Range range = axis.getRange();
        double low = range.getLowerBound();
        double high = range.getUpperBound();
        for (Map.Entry<Double, List<String>> entry : thresholds.entrySet()) {
            String label = "threshold" + (thresholds.size() > 1 ? " " + String.join(", ", entry.getValue()) : "")
                    + " (" + ChartStyle.number(entry.getKey()) + " mV)";
            plot.addRangeMarker(ChartStyle.thresholdMarker(entry.getKey(), label, labelRight), Layer.FOREGROUND);
            low = Math.min(low, entry.getKey());
            high = Math.max(high, entry.getKey());
        }
        // Room above the highest threshold for its label, which sits above the line.
        double span = Math.max(high - low, 1e-9);
        double top = Math.max(range.getUpperBound(), thresholds.keySet().stream().mapToDouble(Double::doubleValue)
                .max().getAsDouble() + 0.08 * span);
        double bottom = low < range.getLowerBound() ? low - 0.05 * span : range.getLowerBound();
        if (top != range.getUpperBound() || bottom != range.getLowerBound()) {
            axis.setRange(bottom, top);
        }
    }

    private static String axisLabel(RecordedVariable variable) {
        return variable.label() + " (" + variable.unit() + ")";
    }

    /** The usual symbol and the unit, for panels too low for {@link #axisLabel}: {@code V (mV)}. */
    private static String shortAxisLabel(RecordedVariable variable) {
        String symbol = switch (variable) {
        case MEMBRANE_POTENTIAL -> "V";
        case INPUT_CURRENT -> "I_in";
        case SYNAPTIC_CURRENT -> "I_syn";
        };
        return symbol + " (" + variable.unit() + ")";
    }

    /** Whether lines of this many populations are drawn in stacked panels. */
    private static boolean stacked(int populations) {
        return populations > 1 && populations <= MAX_PANELS;
    }

    /** About the height in pixels of each of {@code panels} stacked panels at the image size. */
    private static double panelHeight(int panels) {
        return (DATA_AREA_HEIGHT - (panels - 1) * ChartStyle.PANEL_GAP) / panels;
    }

    /**
     * The full value axis label when it fits along a panel of the stacked panels at the image
     * size, else the short one.
     */
    private static String panelAxisLabel(String full, String brief, int panels) {
        double width = ChartStyle.AXIS_LABEL_FONT.getStringBounds(full, FONT_CONTEXT).getWidth();
        return width <= 0.9 * panelHeight(panels) ? full : brief;
    }

    /**
     * Makes a plot one of {@code panels} stacked panels: names its population ("E (excitatory)") in
     * its top left corner, raises the top of its value axis so that nothing drawn up to
     * {@code highest} (data, threshold line) lies under the name, and packs the value ticks closer
     * when the panel is low.
     */
    private static void makePanel(XYPlot panel, NumberAxis axis, String population, PopulationType type,
            double highest, int panels) {
        String text = type == null ? population
                : population + (type == PopulationType.EXCITATORY ? " (excitatory)" : " (inhibitory)");
        panel.addAnnotation(new XYTitleAnnotation(0, 1, ChartStyle.panelTitle(text), RectangleAnchor.TOP_LEFT));
        if (panelHeight(panels) < 150) {
            ChartStyle.denseTicks(axis);
        }
        if (!Double.isFinite(highest)) {
            return;
        }
        Range range = axis.getRange();
        double free = Math.min(0.4, PANEL_TITLE_HEIGHT / panelHeight(panels));
        double top = (highest - free * range.getLowerBound()) / (1 - free);
        if (top > range.getUpperBound()) {
            axis.setRange(range.getLowerBound(), top);
        }
    }

    /** The largest finite value of the lines and of the panel's range markers (thresholds). */
    private static double highest(XYPlot panel, List<Line> lines) {
        double highest = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            for (double y : line.y) {
                if (y > highest && Double.isFinite(y)) {
                    highest = y;
                }
            }
        }
        var markers = panel.getRangeMarkers(Layer.FOREGROUND);
        if (markers != null) {
            for (Object marker : markers) {
                if (marker instanceof ValueMarker v) {
                    highest = Math.max(highest, v.getValue());
                }
            }
        }
        return highest;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * At most {@link #MAX_LINES} of the lines, taking one line of each population in turn so that
     * every population is shown, in the original order.
     */
    private static List<Line> select(List<Line> all) {
        if (all.size() <= MAX_LINES) {
            return all;
        }
        Map<String, List<Line>> byPopulation = byPopulation(all);
        Map<String, Integer> taken = new LinkedHashMap<>();
        int count = 0;
        while (count < MAX_LINES) {
            for (Map.Entry<String, List<Line>> entry : byPopulation.entrySet()) {
                int n = taken.getOrDefault(entry.getKey(), 0);
                if (count < MAX_LINES && n < entry.getValue().size()) {
                    taken.put(entry.getKey(), n + 1);
                    count++;
                }
            }
        }
        List<Line> drawn = new ArrayList<>();
        byPopulation.forEach((population, lines) -> drawn.addAll(lines.subList(0, taken.getOrDefault(population, 0))));
        return drawn;
    }

    private static Map<String, List<Line>> byPopulation(List<Line> lines) {
        Map<String, List<Line>> byPopulation = new LinkedHashMap<>();
        for (Line line : lines) {
            byPopulation.computeIfAbsent(line.populationName(), p -> new ArrayList<>()).add(line);
        }
        return byPopulation;
    }

    /** "3 neurons", or "20 of 30 recorded neurons (first 15 of 25 in E, all 5 in I)". */
    private static String neuronCount(List<Line> drawn, List<Line> all) {
        if (drawn.size() == all.size()) {
            return all.size() == 1 ? "1 neuron" : all.size() + " neurons";
        }
        Map<String, List<Line>> allByPopulation = byPopulation(all);
        if (allByPopulation.size() == 1) {
            return "first " + drawn.size() + " of " + all.size() + " recorded neurons";
        }
        Map<String, List<Line>> drawnByPopulation = byPopulation(drawn);
        List<String> parts = new ArrayList<>();
        allByPopulation.forEach((population, lines) -> {
            int n = drawnByPopulation.getOrDefault(population, List.of()).size();
            parts.add((n == lines.size() ? "all " + n : "first " + n + " of " + lines.size()) + " in " + population);
        });
        return drawn.size() + " of " + all.size() + " recorded neurons (" + String.join(", ", parts) + ")";
    }

    private static void appendPartial(StringBuilder subtitle, SimulationResult result) {
        if (result.info().partial()) {
            subtitle.append(" (run stopped at ").append(ChartStyle.number(result.info().simulatedMs())).append(" of ")
                    .append(ChartStyle.number(result.info().requestedDurationMs())).append(" ms)");
        }
    }
}
