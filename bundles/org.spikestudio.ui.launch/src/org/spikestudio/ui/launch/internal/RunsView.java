// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.launch.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.spikestudio.ui.charts.ResultViews;

/**
 * Every run in the workspace: the {@code results/**}{@code /summary.json} of the open projects, newest
 * first, kept up to date as results appear, change or go. Double-click opens a run in the result views;
 * Compare overlays two selected runs of the same model.
 */
public final class RunsView extends ViewPart {

    public static final String ID = "org.spikestudio.ui.launch.runs";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private TableViewer viewer;
    private final Action compare = new Action("Compare") {
        @Override
        public void run() {
            List<RunRecord> two = comparable();
            if (two != null) {
                ResultViews.compare(two.get(0).folder(), two.get(1).folder());
            }
        }
    };
    private final Job scan = Job.create("Reading the runs of the workspace", monitor -> {
        List<RunRecord> runs = scan();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> show(runs));
        }
        return Status.OK_STATUS;
    });
    private final IResourceChangeListener changes = event -> {
        if (event.getDelta() != null && concernsRuns(event.getDelta())) {
            scan.schedule(200); // one scan for the burst of changes a run's refresh makes
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column("Model", 150, RunRecord::modelName, RunRecord::modelPath);
        column("SHA-256", 110, r -> r.sha256().length() > 12 ? r.sha256().substring(0, 12) : r.sha256(),
                RunRecord::sha256);
        column("Seed", 70, r -> Long.toString(r.seed()), null);
        column("Date", 140, r -> DATE.format(r.date()), r -> r.summary().getParent().getFullPath().toString());
        column("Duration (ms)", 110, RunsView::duration, null);
        column("Partial", 60, r -> r.partial() ? "partial" : "", null);
        column("Spikes", 260, RunsView::spikes, null);
        viewer.addSelectionChangedListener(event -> compare.setEnabled(comparable() != null));
        viewer.addDoubleClickListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof RunRecord run) {
                ResultViews.open(run.folder());
            }
        });
        getSite().setSelectionProvider(viewer);

        compare.setToolTipText("Overlay two selected runs of the same model");
        compare.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        compare.setEnabled(false);
        getViewSite().getActionBars().getToolBarManager().add(compare);
        getViewSite().getActionBars().getMenuManager().add(compare);

        ResourcesPlugin.getWorkspace().addResourceChangeListener(changes, IResourceChangeEvent.POST_CHANGE);
        scan.setSystem(true);
        scan.schedule();
    }

    private void column(String title, int width, Function<RunRecord, String> text, Function<RunRecord, String> tip) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RunRecord) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return tip == null ? null : tip.apply((RunRecord) element);
            }
        });
    }

    static String duration(RunRecord run) {
        return run.partial() ? format(run.simulatedMs()) + " of " + format(run.durationMs()) : format(run.durationMs());
    }

    private static String format(double ms) {
        return ms == Math.rint(ms) ? String.format(Locale.ROOT, "%,.0f", ms) : String.format(Locale.ROOT, "%,.3f", ms)
                .replaceAll("0+$", "");
    }

    static String spikes(RunRecord run) {
        return String.format(Locale.ROOT, "%,d", run.totalSpikes()) + (run.spikes().size() < 2 ? "" : " ("
                + run.spikes().stream().map(p -> p.population() + " " + String.format(Locale.ROOT, "%,d", p.count()))
                        .collect(Collectors.joining(", "))
                + ")");
    }

    /** The two selected runs, older first, when they ran the same model; otherwise null. */
    private List<RunRecord> comparable() {
        List<?> selected = viewer.getStructuredSelection().toList();
        if (selected.size() != 2 || !(selected.get(0) instanceof RunRecord a) || !(selected.get(1) instanceof RunRecord b)
                || !a.sameModel(b)) {
            return null;
        }
        return a.date().isAfter(b.date()) ? List.of(b, a) : List.of(a, b);
    }

    /** Whether the Compare action is enabled (for the current selection). */
    public boolean canCompare() {
        return compare.isEnabled();
    }

    /** Runs Compare on the selection, as its button does. */
    public void compareSelection() {
        compare.run();
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /** Reads the runs again now (on the UI thread), instead of after the next change. */
    public void refresh() {
        show(scan());
    }

    private void show(List<RunRecord> runs) {
        if (!viewer.getControl().isDisposed()) {
            viewer.setInput(runs);
            compare.setEnabled(comparable() != null);
        }
    }

    /** The runs of the open projects, newest first. */
    static List<RunRecord> scan() {
        List<RunRecord> runs = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            IFolder results = project.getFolder(ResultFolders.RESULTS);
            if (!project.isOpen() || !results.exists()) {
                continue;
            }
            try {
                results.accept(resource -> {
                    if (resource instanceof IFile file && isSummary(file)) {
                        RunRecord run = RunRecord.read(file);
                        if (run != null) {
                            runs.add(run);
                        }
                    }
                    return true;
                });
            } catch (CoreException e) {
                // a folder that went away while scanning: the next change scans again
            }
        }
        runs.sort(Comparator.comparing(RunRecord::date).reversed());
        return runs;
    }

    private static boolean isSummary(IResource resource) {
        return resource instanceof IFile && resource.getName().equals("summary.json");
    }

    /** Whether a change adds, removes or rewrites a summary.json, or opens or closes a project. */
    private static boolean concernsRuns(IResourceDelta root) {
        boolean[] found = { false };
        try {
            root.accept(delta -> {
                if (found[0]) {
                    return false;
                }
                IResource resource = delta.getResource();
                if (resource instanceof IProject && (delta.getFlags() & IResourceDelta.OPEN) != 0
                        || delta.getKind() == IResourceDelta.REMOVED && resource instanceof IProject
                        || isSummary(resource)) {
                    found[0] = true;
                }
                return true;
            });
        } catch (CoreException e) {
            return true;
        }
        return found[0];
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(changes);
        scan.cancel();
        super.dispose();
    }
}
