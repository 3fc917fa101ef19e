// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.tests.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikestudio.ui.tests.Ui.flush;
import static org.spikestudio.ui.tests.Ui.screenshot;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spikestudio.ui.charts.views.RasterView;
import org.spikestudio.ui.tests.Ui;
import org.spikestudio.ui.tests.charts.ResultViewsTest;
import org.spikestudio.cli.CommandLine;
import org.spikestudio.cli.ExitCode;
import org.spikestudio.model.Population;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.sim.run.RunOutcome;
import org.spikestudio.ui.editor.NetworkEditor;
import org.spikestudio.ui.launch.SimulationLaunch;
import org.spikestudio.ui.launch.internal.RefusedModelDialog;
import org.spikestudio.ui.launch.internal.RunConsole;
import org.spikestudio.ui.launch.internal.RunRecord;
import org.spikestudio.ui.launch.internal.RunsView;
import org.spikestudio.ui.launch.internal.SimulationJob;
import org.spikestudio.ui.launch.internal.SimulationTab;

/**
 * Runs through launch configurations in the running workbench: the results match the command
 * line's for the same model and seed, Cancel keeps a partial result while the UI goes on, a model
 * with errors is refused, configurations persist, and the tab uses the command line's rules.
 */
class SimulationLaunchTest {

