// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.junit.jupiter.api.Test;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.edit.command.ModelCommands;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.ui.diagram.DiagramPage;
import org.spikestudio.ui.diagram.engine.DiagramViewer;
import org.spikestudio.ui.editor.NetworkEditor;
import org.spikestudio.ui.editor.wizards.NewNetworkWizard;
import org.spikestudio.ui.editor.wizards.Templates;

/**
 * The diagram's performance benchmark (not a timed test: it prints figures and checks only the
 * network's size). Run it with {@code bench/diagram-bench.sh}. A network of 100 populations and
 * 300 projections (random pairs, fixed seed) is opened in the editor; measured are a full repaint
 * of the canvas, each step of a drag of one node (repaint included) and the drop (the move command
 * and the redraw), and "Layout All" (graph, ELK, command, redraw).
 */
class DiagramBench {

    private static final int POPULATIONS = 100, PROJECTIONS = 300, REPEAT = 20;

    @Test
    void benchmark() throws Exception {
        IProject project = DiagramTests.project("diagram-bench");
        try {
            Templates.Template empty = Templates.ALL.stream().filter(t -> t.path() == null).findFirst().orElseThrow();
            IFile file = NewNetworkWizard.create(project.getFolder("models"), "large.snn", empty);
            build(file.getLocation().toPath());
            file.refreshLocal(IResource.DEPTH_ZERO, null);

            long t0 = System.nanoTime();
            NetworkEditor editor = DiagramTests.open(file);
            double openMs = (System.nanoTime() - t0) / 1e6;
            assertEquals(POPULATIONS, editor.getNetwork().getPopulations().size());
            assertEquals(PROJECTIONS, editor.getNetwork().getProjections().size());
            DiagramPage page = DiagramTests.diagram(editor);
            DiagramViewer viewer = page.getViewer();
            viewer.setZoom(1, new Point(0, 0));
            Canvas canvas = viewer.getControl();
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "canvas %dx%d px, %d figures", canvas.getSize().x, canvas.getSize().y,
                    viewer.getFigures().size()));
            lines.add(String.format(Locale.ROOT, "open editor (load, first layout, first paint): %.0f ms", openMs));

            // A full repaint is measured as the paint listener's work onto an offscreen image of the
            // canvas's size: on GTK, redraw() and update() return before the frame is painted.
            org.eclipse.swt.graphics.Image offscreen = new org.eclipse.swt.graphics.Image(canvas.getDisplay(),
                    canvas.getClientArea().width, canvas.getClientArea().height);
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(offscreen);
            try {
                for (double zoom : new double[] { 1, 0.3 }) {
                    viewer.setZoom(zoom, new Point(0, 0));
                    if (zoom < 1) {
                        viewer.fitToWindow();
                    }
                    double[] repaint = new double[REPEAT];
                    for (int i = 0; i < REPEAT; i++) {
                        long s = System.nanoTime();
                        viewer.paint(gc);
                        repaint[i] = (System.nanoTime() - s) / 1e6;
                    }
                    lines.add(String.format(Locale.ROOT, "full repaint at zoom %.2f: median %.1f ms, max %.1f ms", viewer.getZoom(),
                            median(repaint), Arrays.stream(repaint).max().orElse(0)));
                }

                viewer.setZoom(1, new Point(0, 0));
                Population moved = editor.getNetwork().getPopulations().get(0);
                viewer.reveal(viewer.figure(moved));
                Point from = DiagramTests.centre(viewer, moved);
                DiagramTests.mouse(viewer, SWT.MouseDown, from, 0);
                double[] steps = new double[REPEAT * 2];
                for (int i = 0; i < steps.length; i++) {
                    long s = System.nanoTime();
                    DiagramTests.mouse(viewer, SWT.MouseMove, new Point(from.x + 3 * (i + 2), from.y + 2 * (i + 2)), SWT.BUTTON1);
                    viewer.paint(gc);
                    steps[i] = (System.nanoTime() - s) / 1e6;
                }
                long s = System.nanoTime();
                DiagramTests.mouse(viewer, SWT.MouseUp, new Point(from.x + 3 * (steps.length + 1), from.y + 2 * (steps.length + 1)),
                        SWT.BUTTON1);
                viewer.paint(gc);
                double drop = (System.nanoTime() - s) / 1e6;
                lines.add(String.format(Locale.ROOT, "drag one node: median %.1f ms per mouse move (routes and repaint), max %.1f ms;"
                        + " drop (move command, figures rebuilt, repaint) %.1f ms", median(steps), Arrays.stream(steps).max().orElse(0), drop));
            } finally {
                gc.dispose();
                offscreen.dispose();
            }

            double[] layouts = new double[3];
            for (int i = 0; i < layouts.length; i++) {
                long l = System.nanoTime();
                page.layout(null, List.of());
                DiagramTests.flush();
                layouts[i] = (System.nanoTime() - l) / 1e6;
            }
            lines.add(String.format(Locale.ROOT, "layout all (graph, ELK, command, redraw): median %.0f ms of %d", median(layouts),
                    layouts.length));
            lines.forEach(l -> System.out.println("diagram-bench: " + l));
            Files.write(Path.of("target/diagram-bench.txt"), lines);
        } finally {
            DiagramTests.page().closeAllEditors(false);
            project.delete(true, true, null);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** 100 populations (4 in 5 excitatory), 300 projections between random pairs, seed 1. */
    private static void build(Path file) throws Exception {
        Network network = ModelFiles.load(file);
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(
                ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        for (int i = 0; i < POPULATIONS; i++) {
            domain.getCommandStack().execute(ModelCommands.createPopulation(domain, network));
            Population p = network.getPopulations().get(i);
            p.setName((i % 5 == 4 ? "inh" : "exc") + i);
            p.setType(i % 5 == 4 ? PopulationType.INHIBITORY : PopulationType.EXCITATORY);
        }
        Random random = new Random(1);
        for (int i = 0; i < PROJECTIONS; i++) {
            Population source = network.getPopulations().get(random.nextInt(POPULATIONS));
            Population target = network.getPopulations().get(random.nextInt(POPULATIONS));
            domain.getCommandStack().execute(ModelCommands.connect(domain, source, target));
        }
        ModelFiles.save(network, file);
    }
}
