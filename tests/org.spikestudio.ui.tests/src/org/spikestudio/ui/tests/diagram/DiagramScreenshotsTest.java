// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spikestudio.ui.diagram.engine.DiagramExport;
import org.spikestudio.ui.diagram.engine.Figure;
import org.spikestudio.ui.diagram.engine.NodeFigure;
import org.spikestudio.ui.editor.NetworkEditor;
import org.spikestudio.ui.tests.Ui;

/**
 * Every seed example and CUBA as a diagram, laid out on opening: no two nodes overlap, and the
 * PNG export is written to target/screenshots/diagram-NAME.png (copied to docs/screenshots by
 * hand, after looking at them), with one picture of the editor itself.
 */
class DiagramScreenshotsTest {

    private static final List<String> MODELS = List.of("seed/single-neuron.snn", "seed/two-excitatory.snn",
            "seed/two-inhibitory.snn", "seed/excitatory-inhibitory.snn", "seed/population-100.snn",
            "seed/three-populations.snn", "benchmarks/cuba.snn");

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = DiagramTests.project("diagram-shots");
    }

    @AfterEach
    void closeAll() throws Exception {
        DiagramTests.page().closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void everyExampleAsADiagram() throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        for (String model : MODELS) {
            String name = Path.of(model).getFileName().toString().replace(".snn", "");
            IFile file = DiagramTests.copy(project, model, name + ".snn");
            NetworkEditor editor = DiagramTests.open(file);
            List<Figure> figures = DiagramTests.diagram(editor).getViewer().getFigures();
            assertFalse(figures.isEmpty(), model);
            List<NodeFigure> nodes = figures.stream().filter(NodeFigure.class::isInstance).map(NodeFigure.class::cast)
                    .filter(n -> n.shape() != NodeFigure.Shape.CONTAINER).toList();
            for (int i = 0; i < nodes.size(); i++) {
                for (int j = i + 1; j < nodes.size(); j++) {
                    assertFalse(nodes.get(i).bounds().intersects(nodes.get(j).bounds()),
                            model + ": " + nodes.get(i).label() + " overlaps " + nodes.get(j).label());
                }
            }
            Path png = dir.resolve("diagram-" + name + ".png");
            DiagramExport.png(Display.getCurrent(), figures, png);
            DiagramExport.svg(Display.getCurrent(), figures, dir.resolve("diagram-" + name + ".svg"));
            assertTrue(Files.size(png) > 1000, png.toString());
            if (name.equals("three-populations")) {
                window(editor, dir.resolve("diagram-editor.png"));
            }
            DiagramTests.page().closeAllEditors(false);
        }
    }

    /** The workbench window with the editor showing its Diagram tab. */
    private static void window(NetworkEditor editor, Path png) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1400, 900);
        var gettingStarted = DiagramTests.page().findView("org.spikestudio.ui.editor.gettingStarted");
        if (gettingStarted != null) {
            DiagramTests.page().hideView(gettingStarted);
        }
        DiagramTests.page().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
        DiagramTests.page().activate(editor);
        DiagramTests.settle();
        var viewer = DiagramTests.diagram(editor).getViewer();
        viewer.fitToWindow();
        DiagramTests.click(viewer, DiagramTests.centre(viewer, editor.getNetwork().getPopulations().get(0)));
        Ui.pause(1000);
        Ui.capture(shell, png);
    }
}
