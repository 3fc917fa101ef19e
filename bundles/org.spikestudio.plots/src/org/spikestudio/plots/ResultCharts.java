// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;
import org.spikestudio.plots.internal.BandAxis;
import org.spikestudio.plots.internal.ChartStyle;
import org.spikestudio.plots.internal.Decimation;
import org.spikestudio.plots.internal.RasterRenderer;
import org.spikestudio.sim.PopulationResult;
import org.spikestudio.sim.PopulationType;
import org.spikestudio.sim.RateTrace;
import org.spikestudio.sim.RecordedVariable;
import org.spikestudio.sim.SimulationResult;
import org.spikestudio.sim.SpikeTrains;
import org.spikestudio.sim.StateTrace;

/**
 * The charts of a {@link SimulationResult}, built with JFreeChart and usable both for image files
 * ({@link ResultPlots}) and in a chart view. Each builder returns an empty Optional when the result
 * has nothing to draw for it. All charts are titled with the model name, have axis labels with
 * units, and colour excitatory populations red and inhibitory ones blue.
 * <p>
 * Long sampled lines (traces and rates of more than 9 600 samples) are thinned by
 * {@link Decimation}: per bucket of consecutive samples the first, last, smallest and largest
 * values are kept, which draws the same line at image resolution. Rasters are never thinned.
 */
public final class ResultCharts {

    /** The most neuron traces a trace or U-I chart draws; the subtitle says when there were more. */
    public static final int MAX_LINES = 20;
    /**
     * Up to this many lines, each has its own legend entry and shade; with more, lines are coloured
     * and listed by population.
     */
    public static final int MAX_LEGEND_ENTRIES = 10;

