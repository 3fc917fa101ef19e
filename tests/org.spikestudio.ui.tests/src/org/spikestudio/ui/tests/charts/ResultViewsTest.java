// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.tests.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikestudio.ui.tests.Ui.flush;
import static org.spikestudio.ui.tests.Ui.screenshot;
import static org.spikestudio.ui.tests.Ui.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spikestudio.model.Population;
import org.spikestudio.plots.ImageFormat;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.sim.run.RunListener;
import org.spikestudio.sim.run.RunOutcome;
import org.spikestudio.sim.run.RunPipeline;
import org.spikestudio.sim.run.RunRequest;
import org.spikestudio.sim.run.SpikeBatch;
import org.spikestudio.ui.charts.ResultViews;
import org.spikestudio.ui.charts.internal.ResultSession;
import org.spikestudio.ui.charts.internal.SpikeStore;
import org.spikestudio.ui.charts.views.CompareView;
import org.spikestudio.ui.charts.views.PotentialCurrentView;
import org.spikestudio.ui.charts.views.RasterView;
import org.spikestudio.ui.charts.views.RateView;
import org.spikestudio.ui.charts.views.ResultView;
import org.spikestudio.ui.charts.views.StatisticsView;
import org.spikestudio.ui.charts.views.TraceView;
import org.spikestudio.ui.editor.NetworkEditor;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The result views on a real run: population-100.snn is run headless through the run pipeline (as
 * the command line runs it) and shown; what the views hold and export is compared with the run's
 * files, read back independently as text.
 */
public class ResultViewsTest {

    private static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    private static RunOutcome run;
    private IWorkbenchPage page;

    @BeforeAll
    static void runPopulation100() throws Exception {
        run = run("seed/population-100.snn", "population-100");
    }

