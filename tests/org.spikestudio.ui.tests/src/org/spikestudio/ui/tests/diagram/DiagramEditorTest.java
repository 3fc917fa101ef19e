// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikestudio.ui.tests.diagram.DiagramTests.centre;
import static org.spikestudio.ui.tests.diagram.DiagramTests.click;
import static org.spikestudio.ui.tests.diagram.DiagramTests.copy;
import static org.spikestudio.ui.tests.diagram.DiagramTests.diagram;
import static org.spikestudio.ui.tests.diagram.DiagramTests.drag;
import static org.spikestudio.ui.tests.diagram.DiagramTests.nodes;
import static org.spikestudio.ui.tests.diagram.DiagramTests.open;
import static org.spikestudio.ui.tests.diagram.DiagramTests.settle;
import static org.spikestudio.ui.tests.diagram.DiagramTests.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spikestudio.model.ConstantInput;
import org.spikestudio.model.ExpressionInput;
import org.spikestudio.model.NamedElement;
import org.spikestudio.model.Network;
import org.spikestudio.model.NoiseInput;
import org.spikestudio.model.Population;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.UniformDistribution;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.notation.Diagram;
import org.spikestudio.notation.Node;
import org.spikestudio.notation.files.DiagramFiles;
import org.spikestudio.notation.files.DiagramLoad;
import org.spikestudio.ui.diagram.DiagramPage;
import org.spikestudio.ui.diagram.engine.DiagramViewer;
import org.spikestudio.ui.diagram.engine.EdgeFigure;
import org.spikestudio.ui.diagram.engine.Figure;
import org.spikestudio.ui.diagram.engine.NodeFigure;
import org.spikestudio.ui.diagram.engine.Tool;
import org.spikestudio.ui.editor.NetworkEditor;
import org.spikestudio.ui.editor.wizards.NewNetworkWizard;
import org.spikestudio.ui.editor.wizards.Templates;

/**
 * The Diagram page of the network editor in the running workbench, driven with mouse events on
 * its canvas and the palette's tools. Expected models and files come from the repository's
 * examples and from the model and notation bundles' headless loading, never from the page.
 */
class DiagramEditorTest {

