// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.spikestudio.charts.ChartContent.Band;
import org.spikestudio.charts.ChartContent.Kind;
import org.spikestudio.charts.ChartContent.LegendEntry;
import org.spikestudio.charts.ChartContent.Marker;
import org.spikestudio.charts.ChartContent.Panel;
import org.spikestudio.charts.ChartContent.Series;
import org.spikestudio.charts.ChartContent.Style;
import org.spikestudio.charts.ChartContent.Symbol;
import org.spikestudio.expression.units.Quantities;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.PopulationType;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.RecordedVariable;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.SpikeStatistics;
import org.spikestudio.results.SpikeTrains;
import org.spikestudio.results.StateTrace;

/**
 * The charts of a {@link SimulationResult} as {@link ChartContent}: what each shows, for any
 * renderer. Each builder returns an empty Optional when the result has nothing to draw for it. All
 * charts are titled with the model name, have axis labels with units, and colour excitatory
 * populations red and inhibitory ones blue ({@link Palette}).
 * <p>
 * Long sampled lines (traces and rates of more than 9 600 samples) are thinned by
 * {@link Decimation}: per bucket of consecutive samples the first, last, smallest and largest
 * values are kept, which draws the same line at image resolution. Rasters are never thinned.
 * <p>
 * Traces and rates of two to {@link #MAX_PANELS} populations are in panels stacked over a shared
 * time axis, one per population, each with its own value axis and its population's name as title,
 * so that populations with different ranges or many lines do not hide each other.
 */
public final class ResultChartContent {

    /** The most neuron traces a trace or U-I chart draws; the subtitle says when there were more. */
    public static final int MAX_LINES = 20;
    /**
     * Up to this many lines, each has its own legend entry and shade; with more, lines are coloured
     * and listed by population.
     */
    public static final int MAX_LEGEND_ENTRIES = 10;
    /**
     * Traces and rates of more than one and at most this many populations are in stacked panels, one
     * per population. With more, the panels of a 1200 x 700 image would be too low to read (fewer
     * than about 100 px, two or three ticks), so all lines share one panel as with a single
     * population.
     */
    public static final int MAX_PANELS = 4;
    /**
     * U-I lines of at most this many (thinned) samples have each sample marked: with few samples the
     * points are the data, the connecting lines only guide the eye.
     */
    public static final int MAX_MARKED_SAMPLES = 200;

    private static final Axis RATE = new Axis("population rate", "rate", "Hz", Double.NaN, Double.NaN, true, false);

    private ResultChartContent() {
    }

    /**
     * The spike raster: time (ms) against neuron index, populations stacked in bands
     * [first, first + size) in model order, excitatory spikes red and inhibitory blue, one series and
     * one legend box per type. Bands of populations whose spikes were not recorded are labelled
     * "(not recorded)". Empty when no population's spikes were recorded.
     */
    public static Optional<ChartContent> raster(SimulationResult result) {
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
        List<Band> bands = new ArrayList<>();
        int next = 0;
        for (PopulationResult p : populations) {
            firstIndex.put(p, next);
            if (p.size() > 0) {
                bands.add(new Band(next, p.size(), p.spikesRecorded() ? p.name() : p.name() + " (not recorded)",
                        p.spikesRecorded()));
            }
            next += p.size();
        }
        double dt = result.dt();
        List<Series> series = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        long spikes = 0;
        for (Map.Entry<PopulationType, List<PopulationResult>> entry : byType.entrySet()) {
            int count = entry.getValue().stream().mapToInt(p -> p.spikes().count()).sum();
            String name = entry.getKey().key();
            int rgb = Palette.color(entry.getKey());
            legend.add(new LegendEntry(name, rgb, Symbol.BOX));
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
            series.add(new Series(name, rgb, Style.SPIKES, x, y));
        }
        Axis index = new Axis("neuron index", "index", null, -0.5, neurons - 0.5, false, true);
        StringBuilder subtitle = new StringBuilder("Spike raster: ").append(count(spikes))
                .append(spikes == 1 ? " spike, " : " spikes, ").append(count(neurons))
                .append(neurons == 1 ? " neuron" : " neurons");
        appendPartial(subtitle, result);
        return Optional.of(new ChartContent(Kind.RASTER, result.info().modelName(), subtitle.toString(),
                Axis.time(result.info().simulatedMs()), List.of(new Panel(null, index, series, List.of())), legend,
                bands, "no spikes"));
    }

