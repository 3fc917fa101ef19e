// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikestudio.charts.ChartContent.Band;
import org.spikestudio.charts.ChartContent.Kind;
import org.spikestudio.charts.ChartContent.LegendEntry;
import org.spikestudio.charts.ChartContent.Marker;
import org.spikestudio.charts.ChartContent.Panel;
import org.spikestudio.charts.ChartContent.Series;
import org.spikestudio.charts.ChartContent.Style;
import org.spikestudio.charts.ChartContent.Symbol;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.PopulationStatistics;
import org.spikestudio.results.PopulationType;
import org.spikestudio.results.ProjectionSummary;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.RecordedVariable;
import org.spikestudio.results.RunInfo;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.SpikeTrains;
import org.spikestudio.results.StateTrace;

/**
 * What the charts show, without drawing: line selection, legends, panels, U-I pairs, rate steps,
 * raster bands and colours. Expected colours are written out as the reference plots' hex values
 * (matplotlib tab:red 0xd62728, tab:blue 0x1f77b4), not read from {@link Palette}.
 */
class ResultChartContentTest {

    private static final double DT = 0.1;
    private static final PopulationType E = PopulationType.EXCITATORY;
    private static final PopulationType I = PopulationType.INHIBITORY;
    private static final RecordedVariable V = RecordedVariable.MEMBRANE_POTENTIAL;

    @Test
    void twentyLinesAreTakenInTurnFromEachPopulationAndTheLegendCollapses() {
        // 25 excitatory and 5 inhibitory traces: in turns of one each, I runs out after 5, E fills up to 20.
        SimulationResult result = result(List.of(population("E", E, 25, -50), population("I", I, 5, -55)),
                List.of(trace("E", V, 25, 3), trace("I", V, 5, 3)), List.of());
        ChartContent chart = ResultChartContent.traces(result, V).orElseThrow();

        assertEquals(Kind.TRACES, chart.kind());
        assertEquals("Membrane potential: 20 of 30 recorded neurons (first 15 of 25 in E, all 5 in I)",
                chart.subtitle());
        assertEquals(2, chart.panels().size());
        assertEquals(List.of("E[0]", "E[14]"), List.of(chart.panels().get(0).series().get(0).key(),
                chart.panels().get(0).series().get(14).key()));
        assertEquals(15, chart.panels().get(0).series().size());
        assertEquals(5, chart.panels().get(1).series().size());
        // Above 10 lines: one colour and one legend entry per population.
        assertEquals(List.of(new LegendEntry("E (15 neurons)", 0xd62728, Symbol.LINE),
                new LegendEntry("I (5 neurons)", 0x1f77b4, Symbol.LINE)), chart.legend());
        assertTrue(chart.panels().get(0).series().stream().allMatch(s -> s.rgb() == 0xd62728));
        assertTrue(chart.panels().get(1).series().stream().allMatch(s -> s.rgb() == 0x1f77b4));
    }

    @Test
    void fewLinesHaveAnEntryAndAShadeEach() {
        SimulationResult result = result(List.of(population("E", E, 3, -50), population("solo", I, 1, -50)),
                List.of(trace("E", V, 3, 2), trace("solo", V, 1, 2)), List.of());
        ChartContent chart = ResultChartContent.traces(result, V).orElseThrow();

        assertEquals("Membrane potential: 4 neurons", chart.subtitle());
        // Shades of red in turn for E, the first blue for the one inhibitory neuron, named by its population.
        assertEquals(List.of(new LegendEntry("E[0]", 0xd62728, Symbol.LINE),
                new LegendEntry("E[1]", 0x8b0000, Symbol.LINE), new LegendEntry("E[2]", 0xff7f50, Symbol.LINE),
                new LegendEntry("solo", 0x1f77b4, Symbol.LINE)), chart.legend());
    }

    @Test
    void onePanelPerPopulationFromTwoToFour() {
        for (int populations = 1; populations <= 5; populations++) {
            List<PopulationResult> pops = new ArrayList<>();
            List<StateTrace> traces = new ArrayList<>();
            for (int p = 0; p < populations; p++) {
                pops.add(population("P" + p, p % 2 == 0 ? E : I, 1, -50));
                traces.add(trace("P" + p, V, 1, 2));
            }
            ChartContent chart = ResultChartContent.traces(result(pops, traces, List.of()), V).orElseThrow();
            int expected = populations >= 2 && populations <= 4 ? populations : 1;
            assertEquals(expected, chart.panels().size(), populations + " populations");
            if (expected == 1) {
                assertNull(chart.panels().get(0).title());
                assertFalse(chart.stacked());
            } else {
                assertEquals("P0 (excitatory)", chart.panels().get(0).title());
                assertEquals("P1 (inhibitory)", chart.panels().get(1).title());
            }
        }
    }

