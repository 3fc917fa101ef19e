// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.spikestudio.model.Network;
import org.spikestudio.model.edit.diagram.DiagramElements;
import org.spikestudio.model.edit.diagram.PaletteCommands;
import org.spikestudio.model.edit.diagram.PaletteTool;
import org.spikestudio.notation.Diagram;
import org.spikestudio.notation.Edge;
import org.spikestudio.notation.Node;
import org.spikestudio.notation.NotationFactory;
import org.spikestudio.notation.files.DiagramFiles;
import org.spikestudio.notation.files.DiagramLoad;
import org.spikestudio.notation.layout.Bounds;
import org.spikestudio.notation.layout.DiagramLayout;
import org.spikestudio.notation.layout.LayoutGraph;
import org.spikestudio.notation.layout.LayoutResult;
import org.spikestudio.notation.layout.Position;
import org.spikestudio.notation.layout.Route;
import org.spikestudio.notation.reconcile.DiagramReconciler;
import org.spikestudio.ui.diagram.description.NetworkDescription;
import org.spikestudio.ui.diagram.engine.DiagramExport;
import org.spikestudio.ui.diagram.engine.DiagramHost;
import org.spikestudio.ui.diagram.engine.DiagramViewer;
import org.spikestudio.ui.diagram.engine.Figure;
import org.spikestudio.ui.diagram.engine.NodeFigure;
import org.spikestudio.ui.diagram.engine.Palette;
import org.spikestudio.ui.diagram.engine.Tool;
import org.spikestudio.ui.editor.EditorPage;
import org.spikestudio.ui.editor.NetworkEditor;

/**
 * The Diagram tab of the network editor. The network stays the editor's; the page keeps its
 * drawing in a notation model read from and written to the sidecar {@code name.snn.diagram}, only
 * when the editor saves. Every change, of the network or of the drawing, is a command on the
 * editor's stack, so there is one undo history. After each command the drawing is brought in line
 * with the network (new elements placed near their neighbours, deleted ones dropped) and redrawn.
 */
public final class DiagramPage implements EditorPage {

    /** A first view fits the diagram but shrinks its labels no further than this (about 9 px text). */
    private static final double OPENING_MIN_ZOOM = 0.9;

    /** How far from the middle of its edge a label may be put (further is not beside the edge). */
    private static final double MAX_LABEL_OFFSET = 60;

    private NetworkEditor editor;
    private EditingDomain domain;
    private Composite root;
    private Label banner;
    private DiagramViewer viewer;
    private Palette palette;
    private Network network;
    private Diagram diagram;
    private boolean syncing;
    private final CommandStackListener stackListener = event -> {
        if (root != null && !root.isDisposed()) {
            root.getDisplay().asyncExec(this::refresh);
        }
    };
    private final ISelectionChangedListener treeListener = event -> treeSelected();

    @Override
    public String title() {
        return "Diagram";
    }

    @Override
    public Control createControl(Composite parent, NetworkEditor networkEditor) {
        editor = networkEditor;
        domain = editor.getEditingDomain();
        root = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(2, false);
        grid.marginWidth = grid.marginHeight = 0;
        grid.horizontalSpacing = 0;
        root.setLayout(grid);
        banner = new Label(root, SWT.WRAP);
        banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        banner.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        showBanner(null);
        viewer = new DiagramViewer(root, new Host());
        palette = new Palette(root, viewer, NetworkDescription.tools(), viewer::fitToWindow, this::layoutSelectionOrAll);
        palette.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        palette.getControl().moveAbove(viewer.getControl());
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.addSelectionListener(this::diagramSelected);
        createMenu();
        editor.getViewer().addSelectionChangedListener(treeListener);
        domain.getCommandStack().addCommandStackListener(stackListener);
        return root;
    }

    private void showBanner(String text) {
        banner.setText(text == null ? "" : text);
        ((GridData) banner.getLayoutData()).exclude = text == null;
        banner.setVisible(text != null);
        root.layout(true);
    }

    public DiagramViewer getViewer() {
        return viewer;
    }