    /** The repository's examples, relative to this fragment (the test's working directory). */
    private static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
    private static final long TIMEOUT_MS = 120_000;

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void createProject() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("launch-test");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        project.getFolder("models").create(true, true, null);
    }

    @AfterEach
    void cleanUp() throws Exception {
        waitForRuns();
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell.getData() instanceof RefusedModelDialog dialog) {
                dialog.close();
            }
        }
        page.closeAllEditors(false);
        for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurations(SimulationLaunch.type())) {
            c.delete();
        }
        project.delete(true, true, null);
    }

    @Test
    void runWritesTheSpikesTheCommandLineWritesForTheSameSeed() throws Exception {
        IFile model = copyExample("seed/population-100.snn", "population-100.snn");
        ILaunchConfigurationWorkingCopy copy = SimulationLaunch.create(model);
        copy.setAttribute(SimulationLaunch.SEED, "7");
        SimulationJob job = launch(copy.doSave());

        RunOutcome outcome = job.outcome();
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status(), String.valueOf(outcome.messages()));
        // The default folder: results/<model>/<yyyy-MM-dd_HH-mm-ss>/ in the model's project.
        assertTrue(job.folder().getProjectRelativePath().toString()
                .matches("results/population-100/\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d"), job.folder().toString());
        waitUntil(() -> job.folder().getFile("spikes.csv").exists(), "the results folder is not refreshed into the workspace");

        byte[] cli7 = cliSpikes(model, "7");
        byte[] launched = Files.readAllBytes(job.folder().getLocation().toPath().resolve("spikes.csv"));
        assertTrue(new String(launched, StandardCharsets.UTF_8).lines().count() > 10, "too few spikes to tell runs apart");
        assertArrayEquals(cli7, launched, "spikes.csv differs from `spikestudio run --seed 7`");
        // The seed reached the run: the model's own seed draws other initial potentials.
        assertFalse(Arrays.equals(cliSpikes(model, "1"), launched), "seed 7 gives the spikes of seed 1");

        String console = consoleText();
        assertTrue(console.contains("Simulating population_100: 100 neurons"), console);
        assertTrue(console.contains("  population  type           size     spikes  rate (Hz)  CV ISI"), console);

        // The raster view shows the launched run: exactly the lines of its spikes.csv.
        Set<String> written = new HashSet<>(new String(launched, StandardCharsets.UTF_8).lines().skip(1).toList());
        RasterView raster = assertInstanceOf(RasterView.class, page.showView(RasterView.ID));
        waitUntil(() -> ResultViewsTest.spikesOf(raster.plot().store()).equals(written),
                "the raster view does not hold the launched run's spikes");

        // The Runs view lists the run with the model's checksum and seed.
        RunsView view = assertInstanceOf(RunsView.class, page.showView(RunsView.ID));
        view.refresh();
        List<?> runs = (List<?>) view.getViewer().getInput();
        assertEquals(1, runs.size(), runs.toString());
        RunRecord run = (RunRecord) runs.get(0);
        assertEquals(7, run.seed());
        assertEquals(sha256(model), run.sha256());
        assertFalse(run.partial());
    }

    @Test
    void cancelKeepsAPartialResultAndTheUiStaysResponsive() throws Exception {
        IFile model = copyExample("benchmarks/cuba.snn", "cuba.snn");
        ILaunchConfigurationWorkingCopy copy = SimulationLaunch.create(model);
        // 200 s simulated: on an idle machine CUBA simulates 20 s in about 4 s, so this outlasts the test
        copy.setAttribute(SimulationLaunch.DURATION, "200000");
        copy.setAttribute(SimulationLaunch.THREADS, "1");
        SimulationJob job = start(copy.doSave());
        waitUntil(() -> job.getState() == Job.RUNNING, "the run does not start");
        // The views, console and progress open in the first second: UI work of its own, not measured.
        long warmUp = System.currentTimeMillis() + 1000;
        waitUntil(() -> System.currentTimeMillis() > warmUp, "");

        // While it runs, the UI thread handles events: a runnable posted every 20 ms runs soon after.
        long end = System.currentTimeMillis() + 3000;
        List<Long> delays = new ArrayList<>();
        while (System.currentTimeMillis() < end) {
            AtomicLong ran = new AtomicLong();
            long posted = System.nanoTime();
            Display.getCurrent().asyncExec(() -> ran.set(System.nanoTime()));
            waitUntil(() -> ran.get() != 0, "a posted runnable did not run");
            delays.add((ran.get() - posted) / 1_000_000);
            Thread.sleep(20);
        }
        assertEquals(Job.RUNNING, job.getState(), "the run ended before it was cancelled");
        // A UI thread blocked by the run would wait for all of it (200 s simulated, far longer than the
        // 4 s measured); 2 s leaves room for garbage collection on a loaded 2-core machine.
        long worst = delays.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(worst < 2000, "the UI thread was blocked for " + worst + " ms: " + delays);

        job.cancel();
        waitForRuns();
        RunOutcome outcome = job.outcome();
        assertEquals(RunOutcome.Status.PARTIAL, outcome.status(), String.valueOf(outcome.messages()));
        assertTrue(outcome.result().info().simulatedMs() < 200000, "simulated " + outcome.result().info().simulatedMs());
        String summary = Files.readString(job.folder().getLocation().toPath().resolve("summary.json"));
        assertTrue(summary.contains("\"partial\": true"), summary);
        assertTrue(consoleText().contains("the results are partial"), consoleText());
    }

    @Test
    void aModelWithAnErrorIsRefusedAndItsProblemLeadsToTheElement() throws Exception {
        IFile model = copyExample("seed/population-100.snn", "bad.snn");
        String text = new String(model.getContents().readAllBytes(), StandardCharsets.UTF_8);
        model.setContents(new ByteArrayInputStream(text.replace("size=\"20\"", "size=\"0\"")
                .getBytes(StandardCharsets.UTF_8)), true, false, null);
        SimulationJob job = launch(SimulationLaunch.create(model).doSave());

        assertEquals(RunOutcome.Status.INVALID, job.outcome().status());
        assertFalse(job.folder().getLocation().toFile().exists(), "a refused model left a results folder");
        assertFalse(project.getFolder("results").getLocation().toFile().exists(), "a refused model made results/");

        RefusedModelDialog dialog = waitForDialog(model);
        ModelProblem problem = dialog.problems().stream().filter(ModelProblem::isError).findFirst().orElseThrow();
        assertEquals("size", problem.feature());
        assertTrue(dialog.goTo(problem), "no marker for " + problem);
        NetworkEditor editor = assertInstanceOf(NetworkEditor.class, page.getActiveEditor());
        Object selected = ((StructuredSelection) editor.getViewer().getSelection()).getFirstElement();
        assertEquals("inh", assertInstanceOf(Population.class, selected).getName());
    }

    @Test
    void aConfigurationReadBackFromItsFileHasTheSameAttributes() throws Exception {
        IFile model = copyExample("seed/population-100.snn", "population-100.snn");
        ILaunchConfigurationWorkingCopy copy = SimulationLaunch.create(model);
        copy.setAttribute(SimulationLaunch.DURATION, "250.5");
        copy.setAttribute(SimulationLaunch.SEED, "-3");
        copy.setAttribute(SimulationLaunch.THREADS, "2");
        copy.setAttribute(SimulationLaunch.OUTPUT, "/launch-test/results/mine");
        copy.setAttribute(SimulationLaunch.FORMAT, "both");
        ILaunchConfiguration saved = copy.doSave();

        // Saved in the workspace metadata, where a restarted workbench reads it.
        Path file = saved.getLocation().toFile().toPath();
        assertTrue(file.startsWith(ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath()
                .resolve(".metadata/.plugins/org.eclipse.debug.core/.launches")), file.toString());
        // A restart reads the file anew: here as a shared copy, which the manager has never cached.
        IFile copyOfFile = project.getFile("copy.launch");
        copyOfFile.create(new ByteArrayInputStream(Files.readAllBytes(file)), true, null);
        ILaunchConfiguration reread = DebugPlugin.getDefault().getLaunchManager().getLaunchConfiguration(copyOfFile);
        Map<String, Object> expected = saved.getAttributes();
        assertEquals(6, expected.keySet().stream().filter(k -> k.startsWith("org.spikestudio")).count(), expected.toString());
        assertEquals(expected, reread.getAttributes());
        assertEquals(SimulationLaunch.TYPE_ID, reread.getType().getIdentifier());
    }

    @Test
    void theTabChecksWithTheCommandLinesRules() throws Exception {
        IFile model = copyExample("seed/population-100.snn", "population-100.snn");
        ILaunchConfigurationWorkingCopy copy = SimulationLaunch.create(model);
        Shell shell = new Shell(Display.getCurrent());
        SimulationTab tab = new SimulationTab();
        try {
            tab.createControl(shell);
            tab.initializeFrom(copy);
            assertTrue(tab.isValid(copy), tab.getErrorMessage());
            // Each message is the command line's (NumberOptionsTest, BadInputTest), led by the field's label.
            String[][] cases = { { SimulationLaunch.SEED, "1.5", "Seed: '1.5' is not a whole number", "--seed" },
                    { SimulationLaunch.THREADS, "0", "Threads: must be at least 1, was 0", "--threads" },
                    { SimulationLaunch.DURATION, "10f", "Duration: '10f' is not a number", "--duration" } };
            for (String[] c : cases) {
                ILaunchConfigurationWorkingCopy bad = copy.copy("bad");
                bad.setAttribute(c[0], c[1]);
                assertFalse(tab.isValid(bad), c[1]);
                assertEquals(c[2], tab.getErrorMessage());
                assertEquals("spikestudio: option " + c[3] + c[2].substring(c[2].indexOf(':')),
                        cliError(model, c[3], c[1]), "the command line says otherwise");
            }
            ILaunchConfigurationWorkingCopy noModel = copy.copy("none");
            noModel.setAttribute(SimulationLaunch.MODEL, "/launch-test/models/missing.snn");
            assertFalse(tab.isValid(noModel));
            assertEquals("Model: '/launch-test/models/missing.snn' does not exist in the workspace", tab.getErrorMessage());
        } finally {
            shell.dispose();
        }
    }

    @Test
    void screenshotsOfTheRunConfigurationsDialogAndTheRunsView() throws Exception {
        IFile model = copyExample("seed/three-populations.snn", "three-populations.snn");
        ILaunchConfiguration configuration = SimulationLaunch.create(model).doSave();
        launch(configuration);
        ILaunchConfigurationWorkingCopy other = configuration.getWorkingCopy();
        other.setAttribute(SimulationLaunch.SEED, "2");
        launch(other.doSave());
        RunsView view = assertInstanceOf(RunsView.class, page.showView(RunsView.ID));
        view.refresh();
        assertEquals(2, ((List<?>) view.getViewer().getInput()).size());
        view.getViewer().setSelection(new StructuredSelection((List<?>) view.getViewer().getInput()));
        assertTrue(view.canCompare(), "two runs of one model do not compare");
        // The console comes to the front after each run: let it, then bring the Runs view back.
        long settle = System.currentTimeMillis() + 1000;
        waitUntil(() -> System.currentTimeMillis() > settle, "");
        var explorer = page.showView(org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER);
        ((org.eclipse.ui.part.ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(
                ((RunRecord) ((List<?>) view.getViewer().getInput()).get(0)).summary()));
        page.showView(RunsView.ID);
        screenshot("runs-view.png");

        String[] taken = new String[1];
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        Runnable shoot = new Runnable() {
            @Override
            public void run() {
                Shell dialog = Arrays.stream(display.getShells()).filter(s -> "Run Configurations".equals(s.getText()))
                        .findFirst().orElse(null);
                if (dialog == null && System.currentTimeMillis() < end) {
                    display.timerExec(100, this); // the dialog is not open yet
                    return;
                }
                try {
                    dialog.setSize(1000, 640);
                    Ui.capture(dialog, Path.of("target/screenshots/run-configurations.png"));
                    taken[0] = dialog.getText();
                } catch (Exception e) {
                    taken[0] = "failed: " + e;
                } finally {
                    if (dialog != null) {
                        dialog.close();
                    }
                }
            }
        };
        display.asyncExec(shoot);
        DebugUITools.openLaunchConfigurationDialogOnGroup(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                new StructuredSelection(configuration), IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
        assertEquals("Run Configurations", taken[0]);
    }

    // ---- helpers ----

    private IFile copyExample(String example, String name) throws Exception {
        IFile file = project.getFile("models/" + name);
        file.create(new ByteArrayInputStream(Files.readAllBytes(EXAMPLES.resolve(example))), false, null);
        return file;
    }

    private static SimulationJob launch(ILaunchConfiguration configuration) {
        SimulationJob job = start(configuration);
        waitForRuns();
        return job;
    }

    /** Launches as Run does and returns the run's job once scheduled (a refused model's job ends at once). */
    private static SimulationJob start(ILaunchConfiguration configuration) {
        SimulationJob[] job = new SimulationJob[1];
        IJobChangeListener listener = new JobChangeAdapter() {
            @Override
            public void scheduled(IJobChangeEvent event) {
                if (event.getJob() instanceof SimulationJob s) {
                    job[0] = s;
                }
            }
        };
        Job.getJobManager().addJobChangeListener(listener);
        try {
            DebugUITools.launch(configuration, ILaunchManager.RUN_MODE);
            waitUntil(() -> job[0] != null, "no run was started");
        } finally {
            Job.getJobManager().removeJobChangeListener(listener);
        }
        return job[0];
    }

    private static void waitForRuns() {
        waitUntil(() -> Job.getJobManager().find(SimulationLaunch.FAMILY).length == 0, "the runs do not end");
        flush();
    }

    private static RefusedModelDialog waitForDialog(IFile model) {
        RefusedModelDialog[] found = new RefusedModelDialog[1];
        waitUntil(() -> {
            for (Shell shell : Display.getCurrent().getShells()) {
                if (shell.getData() instanceof RefusedModelDialog dialog && shell.getText().equals(RefusedModelDialog.title(model))) {
                    found[0] = dialog;
                }
            }
            return found[0] != null;
        }, "no dialog lists the problems");
        return found[0];
    }

    /** The spikes.csv of `spikestudio run MODEL --seed SEED`, in this process. */
    private static byte[] cliSpikes(IFile model, String seed) throws Exception {
        Path out = Files.createTempDirectory("cli");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExitCode code = new CommandLine(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), "test")
                .run("run", model.getLocation().toString(), "--seed", seed, "--out", out.toString());
        assertEquals(ExitCode.OK, code, err.toString());
        return Files.readAllBytes(out.resolve("spikes.csv"));
    }

    /** The first line the command line prints for a bad option value. */
    private static String cliError(IFile model, String option, String value) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExitCode code = new CommandLine(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), "test")
                .run("run", model.getLocation().toString(), option, value, "--out",
                        Files.createTempDirectory("cli").toString());
        assertEquals(ExitCode.USAGE, code);
        return err.toString().lines().findFirst().orElse("");
    }

    private static String sha256(IFile file) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(file.getContents().readAllBytes());
        return java.util.HexFormat.of().formatHex(digest);
    }

    private static String consoleText() {
        for (IConsole console : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
            if (console.getName().equals(RunConsole.NAME)) {
                flush();
                return ((TextConsole) console).getDocument().get();
            }
        }
        return "";
    }

    /** Runs take longer than the other UI tests' waits: a CUBA run on a loaded machine. */
    private static void waitUntil(BooleanSupplier condition, String message) {
        Ui.waitUntil(condition, () -> message, TIMEOUT_MS);
    }
}