    /**
     * One line per recorded neuron of the variable's traces against time, red shades for excitatory
     * and blue shades for inhibitory neurons, legend {@code population[i]} (just the population when
     * it has one neuron). At most {@link #MAX_LINES} lines, taken from each population in turn (the
     * first recorded neurons of each), with the subtitle saying how many of how many; above
     * {@link #MAX_LEGEND_ENTRIES} lines, one colour and one legend entry per population. Lines of
     * two to {@link #MAX_PANELS} populations are in stacked panels, one per population. Membrane
     * potentials have a marker at each population's spike threshold. Empty when no trace of the
     * variable has samples.
     */
    public static Optional<ChartContent> traces(SimulationResult result, RecordedVariable variable) {
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
        Map<String, List<Line>> byPopulation = byPopulation(drawn);
        boolean stacked = stacked(byPopulation.size());
        if (stacked) {
            // Legend and colours in panel order.
            drawn = byPopulation.values().stream().flatMap(List::stream).toList();
        }
        List<Integer> colours = colours(drawn);
        Axis value = Axis.fitted(variable.label(), symbol(variable), variable.unit());
        List<Panel> panels = new ArrayList<>();
        if (stacked) {
            int first = 0;
            for (List<Line> panelLines : byPopulation.values()) {
                Line line = panelLines.get(0);
                panels.add(new Panel(panelTitle(line.populationName(), line.type()), value,
                        traceSeries(panelLines, colours.subList(first, first + panelLines.size())),
                        thresholds(variable, panelLines)));
                first += panelLines.size();
            }
        } else {
            panels.add(new Panel(null, value, traceSeries(drawn, colours), thresholds(variable, drawn)));
        }
        String subtitle = capitalized(variable.label()) + ": " + neuronCount(drawn, all);
        return Optional.of(new ChartContent(Kind.TRACES, result.info().modelName(), subtitle,
                Axis.time(result.info().simulatedMs()), panels, legend(drawn, colours), List.of(), null));
    }