    @Test
    void potentialHasThresholdMarkersAndUnitsCurrentHasNone() {
        SimulationResult result = result(List.of(population("E", E, 1, -50), population("I", I, 1, -55)),
                List.of(trace("E", V, 1, 2), trace("I", V, 1, 2),
                        trace("E", RecordedVariable.INPUT_CURRENT, 1, 2)),
                List.of());
        ChartContent potential = ResultChartContent.traces(result, V).orElseThrow();
        assertEquals(List.of(new Marker(-50, "threshold (-50 mV)")), potential.panels().get(0).markers());
        assertEquals(List.of(new Marker(-55, "threshold (-55 mV)")), potential.panels().get(1).markers());
        assertEquals("membrane potential (mV)", potential.panels().get(0).yAxis().label());
        assertEquals("V (mV)", potential.panels().get(0).yAxis().shortLabel());
        assertEquals("time (ms)", potential.xAxis().label());
        assertEquals(0, potential.xAxis().from());
        assertEquals(0.2, potential.xAxis().to());

        ChartContent current = ResultChartContent.traces(result, RecordedVariable.INPUT_CURRENT).orElseThrow();
        assertTrue(current.panels().get(0).markers().isEmpty());
        assertEquals("input current (nA)", current.panels().get(0).yAxis().label());
        assertTrue(ResultChartContent.traces(result, RecordedVariable.SYNAPTIC_CURRENT).isEmpty());
    }

    @Test
    void uiPairsOnlyTheSampleTimesBothTracesHave() {
        // V every step 0..4, I at steps 0, 2, 4, 6: pairs at steps 0, 2, 4.
        StateTrace v = new StateTrace(null, "v", null, "E", V, new int[] { 0 }, new int[] { 0, 1, 2, 3, 4 },
                new double[][] { { -65, -64, -63, -62, -61 } });
        StateTrace i = new StateTrace(null, "i", null, "E", RecordedVariable.INPUT_CURRENT, new int[] { 0 },
                new int[] { 0, 2, 4, 6 }, new double[][] { { 0.0, 0.2, 0.4, 0.6 } });
        SimulationResult result = result(List.of(population("E", E, 1, -50)), List.of(v, i), List.of());
        ChartContent chart = ResultChartContent.potentialVersusCurrent(result).orElseThrow();

        assertEquals(Kind.POTENTIAL_VERSUS_CURRENT, chart.kind());
        assertEquals("input current (nA)", chart.xAxis().label());
        assertFalse(chart.xAxis().fixed());
        Series pair = chart.panels().get(0).series().get(0);
        assertArrayEquals(new double[] { 0.0, 0.2, 0.4 }, pair.x());
        assertArrayEquals(new double[] { -65, -63, -61 }, pair.y());
        // Three samples: each is marked.
        assertEquals(Style.LINE_AND_POINTS, pair.style());
        assertEquals(List.of(new Marker(-50, "threshold (-50 mV)")), chart.panels().get(0).markers());

        SimulationResult potentialOnly = result(List.of(population("E", E, 1, -50)), List.of(v), List.of());
        assertTrue(ResultChartContent.potentialVersusCurrent(potentialOnly).isEmpty());
    }

    @Test
    void rateStepsAreClosedAtTheEndOfTheRun() {
        // Bins of 1 ms (10 steps); the run ended 0.5 ms into the third bin.
        RateTrace rate = new RateTrace(null, null, null, "E", 10, new double[] { 10, 20, 40 });
        SimulationResult result = new SimulationResult(info(2.5), List.of(population("E", E, 1, -50)),
                List.<ProjectionSummary>of(), List.of(), List.of(rate));
        ChartContent chart = ResultChartContent.rate(result).orElseThrow();

        assertEquals("Population rate, 1 ms bins", chart.subtitle());
        Series steps = chart.panels().get(0).series().get(0);
        assertEquals(Style.STEPS, steps.style());
        assertArrayEquals(new double[] { 0, 1, 2, 2.5 }, steps.x());
        assertArrayEquals(new double[] { 10, 20, 40, 40 }, steps.y());
        assertEquals(0xd62728, steps.rgb());
        assertTrue(chart.panels().get(0).yAxis().fromZero());
        assertEquals("population rate (Hz)", chart.panels().get(0).yAxis().label());
    }