    private static final SpikestudioPackage P = SpikestudioPackage.eINSTANCE;
    /** The charts' colours (org.spikestudio.charts.Palette): excitatory red, inhibitory blue. */
    private static final RGB RED = new RGB(0xd6, 0x27, 0x28), BLUE = new RGB(0x1f, 0x77, 0xb4);

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = DiagramTests.project("diagram-test");
    }

    @AfterEach
    void closeAll() throws Exception {
        DiagramTests.page().closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void opensThreePopulationsAsADiagramWithoutWritingTheSidecar() throws Exception {
        IFile file = copy(project, "seed/three-populations.snn", "three-populations.snn");
        NetworkEditor editor = open(file);
        DiagramViewer viewer = diagram(editor).getViewer();
        Network network = editor.getNetwork();
        Population first = network.getPopulations().get(0), third = network.getPopulations().get(2);

        NodeFigure firstFigure = assertInstanceOf(NodeFigure.class, viewer.figure(first));
        assertEquals(List.of("first", "10 x LIF"), firstFigure.label());
        assertEquals(RED, firstFigure.stroke());
        assertEquals(BLUE, viewer.figure(third).stroke());
        assertEquals(3, firstFigure.badges().size(), "first has a spike, a state and a rate recorder");
        for (SpikeCountCoupling coupling : network.getCouplings()) {
            EdgeFigure edge = assertInstanceOf(EdgeFigure.class, viewer.figure(coupling));
            assertTrue(edge.dashed(), "a coupling is dashed");
            // The example's description: the target jumps by 2 mV, "raised by the excitatory sources,
            // lowered by the inhibitory one".
            boolean inhibitory = coupling.getSource().getType() == org.spikestudio.model.PopulationType.INHIBITORY;
            assertEquals(List.of(inhibitory ? "20 spikes -> -2 mV" : "20 spikes -> +2 mV"), edge.label());
            assertEquals(inhibitory ? EdgeFigure.End.BAR : EdgeFigure.End.ARROW, edge.end());
            assertEquals(inhibitory ? BLUE : RED, edge.stroke());
        }
        for (var input : network.getInputs()) {
            NodeFigure node = assertInstanceOf(NodeFigure.class, viewer.figure(input));
            assertEquals(viewer.figure(input.getTarget()), node.attachedTo());
        }
        // Laid out without overlaps.
        List<NodeFigure> nodes = nodes(viewer);
        assertEquals(6, nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(nodes.get(i).bounds().intersects(nodes.get(j).bounds()),
                        nodes.get(i).key() + " overlaps " + nodes.get(j).key());
            }
        }
        assertFalse(editor.isDirty());
        assertFalse(Files.exists(DiagramFiles.sidecarOf(file.getLocation().toPath())), "the sidecar is written before a save");
    }

    @Test
    void buildsTheThreePopulationsWithThePaletteAndUndoesItStepByStep() throws Exception {
        Templates.Template empty = Templates.ALL.stream().filter(t -> t.path() == null).findFirst().orElseThrow();
        IFile file = NewNetworkWizard.create(project.getFolder("models"), "built.snn", empty);
        NetworkEditor editor = open(file);
        DiagramPage page = diagram(editor);
        DiagramViewer viewer = page.getViewer();
        Network network = editor.getNetwork();
        CommandStack stack = editor.getEditingDomain().getCommandStack();

        Population first = create(page, "EXCITATORY_POPULATION", 80, 80, "first");
        Population second = create(page, "EXCITATORY_POPULATION", 380, 80, "second");
        Population third = create(page, "INHIBITORY_POPULATION", 230, 300, "third");
        connect(page, first, second, "first_drives_second");
        connect(page, second, third, "second_drives_third");
        connect(page, third, first, "third_inhibits_first");
        attach(page, "INPUT:ExpressionInput", first, "first_current_in");
        attach(page, "INPUT:NoiseInput", second, "second_current_in");
        attach(page, "INPUT:ConstantInput", third, "third_current_in");
        for (String variant : List.of("SpikeRecorder", "StateRecorder", "RateRecorder")) {
            for (Population p : List.of(first, second, third)) {
                attach(page, "RECORDER:" + variant, p, null);
            }
        }
        // What the palette cannot say, the Properties view sets: as it does, by commands on the stack.
        List<String> recorderNames = List.of("first_spikes", "second_spikes", "third_spikes", "first_v", "second_v", "third_v",
                "first_rate", "second_rate", "third_rate");
        for (int i = 0; i < recorderNames.size(); i++) {
            set(editor, network.getRecorders().get(i), P.getNamedElement_Name(), recorderNames.get(i));
        }
        set(editor, network.getInputs().get(0), P.getExpressionInput_Expression(), "3*i");
        set(editor, ((NoiseInput) network.getInputs().get(1)).getDistribution(), P.getUniformDistribution_High(), 5.5);
        set(editor, network.getInputs().get(2), P.getConstantInput_Amplitude(), 3.0);
        for (int i = 6; i < 9; i++) {
            set(editor, network.getRecorders().get(i), P.getRateRecorder_BinWidth(), 1.0);
        }
        int[][] neurons = { { 1, 5 }, { 0, 5 }, { 0 } };
        for (int i = 0; i < 3; i++) {
            for (int n : neurons[i]) {
                stack.execute(AddCommand.create(editor.getEditingDomain(), network.getRecorders().get(3 + i),
                        P.getStateRecorder_Neurons(), n));
            }
        }
        editor.doSave(null);
        assertFalse(editor.isDirty());

        Network expected = ModelFiles.load(DiagramTests.EXAMPLES.resolve("seed/three-populations.snn"));
        Network saved = ModelFiles.load(file.getLocation().toPath());
        for (EReference list : List.of(P.getNetwork_Populations(), P.getNetwork_Couplings(), P.getNetwork_Inputs(),
                P.getNetwork_Recorders())) {
            assertEquals(canonical(expected, list), canonical(saved, list), list.getName() + " differ from the example");
        }
        assertTrue(Files.exists(DiagramFiles.sidecarOf(file.getLocation().toPath())), "no sidecar after the save");

        // Undo everything, step by step, back to the empty network.
        int steps = 0;
        while (stack.canUndo()) {
            stack.undo();
            steps++;
            settle();
        }
        assertTrue(steps >= 3 + 3 * 2 + 3 * 2 + 9, "fewer undo steps than palette actions: " + steps);
        assertTrue(network.getPopulations().isEmpty() && network.getCouplings().isEmpty() && network.getInputs().isEmpty()
                && network.getRecorders().isEmpty(), "undo did not empty the network");
        waitUntil(() -> viewer.getFigures().isEmpty(), "figures remain after undoing everything");
    }

    private static Population create(DiagramPage page, String tool, int x, int y, String name) {
        DiagramViewer viewer = page.getViewer();
        page.getPalette().choose(tool(tool));
        Point at = viewer.toControl(x, y);
        click(viewer, at);
        Figure created = viewer.getSelection().get(0);
        rename(viewer, created, name);
        return (Population) created.key();
    }

    private static void connect(DiagramPage page, Population source, Population target, String name) {
        DiagramViewer viewer = page.getViewer();
        page.getPalette().choose(tool("COUPLING"));
        drag(viewer, centre(viewer, source), centre(viewer, target));
        Figure created = viewer.getSelection().get(0);
        assertInstanceOf(SpikeCountCoupling.class, created.key());
        rename(viewer, created, name);
    }

    private static void attach(DiagramPage page, String tool, Population host, String name) {
        DiagramViewer viewer = page.getViewer();
        page.getPalette().choose(tool(tool));
        click(viewer, centre(viewer, host));
        if (name != null) {
            Figure created = viewer.getSelection().get(0);
            rename(viewer, created, name);
        }
    }

    /** Direct edit of the selected figure, as F2 and typing would. */
    private static void rename(DiagramViewer viewer, Figure figure, String name) {
        viewer.setSelection(List.of(figure.key()), false);
        viewer.directEdit();
        assertNotNull(viewer.getDirectEditor(), "no direct edit on " + figure.key());
        viewer.getDirectEditor().setText(name);
        viewer.getDirectEditor().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        settle();
        assertEquals(name, ((NamedElement) figure.key()).getName());
    }

    private static Tool tool(String id) {
        return org.spikestudio.ui.diagram.description.NetworkDescription.tools().stream().filter(t -> t.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no tool " + id));
    }

    private static void set(NetworkEditor editor, EObject owner, EStructuralFeature feature, Object value) {
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), owner, feature, value));
    }

    /** Each element of a list as text: class, attributes but the id, references by name, contents. */
    private static List<String> canonical(Network network, EReference list) {
        List<String> texts = new ArrayList<>();
        for (Object o : (List<?>) network.eGet(list)) {
            texts.add(canonical((EObject) o));
        }
        return texts;
    }

    private static String canonical(EObject e) {
        StringBuilder s = new StringBuilder(e.eClass().getName()).append('{');
        for (EStructuralFeature f : e.eClass().getEAllStructuralFeatures()) {
            if (f.getName().equals("id") || f.isTransient() || f.isDerived()) {
                continue;
            }
            Object value = e.eGet(f);
            s.append(f.getName()).append('=');
            if (f instanceof EAttribute) {
                s.append(value);
            } else if (((EReference) f).isContainment()) {
                if (value instanceof List<?> items) {
                    items.forEach(i -> s.append(canonical((EObject) i)));
                } else if (value != null) {
                    s.append(canonical((EObject) value));
                }
            } else if (value instanceof List<?> items) {
                items.forEach(i -> s.append(((NamedElement) i).getName()).append(' '));
            } else {
                s.append(value == null ? null : ((NamedElement) value).getName());
            }
            s.append(';');
        }
        return s.append('}').toString();
    }

    @Test
    void movingANodeChangesOnlyTheSidecarAndReopeningShowsTheSameLayout() throws Exception {
        IFile file = copy(project, "seed/three-populations.snn", "three-populations.snn");
        byte[] original = Files.readAllBytes(file.getLocation().toPath());
        NetworkEditor editor = open(file);
        DiagramViewer viewer = diagram(editor).getViewer();
        Population first = editor.getNetwork().getPopulations().get(0);
        Rectangle before = ((NodeFigure) viewer.figure(first)).bounds();
        Point from = centre(viewer, first);
        drag(viewer, from, new Point(from.x + 40, from.y + 60));
        assertTrue(editor.isDirty(), "a move is an edit");
        double zoom = viewer.getZoom();
        Rectangle after = ((NodeFigure) viewer.figure(first)).bounds();
        assertEquals(before.x + Math.round(40 / zoom), after.x, 1.0);
        assertEquals(before.y + Math.round(60 / zoom), after.y, 1.0);
        Map<Object, Rectangle> layout = new HashMap<>();
        nodes(viewer).forEach(n -> layout.put(((org.spikestudio.model.Identified) n.key()).getId(), n.bounds()));

        editor.doSave(null);
        assertArrayEquals(original, Files.readAllBytes(file.getLocation().toPath()), "moving a node changed the .snn");
        Path sidecar = DiagramFiles.sidecarOf(file.getLocation().toPath());
        Diagram saved = assertInstanceOf(DiagramLoad.Loaded.class, DiagramFiles.load(sidecar)).diagram();
        Node node = saved.getNodes().stream().filter(n -> n.getElementId().equals(first.getId())).findFirst().orElseThrow();
        assertEquals(after.x, node.getX(), 1.0);
        assertEquals(after.y, node.getY(), 1.0);

        // Undo of the move is one step; redo brings it back.
        DiagramTests.page().closeAllEditors(false);
        NetworkEditor reopened = open(file);
        DiagramViewer again = diagram(reopened).getViewer();
        Map<Object, Rectangle> reopenedLayout = new HashMap<>();
        nodes(again).forEach(n -> reopenedLayout.put(((org.spikestudio.model.Identified) n.key()).getId(), n.bounds()));
        assertEquals(layout, reopenedLayout, "the reopened diagram has another layout");
        assertFalse(reopened.isDirty());
    }

    @Test
    void moveIsOneUndoableStep() throws Exception {
        IFile file = copy(project, "seed/two-excitatory.snn", "two-excitatory.snn");
        NetworkEditor editor = open(file);
        DiagramViewer viewer = diagram(editor).getViewer();
        Population a = editor.getNetwork().getPopulations().get(0);
        Rectangle before = ((NodeFigure) viewer.figure(a)).bounds();
        Point from = centre(viewer, a);
        drag(viewer, from, new Point(from.x + 30, from.y + 30));
        assertTrue(editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel().startsWith("Move"));
        editor.getEditingDomain().getCommandStack().undo();
        settle();
        assertEquals(before, ((NodeFigure) viewer.figure(a)).bounds());
        assertFalse(editor.isDirty());
    }

    @Test
    void layoutIsOneUndoableStepThatPutsAMovedNodeBack() throws Exception {
        IFile file = copy(project, "seed/three-populations.snn", "three-populations.snn");
        NetworkEditor editor = open(file);
        DiagramPage page = diagram(editor);
        DiagramViewer viewer = page.getViewer();
        Population first = editor.getNetwork().getPopulations().get(0);
        Rectangle laidOut = ((NodeFigure) viewer.figure(first)).bounds();
        Point from = centre(viewer, first);
        drag(viewer, from, new Point(from.x + 80, from.y + 120));
        Rectangle moved = ((NodeFigure) viewer.figure(first)).bounds();
        assertFalse(moved.equals(laidOut), "the drag did not move 'first'");
        page.layout(null, List.of());
        settle();
        // ELK is deterministic: the same network is laid out as when it was opened.
        assertEquals(laidOut, ((NodeFigure) viewer.figure(first)).bounds());
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        assertEquals("Layout Diagram", stack.getUndoCommand().getLabel());
        stack.undo();
        settle();
        assertEquals(moved, ((NodeFigure) viewer.figure(first)).bounds(), "undo of the layout does not restore the move");
    }

    @Test
    void treeEditsShowInTheDiagramAndDiagramEditsInTheTree() throws Exception {
        IFile file = copy(project, "seed/three-populations.snn", "three-populations.snn");
        NetworkEditor editor = open(file);
        DiagramViewer viewer = diagram(editor).getViewer();
        Population first = editor.getNetwork().getPopulations().get(0);
        Population second = editor.getNetwork().getPopulations().get(1);

        set(editor, first, P.getNamedElement_Name(), "alpha");
        set(editor, first, P.getPopulation_Size(), 1);
        waitUntil(() -> viewer.figure(first) instanceof NodeFigure n && n.label().get(0).equals("alpha")
                && n.shape() == NodeFigure.Shape.CIRCLE, "a tree edit does not show in the diagram");

        rename(viewer, viewer.figure(second), "beta");
        editor.getViewer().refresh();
        assertTrue(editor.getViewer().getTree().getItems()[0].getItems().length > 0);
        assertTrue(labelsOf(editor).stream().anyMatch(t -> t.contains("beta")), "the tree does not show the diagram's rename");

        // Selection, both ways.
        editor.getViewer().setSelection(new StructuredSelection(second), true);
        settle();
        assertEquals(List.of(viewer.figure(second)), viewer.getSelection());
        click(viewer, centre(viewer, first));
        assertEquals(List.of(first), editor.getViewer().getStructuredSelection().toList());
    }

    @Test
    void problemsDecorateFiguresAndAProblemEntrySelectsItsFigure() throws Exception {
        IFile file = copy(project, "seed/three-populations.snn", "three-populations.snn");
        NetworkEditor editor = open(file);
        DiagramViewer viewer = diagram(editor).getViewer();
        Population second = editor.getNetwork().getPopulations().get(1);
        assertEquals(Figure.Severity.NONE, viewer.figure(second).severity());
        set(editor, second, P.getPopulation_Size(), 0); // the validator: size must be >= 1
        waitUntil(() -> viewer.figure(second).severity() == Figure.Severity.ERROR, "no error decoration on 'second'");
        org.eclipse.core.resources.IMarker marker = null;
        for (var m : file.findMarkers(NetworkEditor.MARKER, false, IResource.DEPTH_ZERO)) {
            if (second.getId().equals(m.getAttribute(NetworkEditor.MARKER_ELEMENT_ID, null))) {
                marker = m;
            }
        }
        assertNotNull(marker, "no marker for 'second'");
        viewer.setSelection(List.of(), false);
        org.eclipse.ui.ide.IDE.gotoMarker(editor, marker);
        settle();
        assertEquals(List.of(viewer.figure(second)), viewer.getSelection(), "the Problems entry does not select the figure");
    }

    private static List<String> labelsOf(NetworkEditor editor) {
        List<String> labels = new ArrayList<>();
        collect(editor.getViewer().getTree().getItems(), labels);
        return labels;
    }

    private static void collect(org.eclipse.swt.widgets.TreeItem[] items, List<String> labels) {
        for (var item : items) {
            labels.add(item.getText());
            collect(item.getItems(), labels);
        }
    }

    @Test
    void aStaleOrBrokenDiagramOpensCleanly() throws Exception {
        IFile file = copy(project, "seed/three-populations.snn", "three-populations.snn");
        NetworkEditor editor = open(file);
        Point from = centre(diagram(editor).getViewer(), editor.getNetwork().getPopulations().get(2));
        drag(diagram(editor).getViewer(), from, new Point(from.x + 20, from.y));
        editor.doSave(null);
        DiagramTests.page().closeAllEditors(false);

        // Deleted with a text editor: a coupling and an input of 'third'.
        Path path = file.getLocation().toPath();
        List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        assertTrue(lines.removeIf(l -> l.contains("id=\"third_inhibits_first\"") || l.contains("id=\"third_current_in\"")));
        Files.write(path, lines, StandardCharsets.UTF_8);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        NetworkEditor stale = open(file);
        DiagramPage page = diagram(stale);
        assertNull(stale.getLoadError());
        assertEquals(2, page.getViewer().getFigures().stream().filter(EdgeFigure.class::isInstance).count());
        assertEquals(5, nodes(page.getViewer()).size(), "3 populations and 2 inputs");
        assertFalse(stale.isDirty());
        assertTrue(page.getBannerText().isEmpty(), "a stale diagram is no error: " + page.getBannerText());
        DiagramTests.page().closeAllEditors(false);

        Files.writeString(DiagramFiles.sidecarOf(path), "<diagram:Diagram this is not xml");
        NetworkEditor broken = open(file);
        DiagramPage brokenPage = diagram(broken);
        assertNull(broken.getLoadError(), "a broken diagram blocks the network");
        assertFalse(brokenPage.getBannerText().isEmpty(), "a broken diagram file is not reported");
        assertEquals(5, nodes(brokenPage.getViewer()).size(), "the network is not laid out afresh");
    }
}