    private static final Color NOT_RECORDED_BAND = new Color(0xf1f1f1);
    private static final Color SEPARATOR = new Color(0xa0a0a0);

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
                for (int s = 0; s < trains.count(); s++) {
                    x[k] = trains.timesMs()[s];
                    y[k] = p.firstIndex() + trains.neurons()[s];
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
            double from = p.firstIndex() - 0.5;
            double to = p.firstIndex() + p.size() - 0.5;
            if (p.size() <= 0) {
                continue;
            }
            bands.add(new BandAxis.Band(from, to, p.spikesRecorded() ? p.name() : p.name() + " (not recorded)"));
            if (!p.spikesRecorded()) {
                IntervalMarker shade = new IntervalMarker(from, to, NOT_RECORDED_BAND);
                plot.addRangeMarker(shade, Layer.BACKGROUND);
            }
            if (p.firstIndex() > 0) {
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
     * {@link #MAX_LEGEND_ENTRIES} lines, one colour and one legend entry per population. Empty when
     * no trace of the variable has samples.
     */
    public static Optional<JFreeChart> traces(SimulationResult result, RecordedVariable variable) {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (StateTrace trace : result.states()) {
            if (trace.variable() != variable || trace.sampleCount() == 0) {
                continue;
            }
            PopulationResult population = result.population(trace.population()).orElse(null);
            for (int k = 0; k < Math.min(trace.neurons().length, trace.values().length); k++) {
                Line line = new Line(trace.population(), population, trace.neurons()[k], trace.timesMs(),
                        trace.values()[k]);
                lines.putIfAbsent(line.label(), line);
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<Line> all = new ArrayList<>(lines.values());
        List<Line> drawn = select(all);
        DefaultXYDataset dataset = new DefaultXYDataset();
        for (Line line : drawn) {
            int[] keep = Decimation.keep(line.x.length, Decimation.BUCKETS, line.y);
            dataset.addSeries(line.label(),
                    new double[][] { Decimation.select(line.x, keep), Decimation.select(line.y, keep) });
        }
        NumberAxis time = ChartStyle.timeAxis(result.info().simulatedMs());
        NumberAxis value = ChartStyle.yAxis(axisLabel(variable));
        XYPlot plot = new XYPlot(dataset, time, value, lineRenderer(false));
        ChartStyle.widenIfFlat(value, false);
        colourAndLegend(plot, drawn);
        if (variable == RecordedVariable.MEMBRANE_POTENTIAL) {
            addThresholds(plot, value, drawn);
        }
        String subtitle = capitalized(variable.label()) + ": " + neuronCount(drawn, all);
        return Optional.of(ChartStyle.chart(result.info().modelName(), subtitle, plot, RectangleEdge.RIGHT));
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
                for (int k = 0; k < Math.min(trace.neurons().length, trace.values().length); k++) {
                    Line line = new Line(trace.population(), null, trace.neurons()[k], trace.timesMs(),
                            trace.values()[k]);
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
            for (int k = 0; k < Math.min(trace.neurons().length, trace.values().length); k++) {
                Line v = new Line(trace.population(), population, trace.neurons()[k], trace.timesMs(),
                        trace.values()[k]);
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
        XYPlot plot = new XYPlot(dataset, current, potential, lineRenderer(maxSamples <= 200));
        ChartStyle.widenIfFlat(current, false);
        ChartStyle.widenIfFlat(potential, false);
        colourAndLegend(plot, drawn);
        addThresholds(plot, potential, drawn);
        String subtitle = "Membrane potential against input current: " + neuronCount(drawn, all);
        return Optional.of(ChartStyle.chart(result.info().modelName(), subtitle, plot, RectangleEdge.RIGHT));
    }

    /**
     * Population rates (Hz) against time as steps over their bins, one line per rate trace, coloured
     * by the population's type and listed by population name. Empty when there is no rate bin.
     */
    public static Optional<JFreeChart> rate(SimulationResult result) {
        List<RateTrace> traces = result.rates().stream()
                .filter(r -> Math.min(r.binStartMs().length, r.rateHz().length) > 0).toList();
        if (traces.isEmpty()) {
            return Optional.empty();
        }
        Set<Double> widths = new LinkedHashSet<>();
        Map<String, Integer> perPopulation = new LinkedHashMap<>();
        for (RateTrace trace : traces) {
            widths.add(trace.binWidthMs());
            perPopulation.merge(trace.population(), 1, Integer::sum);
        }
        boolean oneWidth = widths.size() == 1;
        DefaultXYDataset dataset = new DefaultXYDataset();
        XYStepRenderer renderer = new XYStepRenderer();
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setDefaultStroke(ChartStyle.LINE_STROKE);
        renderer.setDrawSeriesLineAsPath(true);
        LegendItemCollection legend = new LegendItemCollection();
        Map<PopulationType, List<String>> shades = new TreeMap<>();
        double end = result.info().simulatedMs();
        for (RateTrace trace : traces) {
            PopulationType type = result.population(trace.population()).map(PopulationResult::type).orElse(null);
            List<String> ofType = shades.computeIfAbsent(type, t -> new ArrayList<>());
            if (!ofType.contains(trace.population())) {
                ofType.add(trace.population());
            }
            Paint paint = ChartStyle.shade(type, ofType.indexOf(trace.population()));
            String label = trace.population();
            List<String> details = new ArrayList<>();
            if (perPopulation.get(trace.population()) > 1) {
                details.add(trace.recorder() == null ? "default" : trace.recorder());
            }
            if (!oneWidth) {
                details.add(ChartStyle.number(trace.binWidthMs()) + " ms bins");
            }
            if (!details.isEmpty()) {
                label += " (" + String.join(", ", details) + ")";
            }
            String key = label;
            for (int n = 2; dataset.indexOf(key) >= 0; n++) {
                key = label + " #" + n;
            }
            double[] starts = trace.binStartMs();
            double[] rates = trace.rateHz();
            int bins = Math.min(starts.length, rates.length);
            double last = starts[bins - 1] + trace.binWidthMs();
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
            int[] keep = Decimation.keep(x.length, Decimation.BUCKETS, y);
            renderer.setSeriesPaint(dataset.getSeriesCount(), paint);
            dataset.addSeries(key, new double[][] { Decimation.select(x, keep), Decimation.select(y, keep) });
            legend.add(ChartStyle.lineItem(key, paint));
        }
        NumberAxis time = ChartStyle.timeAxis(end);
        NumberAxis rate = ChartStyle.yAxis("population rate (Hz)");
        rate.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(dataset, time, rate, renderer);
        ChartStyle.widenIfFlat(rate, true);
        plot.setFixedLegendItems(legend);
        String subtitle = "Population rate" + (oneWidth ? ", " + ChartStyle.number(widths.iterator().next())
                + " ms bins" : "");
        return Optional.of(ChartStyle.chart(result.info().modelName(), subtitle, plot, RectangleEdge.RIGHT));
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
     * Colours the plot's lines and sets its legend: a shade and an entry per line when there are at
     * most {@link #MAX_LEGEND_ENTRIES}, else a colour and an entry per population.
     */
    private static void colourAndLegend(XYPlot plot, List<Line> lines) {
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        LegendItemCollection legend = new LegendItemCollection();
        Map<PopulationType, Integer> shadesUsed = new TreeMap<>();
        if (lines.size() <= MAX_LEGEND_ENTRIES) {
            for (int s = 0; s < lines.size(); s++) {
                Line line = lines.get(s);
                Paint paint = nextShade(line.type(), shadesUsed);
                renderer.setSeriesPaint(s, paint);
                legend.add(ChartStyle.lineItem(line.label(), paint));
            }
        } else {
            Map<String, Paint> populationPaint = new LinkedHashMap<>();
            Map<String, Integer> populationLines = new LinkedHashMap<>();
            for (int s = 0; s < lines.size(); s++) {
                Line line = lines.get(s);
                Paint paint = populationPaint.computeIfAbsent(line.populationName(),
                        p -> nextShade(line.type(), shadesUsed));
                populationLines.merge(line.populationName(), 1, Integer::sum);
                renderer.setSeriesPaint(s, paint);
            }
            for (Map.Entry<String, Paint> entry : populationPaint.entrySet()) {
                int n = populationLines.get(entry.getKey());
                legend.add(ChartStyle.lineItem(entry.getKey() + " (" + n + (n == 1 ? " neuron)" : " neurons)"),
                        entry.getValue()));
            }
        }
        plot.setFixedLegendItems(legend);
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
     * "threshold", the axis range widened to show it.
     */
    private static void addThresholds(XYPlot plot, NumberAxis axis, List<Line> lines) {
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
            plot.addRangeMarker(ChartStyle.thresholdMarker(entry.getKey(), label), Layer.FOREGROUND);
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