    /** The message above the diagram (a diagram file that could not be used), or "". */
    public String getBannerText() {
        return banner.getText();
    }

    public Palette getPalette() {
        return palette;
    }

    /** The notation model being edited (null before a network is loaded). */
    public Diagram getDiagram() {
        return diagram;
    }

    // ---- loading and saving ----

    @Override
    public void loaded(Network loaded) {
        network = loaded;
        diagram = null;
        showBanner(null);
        if (network == null) {
            viewer.setFigures(List.of());
            return;
        }
        Path file = DiagramFiles.sidecarOf(editor.path());
        boolean fresh = true;
        switch (DiagramFiles.load(file)) {
            case DiagramLoad.Loaded loadedDiagram -> {
                diagram = loadedDiagram.diagram();
                fresh = false;
            }
            case DiagramLoad.Broken broken -> showBanner("The diagram file cannot be used, so the network is laid out afresh"
                    + " (saving replaces it): " + broken.problem());
            case DiagramLoad.Missing missing -> {
            }
        }
        if (diagram == null) {
            diagram = newDiagram(file);
        }
        boolean empty = diagram.getNodes().isEmpty();
        LayoutGraph graph = graph();
        if (empty) {
            // Entries first, so that the reconciler does not lay out what the layout below replaces.
            graph.nodes().forEach(n -> diagram.getNodes().add(entry(NotationFactory.eINSTANCE.createNode(), n.id())));
            graph.edges().forEach(e -> diagram.getEdges().add(entry(NotationFactory.eINSTANCE.createEdge(), e.id())));
        }
        DiagramReconciler.reconcile(diagram, graph, NetworkDescription.fingerprints(network), true);
        if (empty) {
            // A first drawing is ELK's layout in full, edge labels where ELK kept room for them.
            LayoutResult result = DiagramLayout.layout(graph);
            DiagramReconciler.applyLayout(diagram, graph, result);
            placeLabels(result);
        }
        snap();
        showFigures();
        if (fresh || diagram.getZoom() <= 0) {
            root.getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.fitToWindow(OPENING_MIN_ZOOM);
                }
            });
        } else {
            viewer.setViewport(diagram.getZoom(), diagram.getViewportX(), diagram.getViewportY());
        }
    }

    private static <T extends org.spikestudio.notation.DiagramElement> T entry(T element, String id) {
        element.setElementId(id);
        return element;
    }

    private static Diagram newDiagram(Path file) {
        Diagram created = NotationFactory.eINSTANCE.createDiagram();
        created.setModel(file.getFileName().toString().replaceFirst("\\.diagram$", ""));
        DiagramFiles.newResourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()))
                .getContents().add(created);
        return created;
    }

    @Override
    public void saved(Path modelFile) throws IOException {
        if (diagram == null || network == null) {
            return;
        }
        // The viewport and the fingerprints are no edits of their own: they are taken as they are on save.
        double[] origin = viewer.getOrigin();
        diagram.setZoom(viewer.getZoom());
        diagram.setViewportX(Math.round(origin[0]));
        diagram.setViewportY(Math.round(origin[1]));
        diagram.setModel(modelFile.getFileName().toString());
        DiagramReconciler.reconcile(diagram, graph(), NetworkDescription.fingerprints(network), false);
        DiagramFiles.save(diagram, DiagramFiles.sidecarOf(modelFile), elementOrder());
    }

    /** The ids in the model's order, so the sidecar lists its entries as the network does. */
    private List<String> elementOrder() {
        List<String> ids = new ArrayList<>();
        for (EObject e : DiagramElements.of(network)) {
            String id = DiagramElements.id(e);
            if (id != null) {
                ids.add(id);
                ids.add(NetworkDescription.inputLinkId(id));
            }
        }
        return ids;
    }

    private LayoutGraph graph() {
        return NetworkDescription.graph(network, (text, bold) -> viewer.textExtent(text, bold));
    }

    // ---- keeping the drawing in line ----

    /** After a command: the drawing follows the network, then the figures are drawn again. */
    private void refresh() {
        if (network == null || diagram == null || root.isDisposed() || network.eResource() == null) {
            return;
        }
        DiagramReconciler.reconcile(diagram, graph(), NetworkDescription.fingerprints(network), false);
        snap();
        showFigures();
    }

    /**
     * Whole pixels: what is shown is exactly what the sidecar keeps (it rounds to half pixels), so
     * a reopened diagram is drawn as it was left.
     */
    private void snap() {
        for (Node n : diagram.getNodes()) {
            if (n.getX() != Math.rint(n.getX()) || n.getY() != Math.rint(n.getY()) || n.getWidth() != Math.rint(n.getWidth())
                    || n.getHeight() != Math.rint(n.getHeight())) {
                n.setX(Math.rint(n.getX()));
                n.setY(Math.rint(n.getY()));
                n.setWidth(Math.rint(n.getWidth()));
                n.setHeight(Math.rint(n.getHeight()));
            }
        }
        for (Edge e : diagram.getEdges()) {
            for (org.spikestudio.notation.Point p : e.getBendpoints()) {
                if (p.getX() != Math.rint(p.getX()) || p.getY() != Math.rint(p.getY())) {
                    p.setX(Math.rint(p.getX()));
                    p.setY(Math.rint(p.getY()));
                }
            }
        }
    }

    /**
     * Puts each edge label where ELK kept room for it: as an offset from the middle of the edge,
     * where the renderer would otherwise put it.
     */
    private void placeLabels(LayoutResult result) {
        for (Edge edge : diagram.getEdges()) {
            Route route = result.edges().get(edge.getElementId());
            if (route == null || route.label() == null) {
                continue;
            }
            List<Position> path = new ArrayList<>();
            path.add(route.start());
            path.addAll(route.bendpoints());
            path.add(route.end());
            Position middle = middle(path), centre = route.label().center();
            // A label ELK did not place next to its edge (it then reports it at the origin) stays in the middle.
            if (Math.hypot(centre.x() - middle.x(), centre.y() - middle.y()) <= MAX_LABEL_OFFSET) {
                edge.setLabelOffset(point(centre.x() - middle.x(), centre.y() - middle.y()));
            }
        }
    }

    /** The point halfway along a path. */
    private static Position middle(List<Position> path) {
        double total = 0;
        for (int i = 1; i < path.size(); i++) {
            total += Math.hypot(path.get(i).x() - path.get(i - 1).x(), path.get(i).y() - path.get(i - 1).y());
        }
        double left = total / 2;
        for (int i = 1; i < path.size(); i++) {
            Position a = path.get(i - 1), b = path.get(i);
            double len = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (left <= len && len > 0) {
                return new Position(a.x() + (b.x() - a.x()) * left / len, a.y() + (b.y() - a.y()) * left / len);
            }
            left -= len;
        }
        return path.get(path.size() - 1);
    }

    private void showFigures() {
        viewer.setFigures(NetworkDescription.figures(network, diagram, e -> editor.problemSeverity(e)));
        treeSelected();
    }

    /** Only the decorations change, so a drag in progress goes on. */
    @Override
    public void problemsChanged() {
        if (network == null || root.isDisposed()) {
            return;
        }
        for (Figure f : viewer.getFigures()) {
            NetworkDescription.decorate(f, (EObject) f.key(), e -> editor.problemSeverity(e));
        }
        viewer.redraw();
    }

    // ---- selection, both ways ----

    private void diagramSelected(List<Figure> figures) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            editor.getViewer().setSelection(new StructuredSelection(figures.stream().map(Figure::key).toList()), true);
        } finally {
            syncing = false;
        }
    }

    private void treeSelected() {
        if (syncing || viewer == null) {
            return;
        }
        syncing = true;
        try {
            List<Object> keys = new ArrayList<>();
            for (Object o : ((IStructuredSelection) editor.getViewer().getSelection()).toList()) {
                if (o instanceof EObject e) {
                    keys.add(NetworkDescription.shownBy(e));
                }
            }
            viewer.setSelection(keys, true);
        } finally {
            syncing = false;
        }
    }

    // ---- commands ----

    private void execute(Command command) {
        if (command != null && command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** Lays out the selected nodes, or everything when nothing is selected; one undoable step. */
    public void layoutSelectionOrAll() {
        Set<String> ids = new HashSet<>();
        List<Object> elements = new ArrayList<>();
        for (Figure f : viewer.getSelection()) {
            if (f instanceof NodeFigure && f.key() instanceof EObject e) {
                ids.add(DiagramElements.id(e));
                elements.add(e);
            }
        }
        layout(ids.isEmpty() ? null : ids, elements);
    }

    /** Lays out the nodes of {@code ids} (null: all) with ELK as one command. */
    public void layout(Set<String> ids, List<Object> affected) {
        if (network == null || diagram == null) {
            return;
        }
        LayoutGraph graph = graph();
        Map<String, Bounds> current = new LinkedHashMap<>();
        diagram.getNodes().forEach(n -> current.put(n.getElementId(), new Bounds(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
        LayoutResult result = ids == null ? DiagramLayout.layout(graph) : DiagramLayout.layoutSelection(graph, current, ids);
        execute(new NotationCommand(ids == null ? "Layout Diagram" : "Layout Selection", diagram, affected, () -> {
            DiagramReconciler.applyLayout(diagram, graph, result);
            placeLabels(result);
            snap();
        }));
    }

    private static org.spikestudio.notation.Point point(double x, double y) {
        org.spikestudio.notation.Point p = NotationFactory.eINSTANCE.createPoint();
        p.setX(Math.round(x));
        p.setY(Math.round(y));
        return p;
    }

    private Node node(String id) {
        for (Node n : diagram.getNodes()) {
            if (id.equals(n.getElementId())) {
                return n;
            }
        }
        return null;
    }

    private final class Host implements DiagramHost {

        @Override
        public boolean canCreate(Tool tool, Figure on) {
            PaletteTool t = NetworkDescription.paletteTool(tool);
            if (t == null || network == null) {
                return false;
            }
            return t.use() == PaletteTool.Use.CANVAS ? on == null || on instanceof NodeFigure n && n.shape() == NodeFigure.Shape.CONTAINER
                    : t.use() == PaletteTool.Use.ON_POPULATION && on != null && PaletteCommands.canAttach(t, (EObject) on.key());
        }

        @Override
        public void create(Tool tool, Point at, Figure on) {
            PaletteTool t = NetworkDescription.paletteTool(tool);
            if (t.use() == PaletteTool.Use.ON_POPULATION) {
                // The reconciler puts the new input beside its population.
                EClass variant = NetworkDescription.variant(tool);
                execute(variant == null ? PaletteCommands.attach(domain, t, (EObject) on.key())
                        : PaletteCommands.attach(domain, t, variant, (EObject) on.key()));
                return;
            }
            Command create = PaletteCommands.create(domain, network, t);
            CompoundCommand both = new CompoundCommand(create.getLabel()) {
                @Override
                public java.util.Collection<?> getAffectedObjects() {
                    return create.getAffectedObjects();
                }
            };
            both.append(create);
            both.append(new NotationCommand(create.getLabel(), diagram, List.of(), () -> {
                if (create.getResult().iterator().next() instanceof EObject element) {
                    Point size = NetworkDescription.nodeSize(element, (text, bold) -> viewer.textExtent(text, bold));
                    Node node = NotationFactory.eINSTANCE.createNode();
                    node.setElementId(DiagramElements.id(element));
                    node.setX(at.x - size.x / 2);
                    node.setY(at.y - size.y / 2);
                    node.setWidth(size.x);
                    node.setHeight(size.y);
                    diagram.getNodes().add(node);
                }
            }));
            execute(both);
        }

        @Override
        public boolean canConnect(Tool tool, NodeFigure source, NodeFigure target) {
            PaletteTool t = NetworkDescription.paletteTool(tool);
            return t != null && PaletteCommands.canConnect(t, (EObject) source.key(), (EObject) target.key());
        }

        @Override
        public void connect(Tool tool, NodeFigure source, NodeFigure target) {
            execute(PaletteCommands.connect(domain, NetworkDescription.paletteTool(tool), (EObject) source.key(),
                    (EObject) target.key()));
        }

        @Override
        public void moved(Map<NodeFigure, Rectangle> bounds) {
            if (bounds.isEmpty() || diagram == null) {
                return;
            }
            boolean resized = bounds.entrySet().stream().anyMatch(e -> {
                Node n = node(DiagramElements.id((EObject) e.getKey().key()));
                return n != null && (n.getWidth() != e.getValue().width || n.getHeight() != e.getValue().height);
            });
            List<Object> elements = bounds.keySet().stream().map(f -> f.key()).toList();
            String what = elements.size() == 1 ? "'" + org.spikestudio.model.edit.diagram.DiagramLabels.title((EObject) elements.get(0)) + "'"
                    : elements.size() + " elements";
            Set<String> moved = new HashSet<>();
            execute(new NotationCommand((resized ? "Resize " : "Move ") + what, diagram, elements, () -> {
                bounds.forEach((figure, r) -> {
                    String id = DiagramElements.id((EObject) figure.key());
                    Node n = node(id);
                    if (n != null) {
                        n.setX(r.x);
                        n.setY(r.y);
                        n.setWidth(r.width);
                        n.setHeight(r.height);
                        moved.add(id);
                    }
                });
                // Bend points were drawn for the old places: a moved edge is drawn straight.
                for (Edge edge : diagram.getEdges()) {
                    EObject element = elementById(edge.getElementId());
                    if (element != null && (moved.contains(DiagramElements.id(DiagramElements.source(element)))
                            || moved.contains(DiagramElements.id(DiagramElements.target(element))))) {
                        edge.getBendpoints().clear();
                        edge.setLabelOffset(null);
                    }
                }
            }));
            showFigures();
        }

        @Override
        public void delete(List<Figure> figures) {
            // The tree's selection is the diagram's: the editor's Delete asks about dependants as in the tree.
            editor.getActions().delete.run();
        }

        @Override
        public String editableText(Figure figure) {
            return figure.key() instanceof EObject e && PaletteCommands.canRename(e)
                    ? org.spikestudio.model.edit.diagram.DiagramLabels.title(e) : null;
        }

        @Override
        public void rename(Figure figure, String text) {
            execute(PaletteCommands.rename(domain, (EObject) figure.key(), text));
        }
    }

    private EObject elementById(String id) {
        EObject e = editor.elementById(id);
        return e != null && DiagramElements.isEdge(DiagramElements.kindOf(e)) ? e : null;
    }

    // ---- menu and export ----

    private void createMenu() {
        MenuManager menu = new MenuManager("#DiagramPopUp");
        menu.add(action("&Layout Selection or All", this::layoutSelectionOrAll));
        menu.add(action("Layout &All", () -> layout(null, List.of())));
        menu.add(action("&Fit to Window", viewer::fitToWindow));
        menu.add(new Separator());
        menu.add(action("Export as &PNG...", () -> export("png")));
        menu.add(action("Export as &SVG...", () -> export("svg")));
        menu.add(new Separator());
        menu.add(editor.getActions().undo);
        menu.add(editor.getActions().redo);
        menu.add(editor.getActions().delete);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private void export(String format) {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format });
        dialog.setFileName(editor.path().getFileName().toString().replaceFirst("\\.snn$", "") + "." + format);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            if (format.equals("png")) {
                DiagramExport.png(root.getDisplay(), viewer.getFigures(), Path.of(chosen));
            } else {
                DiagramExport.svg(root.getDisplay(), viewer.getFigures(), Path.of(chosen));
            }
        } catch (IOException e) {
            MessageDialog.openError(root.getShell(), "Cannot export the diagram", chosen + ": " + e.getMessage());
        }
    }

    @Override
    public void dispose() {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        if (editor != null && editor.getViewer() != null && !editor.getViewer().getControl().isDisposed()) {
            editor.getViewer().removeSelectionChangedListener(treeListener);
        }
    }
}