    private static RunOutcome run(String model, String name) throws Exception {
        Path out = Files.createTempDirectory("views-" + name).resolve(name);
        RunOutcome outcome = new RunPipeline(RunRequest.of(EXAMPLES.resolve(model), out, "test"))
                .run(new RunListener() {
                }, () -> false);
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status(), outcome.messages().toString());
        return outcome;
    }

    @BeforeEach
    void showTheRun() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ResultSession.get().select(Set.of());
        ResultViews.show(run.result(), run.directory());
        flush();
    }

    @AfterEach
    void reset() {
        ResultSession.get().select(Set.of());
        ResultSession.get().time().reset();
        page.closeAllEditors(false);
    }

    @Test
    void rasterHoldsExactlyTheRunsSpikes() throws Exception {
        RasterView raster = view(RasterView.ID, RasterView.class);
        Set<String> held = spikesOf(raster.plot().store());
        List<String> csv = dataLines(run.directory().resolve("spikes.csv"));
        assertTrue(csv.size() > 100, "population-100 spikes: " + csv.size());
        assertEquals(csv.size(), raster.plot().store().snapshot().count(), "spike count");
        assertEquals(new HashSet<>(csv), held);
        assertTrue(raster.plot().lastDrawing() != null && raster.plot().lastDrawing().visible() > 0,
                "the raster painted no spike");
    }

    @Test
    void liveBatchesFillTheRasterWithTheSameSpikes() throws Exception {
        // The run's spikes handed over in blocks of 100 steps, as a run does while it simulates.
        RunListener live = ResultViews.live("live test");
        live.compiled(run.compiled());
        flush();
        RasterView raster = view(RasterView.ID, RasterView.class);
        assertTrue(ResultSession.get().shown().live());
        SimulationResult r = run.result();
        long steps = r.info().steps();
        for (long from = 0; from < steps; from += 100) {
            List<SpikeBatch.Population> populations = new ArrayList<>();
            for (var p : r.populations()) {
                int[] s = p.spikes().steps();
                int a = firstAtOrAfter(s, from);
                int b = firstAtOrAfter(s, from + 100);
                populations.add(new SpikeBatch.Population(p.id(), p.name(), p.size(), Arrays.copyOfRange(s, a, b),
                        Arrays.copyOfRange(p.spikes().neurons(), a, b)));
            }
            live.spikes(new SpikeBatch(Math.min(steps, from + 100), steps, r.dt(), populations));
        }
        int expected = dataLines(run.directory().resolve("spikes.csv")).size();
        waitUntil(() -> raster.plot().lastDrawing() != null && raster.plot().lastDrawing().visible() == expected,
                () -> "the live raster did not paint every spike: painted "
                        + (raster.plot().lastDrawing() == null ? "nothing" : raster.plot().lastDrawing().visible())
                        + " of " + expected + ", held " + raster.plot().store().snapshot().count() + ", shown "
                        + ResultSession.get().shown().label());
        assertEquals(new HashSet<>(dataLines(run.directory().resolve("spikes.csv"))),
                spikesOf(raster.plot().store()));
    }

    @Test
    void everyViewExportsPngSvgAndTheRunsCsv() throws Exception {
        Path dir = Files.createTempDirectory("views-export");
        Path results = run.directory();

        RasterView raster = view(RasterView.ID, RasterView.class);
        raster.exportCsv(dir.resolve("raster.csv"));
        assertArrayEquals(Files.readAllBytes(results.resolve("spikes.csv")), Files.readAllBytes(dir.resolve("raster.csv")));
        raster.export(ImageFormat.PNG, dir.resolve("raster.png"));
        // The whole run, unfiltered: the very image the command line wrote.
        assertArrayEquals(Files.readAllBytes(results.resolve("raster.png")), Files.readAllBytes(dir.resolve("raster.png")));

        TraceView potential = view(TraceView.Potential.ID, TraceView.class);
        potential.exportCsv(dir.resolve("potential.csv"));
        assertSameFile(results.resolve("state-exc_v.csv"), dir.resolve("potential-exc_v.csv"));
        assertSameFile(results.resolve("state-inh_v.csv"), dir.resolve("potential-inh_v.csv"));

        TraceView current = view(TraceView.InputCurrent.ID, TraceView.class);
        current.exportCsv(dir.resolve("input-current.csv"));
        assertSameFile(results.resolve("state-exc_current.csv"), dir.resolve("input-current.csv"));

        PotentialCurrentView ui = view(PotentialCurrentView.ID, PotentialCurrentView.class);
        ui.exportCsv(dir.resolve("u-i.csv"));
        assertSameFile(results.resolve("state-exc_current.csv"), dir.resolve("u-i-exc_current.csv"));
        assertSameFile(results.resolve("state-exc_v.csv"), dir.resolve("u-i-exc_v.csv"));

        RateView rate = view(RateView.ID, RateView.class);
        rate.exportCsv(dir.resolve("rate.csv"));
        assertSameFile(results.resolve("rates.csv"), dir.resolve("rate.csv"));

        StatisticsView statistics = view(StatisticsView.ID, StatisticsView.class);
        statistics.exportCsv(dir.resolve("statistics.csv"));
        JsonObject summary = JsonParser.parseString(Files.readString(results.resolve("summary.json"))).getAsJsonObject();
        List<String> rows = dataLines(dir.resolve("statistics.csv"));
        assertEquals(summary.getAsJsonArray("populations").size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonObject p = summary.getAsJsonArray("populations").get(i).getAsJsonObject();
            String[] f = rows.get(i).split(",", -1);
            assertEquals(p.get("name").getAsString(), f[0]);
            assertEquals(p.get("size").getAsInt(), Integer.parseInt(f[2]));
            assertEquals(p.get("spike_count").getAsLong(), Long.parseLong(f[3]));
            assertEquals(p.get("mean_rate_hz").getAsDouble(), Double.parseDouble(f[4]));
        }

        for (ResultView view : List.of(raster, potential, current, ui, rate)) {
            Path png = dir.resolve(view.getViewSite().getId() + ".png");
            Path svg = dir.resolve(view.getViewSite().getId() + ".svg");
            view.export(ImageFormat.PNG, png);
            view.export(ImageFormat.SVG, svg);
            var image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
            assertEquals(1200, image.getWidth(), png.toString());
            assertEquals(700, image.getHeight(), png.toString());
            String text = Files.readString(svg);
            assertTrue(text.contains("<svg") && text.contains("width='1200"), svg.toString());
            assertTrue(text.contains(run.result().info().modelName()), svg + " lacks the model name");
        }
    }

    @Test
    void aRateBinWidthAveragesTheRecordedBins() throws Exception {
        RateView rate = view(RateView.ID, RateView.class);
        try {
            rate.setBinMs(5.0);
            Path csv = Files.createTempFile("rate5", ".csv");
            rate.exportCsv(csv);
            // population-100 records 1 ms rates: a 5 ms bin is the mean of its five 1 ms bins.
            List<String[]> recorded = dataLines(run.directory().resolve("rates.csv")).stream().map(l -> l.split(","))
                    .toList();
            List<String[]> rebinned = dataLines(csv).stream().map(l -> l.split(",")).toList();
            assertEquals(recorded.size(), 5 * rebinned.size());
            for (int b = 0; b < rebinned.size(); b++) {
                double sum = 0;
                for (int k = 0; k < 5; k++) {
                    String[] one = recorded.get(5 * b + k);
                    assertEquals(rebinned.get(b)[1], one[1], "population of bin " + b);
                    sum += Double.parseDouble(one[4]);
                }
                // Both sides sum the same integer spike counts; only the divisions round (1e-12 relative).
                assertEquals(sum / 5, Double.parseDouble(rebinned.get(b)[4]), 1e-9 * Math.max(1, sum));
            }
            assertTrue(rate.canvas().content().subtitle().contains("5 ms"), rate.canvas().content().subtitle());
        } finally {
            rate.setBinMs(null);
        }
    }

    @Test
    void comparingTwoRunsOverlaysTheirRates() throws Exception {
        RunOutcome again = run("seed/population-100.snn", "population-100-again");
        ResultViews.compare(run.directory(), again.directory());
        flush();
        CompareView compare = view(CompareView.ID, CompareView.class);
        assertNotNull(compare.canvas().content(), "nothing compared");
        assertEquals(4, compare.canvas().content().legend().size(), "exc and inh of two runs");
        Path dir = Files.createTempDirectory("compare");
        compare.exportCsv(dir.resolve("compare.csv"));
        // 1 ms bins counted from the spikes: the rates the model's 1 ms rate recorders wrote.
        List<String> recorded = dataLines(run.directory().resolve("rates.csv")).stream().map(l -> l.split(",")[4])
                .toList();
        for (Path folder : List.of(run.directory(), again.directory())) {
            Path file = dir.resolve("compare-" + folder.getFileName() + ".csv");
            assertEquals(recorded, dataLines(file).stream().map(l -> l.split(",")[4]).toList(), file.toString());
        }
    }

    @Test
    void statisticsShowTheSummaryAndAnIsiHistogram() {
        StatisticsView statistics = view(StatisticsView.ID, StatisticsView.class);
        assertEquals(run.result().populations().size(), statistics.table().getItemCount());
        assertEquals("exc", statistics.table().getItem(0).getText(0));
        assertNotNull(statistics.canvas().content(), "no ISI histogram");
        assertEquals(org.spikestudio.charts.ChartContent.Kind.HISTOGRAM, statistics.canvas().content().kind());
    }

    @Test
    void zoomingOneTimeAxisZoomsTheOthers() throws Exception {
        RasterView raster = view(RasterView.ID, RasterView.class);
        TraceView potential = view(TraceView.Potential.ID, TraceView.class);
        RateView rate = view(RateView.ID, RateView.class);
        page.showView(RasterView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        flush();
        Chart chart = potential.canvas().charts().get(0);
        Range before = chart.getAxisSet().getXAxis(0).getRange();
        assertEquals(run.result().info().simulatedMs(), before.upper, 1e-9);
        // Three wheel notches up over the middle of the potential's plot.
        Control area = chart.getPlotArea().getControl();
        Event wheel = new Event();
        wheel.x = area.getSize().x / 2;
        wheel.y = area.getSize().y / 2;
        wheel.count = 3;
        area.notifyListeners(SWT.MouseVerticalWheel, wheel);
        flush();
        Range zoomed = chart.getAxisSet().getXAxis(0).getRange();
        assertTrue(zoomed.upper - zoomed.lower < 0.9 * (before.upper - before.lower), "no zoom: " + zoomed);
        for (ResultView other : List.of(raster, rate)) {
            Range r = other.canvas().charts().get(0).getAxisSet().getXAxis(0).getRange();
            assertEquals(zoomed.lower, r.lower, 1e-9, other.getTitle());
            assertEquals(zoomed.upper, r.upper, 1e-9, other.getTitle());
        }
        // The raster's CSV now holds the spikes of the visible range only.
        Set<String> visible = spikesOf(raster.plot().store()).stream().filter(s -> {
            double t = Double.parseDouble(s.substring(0, s.indexOf(',')));
            return t >= zoomed.lower - 1e-9 && t <= zoomed.upper + 1e-9;
        }).collect(java.util.stream.Collectors.toSet());
        assertFalse(visible.isEmpty());
        assertEquals(visible, raster.exportedResult().populations().stream().flatMap(p -> {
            List<String> s = new ArrayList<>();
            for (int k = 0; k < p.spikes().count(); k++) {
                s.add(time(p.spikes().steps()[k] * run.result().dt()) + "," + p.name() + "," + p.spikes().neurons()[k]);
            }
            return s.stream();
        }).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void selectingAPopulationInTheEditorFiltersTheViews() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("views-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("population-100.snn");
        if (!file.exists()) {
            file.create(Files.newInputStream(EXAMPLES.resolve("seed/population-100.snn")), true, null);
        }
        try {
            RasterView raster = view(RasterView.ID, RasterView.class);
            TraceView potential = view(TraceView.Potential.ID, TraceView.class);
            NetworkEditor editor = assertInstanceOf(NetworkEditor.class, IDE.openEditor(page, file));
            Population inh = editor.getNetwork().getPopulations().stream().filter(p -> p.getName().equals("inh"))
                    .findFirst().orElseThrow();
            editor.getViewer().setSelection(new StructuredSelection(inh), true);
            waitUntil(() -> raster.plot().layout().shown().size() == 1, "the raster still shows every population");
            assertEquals("inh", raster.plot().layout().shown().get(0).band().name());
            assertEquals(inh.getSize(), raster.plot().layout().displayRows());
            assertTrue(potential.canvas().content().legend().stream().allMatch(e -> e.label().startsWith("inh")),
                    "potential shows " + potential.canvas().content().legend());
            Path csv = Files.createTempFile("inh", ".csv");
            raster.exportCsv(csv);
            List<String> rows = dataLines(csv);
            List<String> expected = dataLines(run.directory().resolve("spikes.csv")).stream()
                    .filter(l -> l.split(",")[1].equals("inh")).toList();
            assertFalse(expected.isEmpty());
            assertEquals(expected, rows);

            editor.getViewer().setSelection(new StructuredSelection(editor.getNetwork()), true);
            waitUntil(() -> raster.plot().layout().shown().size() == 2, "selecting the network did not show all");
        } finally {
            page.closeAllEditors(false);
            project.delete(true, true, null);
        }
    }

    @Test
    void screenshots() throws Exception {
        RunOutcome three = run("seed/three-populations.snn", "three-populations");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("three-populations");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("three-populations.snn");
        if (!file.exists()) {
            file.create(Files.newInputStream(EXAMPLES.resolve("seed/three-populations.snn")), true, null);
        }
        try {
            IDE.openEditor(page, file);
            ResultViews.show(three.result(), three.directory());
            flush();
            page.hideView(page.findView("org.spikestudio.ui.editor.gettingStarted"));
            page.hideView(page.findView(org.eclipse.ui.IPageLayout.ID_OUTLINE));
            giveHeight(page.getReference(view(RasterView.ID, RasterView.class)), "58");
            view(TraceView.Potential.ID, TraceView.class);
            view(RateView.ID, RateView.class);
            screenshot("result-views-three-populations.png");
        } finally {
            page.closeAllEditors(false);
            project.delete(true, true, null);
        }
        RunOutcome cuba = run("benchmarks/cuba.snn", "cuba");
        ResultViews.show(cuba.result(), cuba.directory());
        RasterView raster = view(RasterView.ID, RasterView.class);
        page.setPartState(page.getReference(raster), IWorkbenchPage.STATE_MAXIMIZED);
        ResultSession.get().time().set(200, 300);
        flush();
        Chart chart = raster.canvas().charts().get(0);
        chart.getAxisSet().getYAxis(0).setRange(new Range(3000, 3400));
        chart.redraw();
        flush();
        screenshot("raster-cuba-zoomed.png");
        page.setPartState(page.getReference(raster), IWorkbenchPage.STATE_RESTORED);
        assertTrue(raster.plot().lastDrawing().visible() > 0);
    }

    // --- helpers

    /** Sets the share of the window's height of the sash part holding the view (for screenshots). */
    @SuppressWarnings("restriction")
    private static void giveHeight(org.eclipse.ui.IWorkbenchPartReference reference, String percent) {
        var part = ((org.eclipse.ui.internal.WorkbenchPartReference) reference).getModel();
        org.eclipse.e4.ui.model.application.ui.MUIElement element = part.getCurSharedRef() != null
                ? part.getCurSharedRef() : part;
        while (element.getParent() != null) {
            Object parent = element.getParent();
            if (parent instanceof org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer sash
                    && !sash.isHorizontal() && sash.getChildren().size() > 1) {
                for (var child : sash.getChildren()) {
                    child.setContainerData(child == element ? percent + "00"
                            : Integer.toString((100 - Integer.parseInt(percent)) * 100 / (sash.getChildren().size() - 1)));
                }
                flush();
                return;
            }
            element = (org.eclipse.e4.ui.model.application.ui.MUIElement) parent;
        }
    }

    private static int firstAtOrAfter(int[] sorted, long value) {
        int k = 0;
        while (k < sorted.length && sorted[k] < value) {
            k++;
        }
        return k;
    }

    /** The spikes a raster holds as spikes.csv lines: time (dt's decimals), population, neuron. */
    public static Set<String> spikesOf(SpikeStore store) {
        SpikeStore.Snapshot snap = store.snapshot();
        Set<String> spikes = new TreeSet<>();
        for (int k = 0; k < snap.count(); k++) {
            int row = snap.rows()[k];
            SpikeStore.Band band = store.bands().get(store.bandOf(row));
            spikes.add(time(snap.steps()[k] * store.dt()) + "," + band.name() + "," + (row - band.first()));
        }
        return spikes;
    }

    /** A time as spikes.csv writes it at dt = 0.1 ms: one decimal. */
    private static String time(double ms) {
        return new java.math.BigDecimal(Math.round(ms * 10)).movePointLeft(1).toPlainString();
    }

    private static List<String> dataLines(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size());
    }

    private static void assertSameFile(Path expected, Path actual) throws Exception {
        assertTrue(Files.exists(actual), actual + " was not written");
        assertEquals(Files.readString(expected), Files.readString(actual), actual.toString());
    }

    private <T> T view(String id, Class<T> type) {
        try {
            var part = page.showView(id, null, IWorkbenchPage.VIEW_CREATE);
            page.bringToTop(part);
            flush();
            return assertInstanceOf(type, part, id);
        } catch (Exception e) {
            throw new AssertionError(id, e);
        }
    }
}
