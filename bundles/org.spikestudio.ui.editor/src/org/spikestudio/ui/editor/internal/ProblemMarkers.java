// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.spikestudio.model.Identified;
import org.spikestudio.model.Network;
import org.spikestudio.ui.editor.NetworkEditor;

/**
 * Validation while editing: a job, scheduled after each change (debounced) and on save, validates
 * off the UI thread ({@link ModelProblems}), then writes the problems as markers on the file and
 * keeps the worst severity per element for the tree's icon overlays.
 */
public final class ProblemMarkers {

    private final Display display;
    private final Supplier<Network> network;
    private final Supplier<IFile> file;
    private final Runnable refreshLabels;
    private final Job job = Job.create("Validating network", this::validate);
    /** Worst severity per element, including the problems of what it contains. */
    private final Map<EObject, Integer> severities = new IdentityHashMap<>();
    private boolean disposed;

    /**
     * @param network       the network being edited (null when none), read on the UI thread
     * @param file          the workspace file markers go on (null outside the workspace)
     * @param refreshLabels called on the UI thread when severities changed
     */
    public ProblemMarkers(Display display, Supplier<Network> network, Supplier<IFile> file, Runnable refreshLabels) {
        this.display = display;
        this.network = network;
        this.file = file;
        this.refreshLabels = refreshLabels;
        job.setSystem(true);
    }

    /** Validates after {@code delay} ms, replacing a validation that has not started yet. */
    public void schedule(long delay) {
        job.cancel();
        job.schedule(delay);
    }

    /** The worst problem severity of {@code element} and its contents, or {@link ItemLabelProvider#NONE}. */
    public int severity(Object element) {
        return severities.getOrDefault(element, ItemLabelProvider.NONE);
    }

    /** Removes the markers of the current file (before the editor moves to another one). */
    public void clearMarkers() {
        IFile target = file.get();
        if (target != null && target.exists()) {
            try {
                target.deleteMarkers(NetworkEditor.MARKER, false, IResource.DEPTH_ZERO);
            } catch (CoreException e) {
                // nothing to clean up then
            }
        }
    }

    /**
     * Stops validating the editor's model. With {@code unsaved} changes the markers described them:
     * they are replaced by those of the file as it is on disk.
     */
    public void dispose(boolean unsaved, java.nio.file.Path path, URI uri) {
        disposed = true;
        job.cancel();
        if (unsaved) {
            Job.create("Validating network", monitor -> {
                List<ModelProblems.Problem> problems;
                try {
                    problems = ModelProblems.validate(java.nio.file.Files.readAllBytes(path), uri);
                } catch (IOException | RuntimeException e) {
                    problems = List.of(); // unreadable: opening it shows why
                }
                writeMarkers(problems);
                return Status.OK_STATUS;
            }).schedule();
        }
    }

    private IStatus validate(IProgressMonitor monitor) {
        byte[][] bytes = new byte[1][];
        URI[] uri = new URI[1];
        if (display.isDisposed()) {
            return Status.CANCEL_STATUS;
        }
        display.syncExec(() -> {
            Network current = network.get();
            if (!disposed && current != null && current.eResource() != null) {
                bytes[0] = serialize(current);
                uri[0] = current.eResource().getURI();
            }
        });
        if (bytes[0] == null) {
            display.asyncExec(() -> apply(List.of()));
            return Status.OK_STATUS;
        }
        List<ModelProblems.Problem> problems;
        try {
            problems = ModelProblems.validate(bytes[0], uri[0]);
        } catch (IOException | RuntimeException e) {
            return Status.OK_STATUS; // what the editor just wrote always loads; nothing to report
        }
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        display.asyncExec(() -> apply(problems));
        return Status.OK_STATUS;
    }

    /** The bytes a save would write (the same resource and options), so lines match the saved file. */
    private static byte[] serialize(Network network) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            network.eResource().save(out, null);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void apply(List<ModelProblems.Problem> problems) {
        if (disposed) {
            return;
        }
        severities.clear();
        Map<String, EObject> ids = new HashMap<>();
        Network current = network.get();
        if (current != null) {
            ids.put(current.getId(), current);
            current.eAllContents().forEachRemaining(e -> {
                if (e instanceof Identified identified) {
                    ids.put(identified.getId(), identified);
                }
            });
        }
        for (ModelProblems.Problem problem : problems) {
            // An element shows its own problems and those of what it contains, so a collapsed tree shows them too.
            for (EObject e = ids.get(problem.elementId()); e != null; e = e.eContainer()) {
                severities.merge(e, problem.severity(), Math::max);
            }
        }
        refreshLabels.run();
        writeMarkers(problems);
    }

    private void writeMarkers(List<ModelProblems.Problem> problems) {
        IFile target = file.get();
        if (target == null || !target.exists()) {
            return;
        }
        try {
            ResourcesPlugin.getWorkspace().run(monitor -> {
                target.deleteMarkers(NetworkEditor.MARKER, false, IResource.DEPTH_ZERO);
                for (ModelProblems.Problem problem : problems) {
                    Map<String, Object> attributes = new HashMap<>();
                    attributes.put(IMarker.SEVERITY, problem.severity());
                    attributes.put(IMarker.MESSAGE, problem.message());
                    if (problem.line() > 0) {
                        attributes.put(IMarker.LINE_NUMBER, problem.line());
                    }
                    String line = problem.line() > 0 ? "line " + problem.line() : "";
                    String id = problem.elementId() == null ? "" : "id " + problem.elementId();
                    attributes.put(IMarker.LOCATION, line.isEmpty() || id.isEmpty() ? line + id : line + ", " + id);
                    attributes.put(NetworkEditor.MARKER_ELEMENT_ID, problem.elementId());
                    attributes.put(NetworkEditor.MARKER_FEATURE, problem.feature());
                    attributes.put(NetworkEditor.MARKER_CODE, problem.code());
                    target.createMarker(NetworkEditor.MARKER).setAttributes(attributes);
                }
            }, target, 0, null);
        } catch (CoreException e) {
            // markers are a convenience; the tree's icons show the problems too
        }
    }
}
