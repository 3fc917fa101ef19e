// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.launch.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.FrameworkUtil;
import org.spikestudio.ui.charts.ResultViews;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.sim.CompiledNetwork;
import org.spikestudio.sim.run.RunListener;
import org.spikestudio.sim.run.RunOutcome;
import org.spikestudio.sim.run.RunPipeline;
import org.spikestudio.sim.run.RunRequest;
import org.spikestudio.sim.run.RunSummary;
import org.spikestudio.ui.launch.SimulationLaunch;

/**
 * One run of a model in the workbench, through {@link RunPipeline} as on the command line: a user
 * job whose progress is the simulated time, whose Cancel stops the simulation within one block of
 * steps and keeps what was simulated (partial), as Ctrl-C does. Runs go one after another. The
 * console gets what the command line prints; afterwards the results folder is refreshed into the
 * workspace and shown in the result views. A model with errors is not run: a dialog lists them.
 */
public final class SimulationJob extends Job {

    /** Runs share the cores: one at a time, the others wait in the queue. */
    private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };
    private static final int TICKS = 1000;

    private final SimulationSettings settings;
    private final IFolder folder;
    private volatile RunOutcome outcome;

    SimulationJob(SimulationSettings settings, IFolder folder) {
        super("Running " + settings.model().getName());
        this.settings = settings;
        this.folder = folder;
        setUser(true);
        setRule(ONE_AT_A_TIME);
    }

    /** How the run ended, or null while it has not. */
    public RunOutcome outcome() {
        return outcome;
    }

    /** The results folder. */
    public IFolder folder() {
        return folder;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == SimulationLaunch.FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        String label = settings.model().getFullPath().toString();
        monitor.beginTask(getName(), TICKS);
        try {
            RunConsole.print(System.lineSeparator() + "Running " + label + System.lineSeparator()
                    + (settings.warning() == null ? "" : settings.warning() + System.lineSeparator()));
            RunRequest request = new RunRequest(settings.model().getLocation().toPath(), label,
                    folder.getLocation().toPath(), settings.options(), settings.formats(),
                    FrameworkUtil.getBundle(SimulationJob.class).getVersion().toString());
            Progress progress = new Progress(monitor);
            RunOutcome result = new RunPipeline(request).run(
                    new Listeners(progress, ResultViews.live(settings.model().getName())), monitor::isCanceled);
            outcome = result;
            return report(result, label);
        } finally {
            ResultFolders.release(folder);
            monitor.done();
        }
    }

    /** Tells the outcome on the console (and in a dialog for a refused model); a failure is the job's error. */
    private IStatus report(RunOutcome result, String label) {
        StringBuilder text = new StringBuilder();
        String nl = System.lineSeparator();
        switch (result.status()) {
            case UNREADABLE, INVALID -> {
                result.problems().forEach(p -> text.append(p).append(nl));
                long errors = result.problems().stream().filter(ModelProblem::isError).count();
                text.append(label).append(": ").append(errors).append(errors == 1 ? " error" : " errors")
                        .append("; the model was not run").append(nl);
                RunConsole.print(text.toString());
                Display.getDefault().asyncExec(() -> RefusedModelDialog.open(settings.model(), result.problems()));
                return Status.OK_STATUS;
            }
            case COMPLETED, PARTIAL, NON_FINITE -> {
                text.append(RunSummary.text(result.result(), result.directory(), result.files()));
                if (result.status() == RunOutcome.Status.PARTIAL) {
                    var info = result.result().info();
                    text.append(String.format(Locale.ROOT, "Cancelled at %.1f of %.1f ms; the results are partial"
                            + " (\"partial\": true in summary.json)%n", info.simulatedMs(), info.requestedDurationMs()));
                }
                result.messages().forEach(m -> text.append(label).append(": error: ").append(m).append(nl));
                RunConsole.print(text.toString());
                refreshAndShow(result);
                return result.status() == RunOutcome.Status.NON_FINITE
                        ? Status.error(label + ": " + result.message() + "; the results were written for inspection,"
                                + " but they are not valid")
                        : Status.OK_STATUS;
            }
            default -> {
                // BAD_OPTIONS, REFUSED, TOO_LARGE, SOURCE_UNREADABLE, WRITE_FAILED: nothing was written.
                String message = label + ": error: " + result.message();
                RunConsole.print(message + nl);
                return Status.error(message);
            }
        }
    }

    /** Makes the results folder appear in the Project Explorer, then shows the result. */
    private void refreshAndShow(RunOutcome result) {
        // The lowest folder the workspace does not know yet, e.g. results/ on the project's first run.
        IResource top = folder;
        while (!top.getParent().exists()) {
            top = top.getParent();
        }
        IResource refreshed = top;
        Path directory = result.directory();
        WorkspaceJob refresh = new WorkspaceJob("Refreshing " + folder.getFullPath()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                refreshed.refreshLocal(IResource.DEPTH_INFINITE, monitor);
                ResultViews.show(result.result(), directory);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == SimulationLaunch.FAMILY;
            }
        };
        refresh.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(refreshed));
        refresh.setSystem(true);
        refresh.schedule();
    }

    /** The job's progress in simulated ms. */
    private static final class Progress implements RunListener {
        private final IProgressMonitor monitor;
        private double dt;
        private int ticks;

        Progress(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void compiled(CompiledNetwork network) {
            StringBuilder warnings = new StringBuilder();
            network.warnings().forEach(w -> warnings.append(w).append(System.lineSeparator()));
            if (!warnings.isEmpty()) {
                RunConsole.print(warnings.toString());
            }
        }

        @Override
        public void starting(CompiledNetwork network) {
            RunConsole.print(RunSummary.simulating(network) + System.lineSeparator());
            monitor.subTask("Building the network");
        }

        @Override
        public void simulating(CompiledNetwork network) {
            dt = network.dt();
        }

        @Override
        public void progress(long stepsDone, long stepsTotal) {
            int now = (int) (TICKS * stepsDone / Math.max(1, stepsTotal));
            if (now > ticks) {
                monitor.worked(now - ticks);
                ticks = now;
            }
            monitor.subTask(String.format(Locale.ROOT, "%.1f of %.1f ms simulated", stepsDone * dt, stepsTotal * dt));
        }

        @Override
        public void simulated() {
            monitor.subTask("Writing the results");
        }
    }
}