    /** The lines against time, each thinned on its values. */
    private static List<Series> traceSeries(List<Line> lines, List<Integer> colours) {
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < lines.size(); s++) {
            Line line = lines.get(s);
            int[] keep = Decimation.keep(line.x.length, Decimation.BUCKETS, line.y);
            series.add(new Series(line.label(), colours.get(s), Style.LINE, Decimation.select(line.x, keep),
                    Decimation.select(line.y, keep)));
        }
        return series;
    }

    /** The thresholds of the lines' populations when the variable is the membrane potential. */
    private static List<Marker> thresholds(RecordedVariable variable, List<Line> lines) {
        return variable == RecordedVariable.MEMBRANE_POTENTIAL ? thresholds(lines) : List.of();
    }

    /**
     * The U-I plot: membrane potential (mV, y) against input current (nA, x) for every neuron with
     * both a membrane potential and an input current trace, over the sample times the two traces have
     * in common, connected in time order. Colours, legend, line selection and thresholds as in
     * {@link #traces}, always in one panel. Empty when no neuron has both.
     */
    public static Optional<ChartContent> potentialVersusCurrent(SimulationResult result) {
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
        List<Integer> colours = colours(drawn);
        List<int[]> kept = new ArrayList<>();
        int maxSamples = 0;
        for (Line line : drawn) {
            int[] keep = Decimation.keep(line.x.length, Decimation.BUCKETS, line.x, line.y);
            kept.add(keep);
            maxSamples = Math.max(maxSamples, keep.length);
        }
        Style style = maxSamples <= MAX_MARKED_SAMPLES ? Style.LINE_AND_POINTS : Style.LINE;
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < drawn.size(); s++) {
            Line line = drawn.get(s);
            series.add(new Series(line.label(), colours.get(s), style, Decimation.select(line.x, kept.get(s)),
                    Decimation.select(line.y, kept.get(s))));
        }
        RecordedVariable v = RecordedVariable.MEMBRANE_POTENTIAL;
        RecordedVariable i = RecordedVariable.INPUT_CURRENT;
        Panel panel = new Panel(null, Axis.fitted(v.label(), symbol(v), v.unit()), series, thresholds(drawn));
        String subtitle = "Membrane potential against input current: " + neuronCount(drawn, all);
        return Optional.of(new ChartContent(Kind.POTENTIAL_VERSUS_CURRENT, result.info().modelName(), subtitle,
                Axis.fitted(i.label(), symbol(i), i.unit()), List.of(panel), legend(drawn, colours), List.of(), null));
    }

    /**
     * Population rates (Hz) against time as steps over their bins, the last step closed at the end
     * of its bin (or of the run, when that comes first), one line per rate trace, coloured by the
     * population's type and listed by population name (with the recorder when a population has
     * several, and the bin width when widths differ); rates of two to {@link #MAX_PANELS}
     * populations in stacked panels, one per population. Empty when there is no rate bin.
     */
    public static Optional<ChartContent> rate(SimulationResult result) {
        List<RateTrace> traces = result.rates().stream().filter(r -> r.bins() > 0).toList();
        if (traces.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> perPopulation = new LinkedHashMap<>();
        for (RateTrace trace : traces) {
            perPopulation.merge(trace.population(), 1, Integer::sum);
        }
        boolean oneWidth = oneWidth(traces);
        PopulationShades shades = new PopulationShades(result);
        List<RateLine> lines = new ArrayList<>();
        for (RateTrace trace : traces) {
            List<String> details = new ArrayList<>();
            if (perPopulation.get(trace.population()) > 1) {
                details.add(trace.recorder() == null ? "default" : trace.recorder());
            }
            if (!oneWidth) {
                details.add(number(trace.binWidthMs(result.dt())) + " ms bins");
            }
            String label = trace.population() + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
            lines.add(new RateLine(trace, label, shades.next(trace.population()), result));
        }
        return Optional.of(rateChart(result, result.info().simulatedMs(), lines, rateSubtitle(result, traces, "")));
    }

    /**
     * Population rates (Hz) re-binned to {@code binMs} (rounded to whole steps by
     * {@link RateTrace#binSteps}), one line per population, drawn as {@link #rate(SimulationResult)}
     * draws. A population's rate is counted from its spikes, or, when its spikes were not recorded,
     * from its finest recorded rate, whose bins are merged to the multiple of its width nearest to the
     * bin asked for (at least one bin); the subtitle says which. The rate of a bin is its spikes over
     * (size * bin width in s), the last bin's over its real width ({@link SpikeStatistics#rate}).
     * Empty when the run has no step or no population has spikes or a rate.
     *
     * @throws IllegalArgumentException when {@code binMs} is not a positive number
     */
    public static Optional<ChartContent> rate(SimulationResult result, double binMs) {
        List<RateLine> lines = new ArrayList<>();
        List<RateTrace> traces = new ArrayList<>();
        List<String> fromRates = new ArrayList<>();
        PopulationShades shades = new PopulationShades(result);
        for (Map.Entry<PopulationResult, RateTrace> entry : rebinned(result, binMs).entrySet()) {
            PopulationResult p = entry.getKey();
            traces.add(entry.getValue());
            if (!p.spikesRecorded()) {
                fromRates.add(p.name());
            }
            lines.add(new RateLine(entry.getValue(), p.name(), shades.next(p.name()), result));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        if (!oneWidth(traces)) {
            lines.replaceAll(line -> new RateLine(line.trace(),
                    line.label() + " (" + number(line.trace().binWidthMs(result.dt())) + " ms bins)", line.rgb(), result));
        }
        String source;
        if (fromRates.isEmpty()) {
            source = ", from the spikes";
        } else if (fromRates.size() == lines.size()) {
            source = ", from the recorded rates (spikes not recorded)";
        } else {
            source = ", from the spikes; " + String.join(", ", fromRates) + " from the recorded rates";
        }
        return Optional.of(rateChart(result, result.info().simulatedMs(), lines, rateSubtitle(result, traces, source)));
    }

    /**
     * Each population's rate in bins of about {@code binMs} (see {@link #rate(SimulationResult, double)}),
     * in model order; populations without neurons, spikes or rate are left out.
     */
    private static Map<PopulationResult, RateTrace> rebinned(SimulationResult result, double binMs) {
        checkBin(binMs);
        double dt = result.dt();
        long steps = result.info().steps();
        int binSteps = RateTrace.binSteps(binMs, dt);
        Map<PopulationResult, RateTrace> rates = new LinkedHashMap<>();
        if (steps <= 0) {
            return rates;
        }
        int[] countsPerStep = new int[(int) steps];
        for (PopulationResult p : result.populations()) {
            if (p.size() == 0) {
                continue;
            }
            Arrays.fill(countsPerStep, 0);
            int bin = binSteps;
            if (p.spikesRecorded()) {
                for (int step : p.spikes().steps()) {
                    if (step < steps) {
                        countsPerStep[step]++;
                    }
                }
            } else {
                RateTrace finest = result.rates().stream()
                        .filter(r -> r.population().equals(p.name()) && r.bins() > 0)
                        .min(Comparator.comparingInt(RateTrace::binSteps)).orElse(null);
                if (finest == null) {
                    continue;
                }
                // A recorded bin's spikes, rate * size * width, is a whole number up to the rounding of the
                // division that made the rate: put them on the bin's first step and merge whole bins.
                for (int b = 0; b < finest.bins(); b++) {
                    long from = finest.binStartStep(b);
                    long width = Math.min(finest.binSteps(), steps - from);
                    countsPerStep[(int) from] = (int) Math.round(finest.rateHz()[b] * p.size() * width * dt / 1000.0);
                }
                bin = finest.binSteps() * (int) Math.max(1, Math.round((double) binSteps / finest.binSteps()));
            }
            rates.put(p, SpikeStatistics.rate(null, null, p.id(), p.name(), p.size(), countsPerStep, steps, bin, dt));
        }
        return rates;
    }

    /** A rate trace of {@code run} drawn as one line, with its legend label and colour. */
    private record RateLine(RateTrace trace, String label, int rgb, SimulationResult run) {
    }

    /**
     * The rate lines as steps over their bins, the last step closed at the end of its bin (or of the
     * run, when that comes first); lines of two to {@link #MAX_PANELS} populations in stacked panels,
     * one per population. {@code result} gives the title and the populations' types, {@code end} the
     * end of the time axis.
     */
    private static ChartContent rateChart(SimulationResult result, double end, List<RateLine> lines,
            String subtitle) {
        Map<String, List<RateLine>> perPopulation = new LinkedHashMap<>();
        for (RateLine line : lines) {
            perPopulation.computeIfAbsent(line.trace().population(), p -> new ArrayList<>()).add(line);
        }
        boolean stacked = stacked(perPopulation.size());
        if (stacked) {
            // Legend in panel order.
            lines = perPopulation.values().stream().flatMap(List::stream).toList();
        }
        Map<String, List<Series>> seriesByPopulation = new LinkedHashMap<>();
        List<Series> all = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (RateLine line : lines) {
            RateTrace trace = line.trace();
            double dt = line.run().dt();
            double runEnd = line.run().info().simulatedMs();
            String key = line.label();
            for (int n = 2; keys.contains(key); n++) {
                key = line.label() + " #" + n;
            }
            keys.add(key);
            double[] starts = trace.binStartsMs(dt);
            double[] rates = trace.rateHz();
            int bins = rates.length;
            double last = starts[bins - 1] + trace.binWidthMs(dt);
            if (runEnd > starts[bins - 1]) {
                last = Math.min(last, runEnd);
            }
            // One more point closes the last bin's step at its end.
            double[] x = new double[bins + 1];
            double[] y = new double[bins + 1];
            System.arraycopy(starts, 0, x, 0, bins);
            System.arraycopy(rates, 0, y, 0, bins);
            x[bins] = last;
            y[bins] = rates[bins - 1];
            int[] keep = Decimation.keep(x.length, Decimation.BUCKETS, y);
            Series series = new Series(key, line.rgb(), Style.STEPS, Decimation.select(x, keep),
                    Decimation.select(y, keep));
            seriesByPopulation.computeIfAbsent(trace.population(), p -> new ArrayList<>()).add(series);
            all.add(series);
            legend.add(new LegendEntry(key, line.rgb(), Symbol.LINE));
        }
        List<Panel> panels = new ArrayList<>();
        if (stacked) {
            seriesByPopulation.forEach((population, series) -> panels
                    .add(new Panel(panelTitle(population, typeOf(result, population)), RATE, series, List.of())));
        } else {
            panels.add(new Panel(null, RATE, all, List.of()));
        }
        return new ChartContent(Kind.RATE, result.info().modelName(), subtitle, Axis.time(end), panels, legend,
                List.of(), null);
    }

    /** "Population rate, 1 ms bins" (the width when all traces have one) followed by {@code source}. */
    private static String rateSubtitle(SimulationResult result, List<RateTrace> traces, String source) {
        return "Population rate" + (oneWidth(traces) ? ", " + number(traces.get(0).binWidthMs(result.dt())) + " ms bins"
                : "") + source;
    }

    private static boolean oneWidth(List<RateTrace> traces) {
        return traces.stream().mapToInt(RateTrace::binSteps).distinct().count() == 1;
    }

    /**
     * A shade of its type for each population in turn: the first excitatory population red, the next
     * dark red, and so on; the same population always gets the same shade.
     */
    private static final class PopulationShades {
        private final SimulationResult result;
        private final Map<String, Integer> shades = new LinkedHashMap<>();
        private final Map<PopulationType, Integer> used = new TreeMap<>();

        PopulationShades(SimulationResult result) {
            this.result = result;
        }

        int next(String population) {
            return shades.computeIfAbsent(population, p -> nextShade(typeOf(result, p), used));
        }
    }

    /**
     * The inter-spike intervals of each population whose spikes were recorded, as a histogram of
     * intervals (count) against interval length (ms) in bins of {@code binMs} rounded to whole steps
     * by {@link RateTrace#binSteps} (intervals are whole steps, so each falls in one bin exactly): bin
     * k holds the intervals of [k, k + 1) bin widths, from 0 to the longest interval. Intervals are
     * those between consecutive spikes of one neuron ({@link SpikeStatistics#intervalSteps}). One
     * series of bars per population, coloured by type; two to {@link #MAX_PANELS} populations in
     * stacked panels. Bars are never thinned. Empty when no neuron spiked twice.
     *
     * @throws IllegalArgumentException when {@code binMs} is not a positive number
     */
    public static Optional<ChartContent> isiHistogram(SimulationResult result, double binMs) {
        checkBin(binMs);
        double dt = result.dt();
        int binSteps = RateTrace.binSteps(binMs, dt);
        Map<PopulationResult, int[]> intervals = new LinkedHashMap<>();
        long total = 0;
        int longest = 0;
        for (PopulationResult p : result.populations()) {
            if (p.spikesRecorded() && p.size() > 0) {
                int[] isi = SpikeStatistics.intervalSteps(p.spikes(), p.size());
                if (isi.length > 0) {
                    intervals.put(p, isi);
                    total += isi.length;
                    longest = Math.max(longest, Arrays.stream(isi).max().getAsInt());
                }
            }
        }
        if (intervals.isEmpty()) {
            return Optional.empty();
        }
        int bins = longest / binSteps + 1;
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = (long) b * binSteps * dt;
        }
        PopulationShades shades = new PopulationShades(result);
        List<Series> all = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        for (Map.Entry<PopulationResult, int[]> entry : intervals.entrySet()) {
            double[] counts = new double[bins + 1];
            for (int isi : entry.getValue()) {
                counts[isi / binSteps]++;
            }
            counts[bins] = counts[bins - 1];
            String name = entry.getKey().name();
            int rgb = shades.next(name);
            all.add(new Series(name, rgb, Style.BARS, edges.clone(), counts));
            legend.add(new LegendEntry(name, rgb, Symbol.BOX));
        }
        Axis count = new Axis("intervals", "n", null, Double.NaN, Double.NaN, true, true);
        List<Panel> panels = new ArrayList<>();
        if (stacked(all.size())) {
            for (Series series : all) {
                panels.add(new Panel(panelTitle(series.key(), typeOf(result, series.key())), count, List.of(series),
                        List.of()));
            }
        } else {
            panels.add(new Panel(null, count, all, List.of()));
        }
        String subtitle = "Inter-spike intervals, " + number(binSteps * dt) + " ms bins: " + count(total)
                + (total == 1 ? " interval" : " intervals");
        return Optional.of(new ChartContent(Kind.HISTOGRAM, result.info().modelName(), subtitle,
                new Axis("inter-spike interval", "ISI", "ms", 0, edges[bins], false, false), panels, legend,
                List.of(), null));
    }

    /**
     * The rates of two runs of one model overlaid: per population the rate of each run re-binned as
     * {@link #rate(SimulationResult, double)} does, labelled {@code E (labelA)} and {@code E (labelB)},
     * run A in the population's shade and run B in the next shade of its type; two to
     * {@link #MAX_PANELS} populations in stacked panels. Each run keeps its own dt and duration; the
     * time axis spans the longer. Titled with run A's model name. Empty when neither run has a rate.
     *
     * @throws IllegalArgumentException when the runs are of different models (network id, or the ids of
     *                                  the populations in order) or {@code binMs} is not positive
     */
    public static Optional<ChartContent> compareRates(SimulationResult a, String labelA, SimulationResult b,
            String labelB, double binMs) {
        requireSameModel(a, labelA, b, labelB);
        List<Run> runs = List.of(new Run(a, labelA), new Run(b, labelB));
        List<Map<PopulationResult, RateTrace>> rates = runs.stream().map(r -> rebinned(r.result(), binMs)).toList();
        Map<PopulationType, Integer> used = new TreeMap<>();
        List<RateLine> lines = new ArrayList<>();
        List<RateTrace> traces = new ArrayList<>();
        Set<String> fromRates = new LinkedHashSet<>();
        for (int p = 0; p < a.populations().size(); p++) {
            // Lines named by run A's population, so that both runs' lines share its panel.
            PopulationResult named = a.populations().get(p);
            for (int r = 0; r < runs.size(); r++) {
                Run run = runs.get(r);
                PopulationResult population = run.result().populations().get(p);
                int rgb = nextShade(named.type(), used);
                RateTrace trace = rates.get(r).get(population);
                if (trace == null) {
                    continue;
                }
                trace = new RateTrace(null, null, named.id(), named.name(), trace.binSteps(), trace.rateHz());
                traces.add(trace);
                lines.add(new RateLine(trace, named.name() + " (" + run.label() + ")", rgb, run.result()));
                if (!population.spikesRecorded()) {
                    fromRates.add(named.name());
                }
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String source = ": " + labelA + " and " + labelB
                + (fromRates.isEmpty() ? "" : "; " + String.join(", ", fromRates) + " from the recorded rates");
        return Optional.of(rateChart(a, Math.max(a.info().simulatedMs(), b.info().simulatedMs()), lines,
                rateSubtitle(a, traces, source)));
    }

    /**
     * One neuron's trace of {@code variable} in two runs of one model overlaid, labelled
     * {@code E[3] (labelA)} and {@code E[3] (labelB)}, in the first two shades of the population's
     * type, with the spike threshold of each run when the variable is the membrane potential (one
     * marker when the runs share it). Each run keeps its own sample times. Empty when neither run
     * recorded the neuron's variable; the subtitle names a run that did not.
     *
     * @param populationId the population's id (its name for a result without ids)
     * @throws IllegalArgumentException when the runs are of different models or the model has no such
     *                                  population
     */
    public static Optional<ChartContent> compareTraces(SimulationResult a, String labelA, SimulationResult b,
            String labelB, RecordedVariable variable, String populationId, int neuron) {
        requireSameModel(a, labelA, b, labelB);
        int index = -1;
        for (int p = 0; p < a.populations().size(); p++) {
            if (populationId.equals(key(a.populations().get(p).id(), a.populations().get(p).name()))) {
                index = p;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("the model of " + labelA + " has no population with id '"
                    + populationId + "'");
        }
        List<Series> series = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        Map<Double, List<String>> thresholds = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        String name = a.populations().get(index).name() + "[" + neuron + "]";
        Map<PopulationType, Integer> used = new TreeMap<>();
        for (Run run : List.of(new Run(a, labelA), new Run(b, labelB))) {
            SimulationResult result = run.result();
            String label = run.label();
            PopulationResult population = result.populations().get(index);
            int rgb = nextShade(population.type(), used);
            double[][] samples = samples(result, population, variable, neuron);
            if (samples == null) {
                missing.add(label);
                continue;
            }
            int[] keep = Decimation.keep(samples[0].length, Decimation.BUCKETS, samples[1]);
            String key = name + " (" + label + ")";
            series.add(new Series(key, rgb, Style.LINE, Decimation.select(samples[0], keep),
                    Decimation.select(samples[1], keep)));
            legend.add(new LegendEntry(key, rgb, Symbol.LINE));
            if (variable == RecordedVariable.MEMBRANE_POTENTIAL && Double.isFinite(population.spikeThresholdMv())) {
                thresholds.computeIfAbsent(population.spikeThresholdMv(), t -> new ArrayList<>()).add(label);
            }
        }
        if (series.isEmpty()) {
            return Optional.empty();
        }
        List<Marker> markers = new ArrayList<>();
        thresholds.forEach((value, labels) -> markers.add(new Marker(value, "threshold"
                + (thresholds.size() > 1 ? " " + String.join(", ", labels) : "") + " (" + number(value) + " mV)")));
        String subtitle = capitalized(variable.label()) + " of " + name + ": " + labelA + " and " + labelB
                + (missing.isEmpty() ? "" : " (not recorded in " + String.join(", ", missing) + ")");
        Panel panel = new Panel(null, Axis.fitted(variable.label(), symbol(variable), variable.unit()), series,
                markers);
        return Optional.of(new ChartContent(Kind.TRACES, a.info().modelName(), subtitle,
                Axis.time(Math.max(a.info().simulatedMs(), b.info().simulatedMs())), List.of(panel), legend,
                List.of(), null));
    }

    /** One of two runs compared, and how the chart names it. */
    private record Run(SimulationResult result, String label) {
    }

    /** {times in ms, values} of a neuron's recorded variable, or null when it was not recorded. */
    private static double[][] samples(SimulationResult result, PopulationResult population, RecordedVariable variable,
            int neuron) {
        for (StateTrace trace : result.states()) {
            boolean ofPopulation = trace.populationId() != null ? trace.populationId().equals(population.id())
                    : trace.population().equals(population.name());
            if (trace.variable() != variable || !ofPopulation) {
                continue;
            }
            for (int k = 0; k < Math.min(trace.neurons().length, trace.values().length); k++) {
                if (trace.neurons()[k] == neuron) {
                    double[] values = trace.values()[k];
                    double[] times = trace.timesMs(result.dt());
                    int n = Math.min(times.length, values.length);
                    return new double[][] { Arrays.copyOf(times, n), Arrays.copyOf(values, n) };
                }
            }
        }
        return null;
    }

    /**
     * Refuses two runs of different models: their network ids, or the ids of their populations in
     * order, differ (names stand in for ids a result does not have).
     */
    private static void requireSameModel(SimulationResult a, String labelA, SimulationResult b, String labelB) {
        String modelA = key(a.info().modelId(), a.info().modelName());
        String modelB = key(b.info().modelId(), b.info().modelName());
        if (!modelA.equals(modelB)) {
            throw new IllegalArgumentException(labelA + " and " + labelB + " are runs of different models: network '"
                    + modelA + "' and network '" + modelB + "'");
        }
        List<String> populationsA = a.populations().stream().map(p -> key(p.id(), p.name())).toList();
        List<String> populationsB = b.populations().stream().map(p -> key(p.id(), p.name())).toList();
        if (!populationsA.equals(populationsB)) {
            throw new IllegalArgumentException(labelA + " and " + labelB + " are runs of different versions of network '"
                    + modelA + "': populations " + populationsA + " and " + populationsB);
        }
    }

    /** An element's id, or its name when it has none (a result written before ids). */
    private static String key(String id, String name) {
        return id != null ? id : name;
    }

    /** The statistics table of the result: a row per population, in model order. */
    public static List<StatisticsRow> statistics(SimulationResult result) {
        return result.populations().stream().map(StatisticsRow::of).toList();
    }

    private static void checkBin(double binMs) {
        if (!(binMs > 0) || Double.isInfinite(binMs)) {
            throw new IllegalArgumentException("the bin width must be a positive number of ms, is " + binMs);
        }
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

    /**
     * The colour of each line: a shade of its type per line when there are at most
     * {@link #MAX_LEGEND_ENTRIES}, else a shade of its type per population.
     */
    private static List<Integer> colours(List<Line> lines) {
        List<Integer> colours = new ArrayList<>();
        Map<PopulationType, Integer> shadesUsed = new TreeMap<>();
        Map<String, Integer> populationColour = new LinkedHashMap<>();
        for (Line line : lines) {
            colours.add(lines.size() <= MAX_LEGEND_ENTRIES ? nextShade(line.type(), shadesUsed)
                    : populationColour.computeIfAbsent(line.populationName(),
                            p -> nextShade(line.type(), shadesUsed)));
        }
        return colours;
    }

    /**
     * The legend of lines coloured by {@link #colours}: an entry per line when there are at most
     * {@link #MAX_LEGEND_ENTRIES}, else an entry per population with its number of lines.
     */
    private static List<LegendEntry> legend(List<Line> lines, List<Integer> colours) {
        List<LegendEntry> legend = new ArrayList<>();
        if (lines.size() <= MAX_LEGEND_ENTRIES) {
            for (int s = 0; s < lines.size(); s++) {
                legend.add(new LegendEntry(lines.get(s).label(), colours.get(s), Symbol.LINE));
            }
            return legend;
        }
        Map<String, Integer> populationColour = new LinkedHashMap<>();
        Map<String, Integer> populationLines = new LinkedHashMap<>();
        for (int s = 0; s < lines.size(); s++) {
            populationColour.putIfAbsent(lines.get(s).populationName(), colours.get(s));
            populationLines.merge(lines.get(s).populationName(), 1, Integer::sum);
        }
        populationColour.forEach((population, rgb) -> {
            int n = populationLines.get(population);
            legend.add(new LegendEntry(population + " (" + n + (n == 1 ? " neuron)" : " neurons)"), rgb, Symbol.LINE));
        });
        return legend;
    }

    private static int nextShade(PopulationType type, Map<PopulationType, Integer> used) {
        if (type == null) {
            return Palette.UNKNOWN;
        }
        int index = used.merge(type, 1, Integer::sum) - 1;
        return Palette.shade(type, index);
    }

    /**
     * A marker at each distinct spike threshold of the lines' populations, lowest first, labelled
     * "threshold (-50 mV)", with the populations' names when there are several thresholds.
     */
    private static List<Marker> thresholds(List<Line> lines) {
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
        List<Marker> markers = new ArrayList<>();
        thresholds.forEach((value, names) -> markers.add(new Marker(value, "threshold"
                + (thresholds.size() > 1 ? " " + String.join(", ", names) : "") + " (" + number(value) + " mV)")));
        return markers;
    }

    /** The usual symbol of a variable: {@code V}, {@code I_in}, {@code I_syn}. */
    private static String symbol(RecordedVariable variable) {
        return switch (variable) {
        case MEMBRANE_POTENTIAL -> "V";
        case INPUT_CURRENT -> "I_in";
        case SYNAPTIC_CURRENT -> "I_syn";
        };
    }

    /** Whether lines of this many populations are in stacked panels. */
    private static boolean stacked(int populations) {
        return populations > 1 && populations <= MAX_PANELS;
    }

    /** "E (excitatory)", or just the name when the type is not known. */
    private static String panelTitle(String population, PopulationType type) {
        return type == null ? population : population + " (" + type.key() + ")";
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
            subtitle.append(" (run stopped at ").append(number(result.info().simulatedMs())).append(" of ")
                    .append(number(result.info().requestedDurationMs())).append(" ms)");
        }
    }

    /** {@code 12,345} whatever the default locale. */
    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Six significant digits: a bin width of 0.1 + 0.2 ms reads 0.3, not 0.30000000000000004. */
    private static String number(double value) {
        return Quantities.significant(value, 6);
    }
}