    @Test
    void rateIsRebinnedFromHandCountedSpikes() {
        // 25 steps of 0.1 ms (2.5 ms); E: 2 neurons, spikes in steps 0, 3, 9 | 10, 12 | 24.
        // 1 ms bins (10 steps): 3 / (2 * 1 ms) = 1500 Hz, 2 / (2 * 1 ms) = 1000 Hz, and the last bin is 0.5 ms
        // long: 1 / (2 * 0.5 ms) = 1000 Hz.
        SpikeTrains spikes = new SpikeTrains(new int[] { 0, 3, 9, 10, 12, 24 }, new int[] { 0, 1, 0, 1, 0, 1 });
        SimulationResult result = new SimulationResult(info(2.5), List.of(population("E", E, 2, spikes)),
                List.<ProjectionSummary>of(), List.of(), List.of());
        ChartContent chart = ResultChartContent.rate(result, 1).orElseThrow();
        assertEquals(Kind.RATE, chart.kind());
        assertEquals("Population rate, 1 ms bins, from the spikes", chart.subtitle());
        Series e = chart.panels().get(0).series().get(0);
        assertEquals("E", e.key());
        assertEquals(Style.STEPS, e.style());
        // Tolerance: a count over size * steps * dt / 1000 is a few roundings away from the exact rate.
        assertArrayEquals(new double[] { 0, 1, 2, 2.5 }, e.x(), 1e-12);
        assertArrayEquals(new double[] { 1500, 1000, 1000, 1000 }, e.y(), 1e-9);

        // 0.96 ms is not a whole number of steps: 9.6 steps round to 10, the same bins.
        assertArrayEquals(e.y(), ResultChartContent.rate(result, 0.96).orElseThrow().panels().get(0).series().get(0).y(),
                1e-9);
        // 0.5 ms bins: 2, 1, 2, 0, 1 spikes over 2 * 0.5 ms.
        Series half = ResultChartContent.rate(result, 0.5).orElseThrow().panels().get(0).series().get(0);
        assertArrayEquals(new double[] { 2000, 1000, 2000, 0, 1000, 1000 }, half.y(), 1e-9);
        assertEquals("Population rate, 0.5 ms bins, from the spikes",
                ResultChartContent.rate(result, 0.5).orElseThrow().subtitle());
    }

    @Test
    void rateOfAPopulationWithoutSpikesIsMergedFromItsRecordedRate() {
        // E as above (1500, 1000, 1000 Hz in 1 ms bins). I: 4 neurons, spikes not recorded, a rate recorded in
        // 0.5 ms bins of 1, 0, 2, 4, 1 spikes (500 Hz per spike). Merged into 1 ms bins: 1 / (4 * 1 ms) =
        // 250 Hz, 6 / (4 * 1 ms) = 1500 Hz, and the last 0.5 ms: 1 / (4 * 0.5 ms) = 500 Hz.
        SpikeTrains spikes = new SpikeTrains(new int[] { 0, 3, 9, 10, 12, 24 }, new int[] { 0, 1, 0, 1, 0, 1 });
        RateTrace recorded = new RateTrace(null, "r", null, "I", 5, new double[] { 500, 0, 1000, 2000, 500 });
        RateTrace coarse = new RateTrace(null, "coarse", null, "I", 25, new double[] { 800 });
        SimulationResult result = new SimulationResult(info(2.5),
                List.of(population("E", E, 2, spikes), population("I", I, 4, null)), List.<ProjectionSummary>of(),
                List.of(), List.of(coarse, recorded));
        ChartContent chart = ResultChartContent.rate(result, 1).orElseThrow();
        assertEquals("Population rate, 1 ms bins, from the spikes; I from the recorded rates", chart.subtitle());
        assertEquals(2, chart.panels().size());
        Series i = chart.panels().get(1).series().get(0);
        assertEquals("I", i.key());
        assertEquals(0x1f77b4, i.rgb());
        assertEquals(0xd62728, chart.panels().get(0).series().get(0).rgb());
        assertArrayEquals(new double[] { 0, 1, 2, 2.5 }, i.x(), 1e-12);
        assertArrayEquals(new double[] { 250, 1500, 500, 500 }, i.y(), 1e-9);

        // 0.3 ms: E in 3-step bins; I's recorded bins cannot be split, so I keeps its 0.5 ms bins.
        ChartContent fine = ResultChartContent.rate(result, 0.3).orElseThrow();
        assertEquals("Population rate, from the spikes; I from the recorded rates", fine.subtitle());
        assertEquals(List.of("E (0.3 ms bins)", "I (0.5 ms bins)"),
                fine.legend().stream().map(LegendEntry::label).toList());
        assertArrayEquals(new double[] { 500, 0, 1000, 2000, 500, 500 }, fine.panels().get(1).series().get(0).y(),
                1e-9);
    }

