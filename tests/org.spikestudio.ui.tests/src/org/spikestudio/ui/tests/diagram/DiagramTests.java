// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.spikestudio.ui.diagram.DiagramPage;
import org.spikestudio.ui.diagram.engine.DiagramViewer;
import org.spikestudio.ui.diagram.engine.Figure;
import org.spikestudio.ui.diagram.engine.NodeFigure;
import org.spikestudio.ui.editor.NetworkEditor;
import org.spikestudio.ui.tests.Ui;
import org.spikestudio.ui.editor.wizards.NewProjectWizard;

/** What the diagram tests share: a project, opening editors, the diagram page, mouse events. */
final class DiagramTests {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    private DiagramTests() {
    }

    static IProject project(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        NewProjectWizard.addModelsFolder(project);
        return project;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static IFile copy(IProject project, String example, String name) throws Exception {
        IFile file = project.getFile("models/" + name);
        file.create(new ByteArrayInputStream(Files.readAllBytes(EXAMPLES.resolve(example))), false, null);
        return file;
    }

    static NetworkEditor open(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(page(), file);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 900);
        flush();
        NetworkEditor editor = assertInstanceOf(NetworkEditor.class, part);
        settle();
        return editor;
    }

    static DiagramPage diagram(NetworkEditor editor) {
        return assertInstanceOf(DiagramPage.class, editor.getPages().get(0), "the Diagram page is not the first tab");
    }

    static void flush() {
        Ui.flush();
    }

    /** Lets asynchronous refreshes (after commands, the first fit) run. */
    static void settle() {
        Ui.pause(200);
    }

    static void waitUntil(BooleanSupplier condition, String message) {
        Ui.waitUntil(condition, message);
    }

    static void mouse(DiagramViewer viewer, int type, Point at, int state) {
        Event e = new Event();
        e.x = at.x;
        e.y = at.y;
        e.button = 1;
        e.stateMask = state;
        viewer.getControl().notifyListeners(type, e);
    }

    static void click(DiagramViewer viewer, Point at) {
        mouse(viewer, SWT.MouseDown, at, 0);
        mouse(viewer, SWT.MouseUp, at, SWT.BUTTON1);
        settle();
    }

    static void drag(DiagramViewer viewer, Point from, Point to) {
        mouse(viewer, SWT.MouseDown, from, 0);
        for (int i = 1; i <= 4; i++) {
            mouse(viewer, SWT.MouseMove, new Point(from.x + (to.x - from.x) * i / 4, from.y + (to.y - from.y) * i / 4), SWT.BUTTON1);
        }
        mouse(viewer, SWT.MouseUp, to, SWT.BUTTON1);
        settle();
    }

    /** The control point of a figure's centre. */
    static Point centre(DiagramViewer viewer, Object key) {
        Figure f = viewer.figure(key);
        if (!(f instanceof NodeFigure n)) {
            throw new AssertionError("no node for " + key);
        }
        Rectangle b = n.bounds();
        return viewer.toControl(b.x + b.width / 2.0, b.y + b.height / 2.0);
    }

    static List<NodeFigure> nodes(DiagramViewer viewer) {
        List<NodeFigure> nodes = new ArrayList<>();
        for (Figure f : viewer.getFigures()) {
            if (f instanceof NodeFigure n) {
                nodes.add(n);
            }
        }
        return nodes;
    }
}