    @Test
    void aRateBinMustBePositive() {
        SimulationResult result = result(List.of(population("E", E, 1, -50)), List.of(), List.of());
        for (double bin : new double[] { 0, -1, Double.NaN, Double.POSITIVE_INFINITY }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ResultChartContent.rate(result, bin));
            assertTrue(e.getMessage().contains("bin width"), e.getMessage());
        }
    }

    @Test
    void isiHistogramByHand() {
        // E: neuron 0 spikes in steps 0, 10, 30 (intervals 10, 20), neuron 1 in 5, 7, 27 (intervals 2, 20).
        // I: one neuron, steps 0 and 40 (interval 40). "one": a single spike, no interval. "off": not recorded.
        // 1 ms bins (10 steps) up to the longest interval (40 steps, bin 4): E 1, 1, 2, 0, 0; I 0, 0, 0, 0, 1.
        SpikeTrains e = new SpikeTrains(new int[] { 0, 5, 7, 10, 27, 30 }, new int[] { 0, 1, 1, 0, 1, 0 });
        SpikeTrains i = new SpikeTrains(new int[] { 0, 40 }, new int[] { 0, 0 });
        SpikeTrains one = new SpikeTrains(new int[] { 3 }, new int[] { 0 });
        SimulationResult result = result(List.of(population("E", E, 2, e), population("one", E, 1, one),
                population("off", E, 3, null), population("I", I, 1, i)), List.of(), List.of());
        ChartContent chart = ResultChartContent.isiHistogram(result, 1).orElseThrow();

        assertEquals(Kind.HISTOGRAM, chart.kind());
        assertEquals("Inter-spike intervals, 1 ms bins: 5 intervals", chart.subtitle());
        assertEquals("inter-spike interval (ms)", chart.xAxis().label());
        assertEquals(0, chart.xAxis().from());
        assertEquals(5, chart.xAxis().to(), 1e-12);
        assertEquals(List.of("E (excitatory)", "I (inhibitory)"), chart.panels().stream().map(Panel::title).toList());
        Series bars = chart.panels().get(0).series().get(0);
        assertEquals(Style.BARS, bars.style());
        assertEquals(0xd62728, bars.rgb());
        // Bar edges are k * 10 steps * 0.1 ms: one rounding each.
        assertArrayEquals(new double[] { 0, 1, 2, 3, 4, 5 }, bars.x(), 1e-12);
        assertArrayEquals(new double[] { 1, 1, 2, 0, 0, 0 }, bars.y());
        assertArrayEquals(new double[] { 0, 0, 0, 0, 1, 1 }, chart.panels().get(1).series().get(0).y());
        assertEquals("intervals", chart.panels().get(0).yAxis().label());
        assertTrue(chart.panels().get(0).yAxis().integers());
        assertEquals(List.of(new LegendEntry("E", 0xd62728, Symbol.BOX), new LegendEntry("I", 0x1f77b4, Symbol.BOX)),
                chart.legend());

        // 0.5 ms bins (5 steps), E alone: intervals 2 | - | 10 | - | 20, 20.
        SimulationResult onlyE = result(List.of(population("E", E, 2, e)), List.of(), List.of());
        ChartContent fine = ResultChartContent.isiHistogram(onlyE, 0.5).orElseThrow();
        assertEquals(1, fine.panels().size());
        assertArrayEquals(new double[] { 1, 0, 1, 0, 2, 2 }, fine.panels().get(0).series().get(0).y());
        assertArrayEquals(new double[] { 0, 0.5, 1, 1.5, 2, 2.5 }, fine.panels().get(0).series().get(0).x(), 1e-12);

        SimulationResult noInterval = result(List.of(population("one", E, 1, one)), List.of(), List.of());
        assertTrue(ResultChartContent.isiHistogram(noInterval, 1).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ResultChartContent.isiHistogram(result, 0));
    }

    @Test
    void statisticsAreThePopulationsFiguresInModelOrderFormattedAsTheCommandLine() {
        PopulationResult e = new PopulationResult("pE", "E", E, 12000, "LIF", -50, null,
                new PopulationStatistics(1234567, 7.5, 0.25, 10));
        PopulationResult i = new PopulationResult(null, "I", I, 3, "LIF", -50, null,
                new PopulationStatistics(0, 0, Double.NaN, 0));
        List<StatisticsRow> rows = ResultChartContent.statistics(result(List.of(e, i), List.of(), List.of()));
        assertEquals(List.of(new StatisticsRow("pE", "E", E, 12000, 1234567, 7.5, 0.25, 10),
                new StatisticsRow(null, "I", I, 3, 0, 0, Double.NaN, 0)), rows);
        assertEquals(List.of("population", "type", "size", "spikes", "rate (Hz)", "CV ISI"), StatisticsRow.COLUMNS);
        assertEquals(List.of("E", "excitatory", "12,000", "1,234,567", "7.50", "0.250"), rows.get(0).cells());
        assertEquals(List.of("I", "inhibitory", "3", "0", "0.00", "-"), rows.get(1).cells());
    }

    @Test
    void compareRatesOverlaysTwoRunsOfOneModelByHand() {
        // Run A, 2.5 ms: E (2 neurons) spikes in steps 0, 3, 9 | 10, 12 | 24 -> 1500, 1000, 1000 Hz in 1 ms bins
        // (the last bin 0.5 ms); I (1 neuron) silent -> 0, 0, 0.
        // Run B, 3 ms: E in steps 1 | 11 | 21 -> 1 / (2 * 1 ms) = 500 Hz each; I in step 5 -> 1 / (1 * 1 ms) = 1000,
        // then 0, 0.
        SimulationResult a = run("net", 2.5, "pE", new SpikeTrains(new int[] { 0, 3, 9, 10, 12, 24 },
                new int[] { 0, 1, 0, 1, 0, 1 }), "pI", new SpikeTrains(new int[0], new int[0]), List.of());
        SimulationResult b = run("net", 3, "pE", new SpikeTrains(new int[] { 1, 11, 21 }, new int[] { 0, 1, 0 }), "pI",
                new SpikeTrains(new int[] { 5 }, new int[] { 0 }), List.of());
        ChartContent chart = ResultChartContent.compareRates(a, "before", b, "after", 1).orElseThrow();

        assertEquals(Kind.RATE, chart.kind());
        assertEquals("Population rate, 1 ms bins: before and after", chart.subtitle());
        assertEquals(3, chart.xAxis().to(), 0.0, "the longer run");
        Panel e = chart.panels().get(0);
        assertEquals(List.of("E (before)", "E (after)"), e.series().stream().map(Series::key).toList());
        // Run A in the type's first shade, run B in the next (tab:red, dark red; tab:blue, navy).
        assertEquals(List.of(0xd62728, 0x8b0000), e.series().stream().map(Series::rgb).toList());
        // Tolerances: a count over size * steps * dt / 1000, a few roundings.
        assertArrayEquals(new double[] { 0, 1, 2, 2.5 }, e.series().get(0).x(), 1e-12);
        assertArrayEquals(new double[] { 1500, 1000, 1000, 1000 }, e.series().get(0).y(), 1e-9);
        assertArrayEquals(new double[] { 0, 1, 2, 3 }, e.series().get(1).x(), 1e-12);
        assertArrayEquals(new double[] { 500, 500, 500, 500 }, e.series().get(1).y(), 1e-9);
        Panel i = chart.panels().get(1);
        assertEquals(List.of(0x1f77b4, 0x000080), i.series().stream().map(Series::rgb).toList());
        assertArrayEquals(new double[] { 0, 0, 0, 0 }, i.series().get(0).y(), 0.0);
        assertArrayEquals(new double[] { 1000, 0, 0, 0 }, i.series().get(1).y(), 1e-9);

        SimulationResult otherNetwork = run("other", 2.5, "pE", null, "pI", null, List.of());
        IllegalArgumentException e1 = assertThrows(IllegalArgumentException.class,
                () -> ResultChartContent.compareRates(a, "before", otherNetwork, "after", 1));
        assertEquals("before and after are runs of different models: network 'net' and network 'other'",
                e1.getMessage());
        SimulationResult otherPopulations = run("net", 2.5, "pE", null, "pX", null, List.of());
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> ResultChartContent.compareRates(a, "before", otherPopulations, "after", 1));
        assertEquals("before and after are runs of different versions of network 'net': populations [pE, pI] and"
                + " [pE, pX]", e2.getMessage());
    }

    @Test
    void compareTracesOverlaysOneNeuronOfTwoRuns() {
        StateTrace va = new StateTrace(null, "v", "pE", "E", V, new int[] { 1 }, new int[] { 0, 1, 2 },
                new double[][] { { -65, -60, -55 } });
        StateTrace vb = new StateTrace(null, "v", "pE", "E", V, new int[] { 0, 1 }, new int[] { 0, 2 },
                new double[][] { { -71, -69 }, { -70, -50 } });
        SimulationResult a = run("net", 0.3, "pE", null, "pI", null, List.of(va));
        SimulationResult b = run("net", 0.3, "pE", null, "pI", null, List.of(vb));
        // The threshold was raised in run B: two markers, each naming its run.
        b = new SimulationResult(b.info(), List.of(withThreshold(b.populations().get(0), -45), b.populations().get(1)),
                List.of(), b.states(), List.of());
        ChartContent chart = ResultChartContent.compareTraces(a, "before", b, "after", V, "pE", 1).orElseThrow();

        assertEquals(Kind.TRACES, chart.kind());
        assertEquals("Membrane potential of E[1]: before and after", chart.subtitle());
        Panel panel = chart.panels().get(0);
        assertEquals(List.of("E[1] (before)", "E[1] (after)"), panel.series().stream().map(Series::key).toList());
        assertEquals(List.of(0xd62728, 0x8b0000), panel.series().stream().map(Series::rgb).toList());
        assertArrayEquals(new double[] { 0, 0.1, 0.2 }, panel.series().get(0).x(), 1e-12);
        assertArrayEquals(new double[] { -65, -60, -55 }, panel.series().get(0).y(), 0.0);
        assertArrayEquals(new double[] { 0, 0.2 }, panel.series().get(1).x(), 1e-12);
        assertArrayEquals(new double[] { -70, -50 }, panel.series().get(1).y(), 0.0);
        assertEquals(List.of(new Marker(-50, "threshold before (-50 mV)"), new Marker(-45, "threshold after (-45 mV)")),
                panel.markers());

        ChartContent onlyB = ResultChartContent.compareTraces(a, "before", b, "after", V, "pE", 0).orElseThrow();
        assertEquals("Membrane potential of E[0]: before and after (not recorded in before)", onlyB.subtitle());
        assertEquals(List.of("E[0] (after)"), onlyB.panels().get(0).series().stream().map(Series::key).toList());
        assertTrue(ResultChartContent.compareTraces(a, "before", b, "after", V, "pE", 5).isEmpty());
        assertTrue(ResultChartContent.compareTraces(a, "before", b, "after", V, "pI", 0).isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> ResultChartContent.compareTraces(a, "before", a, "again", V, "nope", 0));
    }

    /** A run of network {@code network}: E (2 neurons, id {@code idE}) and I (1 neuron, id {@code idI}), dt 0.1 ms. */
    private static SimulationResult run(String network, double ms, String idE, SpikeTrains e, String idI,
            SpikeTrains i, List<StateTrace> states) {
        RunInfo info = new RunInfo(network, "test", 1, DT, ms, ms, Math.round(ms / DT), false, 1, 0, 0, "test");
        return new SimulationResult(info, List.of(
                new PopulationResult(idE, "E", E, 2, "LIF", -50, e, new PopulationStatistics(0, 0, Double.NaN, 0)),
                new PopulationResult(idI, "I", I, 1, "LIF", -50, i, new PopulationStatistics(0, 0, Double.NaN, 0))),
                List.<ProjectionSummary>of(), states, List.of());
    }

    private static PopulationResult withThreshold(PopulationResult p, double thresholdMv) {
        return new PopulationResult(p.id(), p.name(), p.type(), p.size(), p.model(), thresholdMv, p.spikes(),
                p.statistics());
    }

    @Test
    void rasterHasABandPerPopulationAndASeriesPerType() {
        SpikeTrains e = new SpikeTrains(new int[] { 10, 20 }, new int[] { 0, 2 });
        SpikeTrains i = new SpikeTrains(new int[] { 15 }, new int[] { 1 });
        SimulationResult result = result(List.of(population("E", E, 3, e), population("silent", E, 4, null),
                population("I", I, 2, i)), List.of(), List.of());
        ChartContent chart = ResultChartContent.raster(result).orElseThrow();

        assertEquals(Kind.RASTER, chart.kind());
        assertEquals("Spike raster: 3 spikes, 9 neurons", chart.subtitle());
        assertEquals(List.of(new Band(0, 3, "E", true), new Band(3, 4, "silent (not recorded)", false),
                new Band(7, 2, "I", true)), chart.bands());
        Panel panel = chart.panels().get(0);
        assertEquals(-0.5, panel.yAxis().from());
        assertEquals(8.5, panel.yAxis().to());
        assertTrue(panel.yAxis().integers());
        Series excitatory = panel.series().get(0);
        assertEquals(0xd62728, excitatory.rgb());
        assertEquals(Style.SPIKES, excitatory.style());
        assertArrayEquals(new double[] { 1.0, 2.0 }, excitatory.x());
        assertArrayEquals(new double[] { 0, 2 }, excitatory.y());
        Series inhibitory = panel.series().get(1);
        assertEquals(0x1f77b4, inhibitory.rgb());
        // Neuron 1 of I, whose band starts after E (3) and the silent population (4).
        assertArrayEquals(new double[] { 8 }, inhibitory.y());
        assertEquals(List.of(new LegendEntry("excitatory", 0xd62728, Symbol.BOX),
                new LegendEntry("inhibitory", 0x1f77b4, Symbol.BOX)), chart.legend());

        SimulationResult unrecorded = result(List.of(population("silent", E, 4, null)), List.of(), List.of());
        assertTrue(ResultChartContent.raster(unrecorded).isEmpty());
    }

    @Test
    void aTraceOfAnUnknownPopulationIsGrey() {
        SimulationResult result = result(List.of(), List.of(trace("gone", V, 1, 2)), List.of());
        ChartContent chart = ResultChartContent.traces(result, V).orElseThrow();
        assertEquals(0x555555, chart.panels().get(0).series().get(0).rgb());
        assertTrue(chart.panels().get(0).markers().isEmpty(), "no threshold without the population");
    }

    private static RunInfo info(double ms) {
        return new RunInfo(null, "test", 1, DT, ms, ms, Math.round(ms / DT), false, 1, 0, 0, "test");
    }

    private static PopulationResult population(String name, PopulationType type, int size, double thresholdMv) {
        return new PopulationResult(null, name, type, size, "LIF", thresholdMv, null,
                new PopulationStatistics(0, 0, Double.NaN, 0));
    }

    private static PopulationResult population(String name, PopulationType type, int size, SpikeTrains spikes) {
        return new PopulationResult(null, name, type, size, "LIF", -50, spikes,
                new PopulationStatistics(spikes == null ? 0 : spikes.count(), 0, Double.NaN, 0));
    }

    /** Neurons 0..neurons-1 of the population sampled in steps 0..samples-1, value = neuron + step. */
    private static StateTrace trace(String population, RecordedVariable variable, int neurons, int samples) {
        int[] ids = new int[neurons];
        int[] steps = new int[samples];
        double[][] values = new double[neurons][samples];
        for (int n = 0; n < neurons; n++) {
            ids[n] = n;
            for (int s = 0; s < samples; s++) {
                values[n][s] = n + s;
            }
        }
        for (int s = 0; s < samples; s++) {
            steps[s] = s;
        }
        return new StateTrace(null, variable.key(), null, population, variable, ids, steps, values);
    }

    private static SimulationResult result(List<PopulationResult> populations, List<StateTrace> states,
            List<RateTrace> rates) {
        return new SimulationResult(info(0.2), populations, List.<ProjectionSummary>of(), states, rates);
    }
}
