// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;

/**
 * The diagram on an SWT canvas (double buffered): paints the figures, and turns mouse and keyboard
 * input into selection, zoom and scrolling, and into requests to the {@link DiagramHost}: create,
 * connect, move, resize, delete, rename. Coordinates: a diagram point d is shown at
 * {@code (d - origin) * zoom} on the control.
 */
public final class DiagramViewer {

    private static final int DRAG_THRESHOLD = 3;
    private static final double MIN_ZOOM = 0.1, MAX_ZOOM = 4;

    private enum Drag { NONE, PENDING, MOVE, RESIZE, MARQUEE, CONNECT }

    private final Canvas canvas;
    private final DiagramHost host;
    private final GcPainter.Fonts fonts;
    private final List<Consumer<List<Figure>>> selectionListeners = new ArrayList<>();
    private final List<Consumer<Tool>> toolListeners = new ArrayList<>();
    private List<Figure> figures = List.of();
    private Renderer renderer = new Renderer(List.of());
    private final List<Figure> selection = new ArrayList<>();
    private Tool tool = Tool.SELECT;
    private double zoom = 1, originX, originY;

    private Drag drag = Drag.NONE;
    private Point pressed; // control coordinates
    private Point current;
    private int handle;
    private final Map<NodeFigure, Rectangle> original = new LinkedHashMap<>();
    private NodeFigure connectSource, hoverTarget;
    private boolean hoverValid;
    private Text editor;

    public DiagramViewer(Composite parent, DiagramHost host) {
        this.host = host;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
        fonts = new GcPainter.Fonts(canvas.getDisplay());
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, e -> directEdit());
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Resize, e -> updateScrollBars());
        canvas.addListener(SWT.Dispose, e -> fonts.close());
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> scrolled());
    }

    public Canvas getControl() {
        return canvas;
    }

    // ---- content ----

    /** Shows new figures; the selection keeps the figures whose keys are still there. */
    public void setFigures(List<Figure> newFigures) {
        cancelDrag();
        Set<Object> selectedKeys = keys(selection);
        figures = List.copyOf(newFigures);
        renderer = new Renderer(figures);
        selection.clear();
        for (Figure f : figures) {
            if (selectedKeys.contains(f.key())) {
                selection.add(f);
            }
        }
        redraw();
    }

    public List<Figure> getFigures() {
        return figures;
    }

    /** The figure of a key, or null. */
    public Figure figure(Object key) {
        for (Figure f : figures) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    // ---- selection ----

    public List<Figure> getSelection() {
        return List.copyOf(selection);
    }

    /** Selects the figures of these keys without telling the listeners (it comes from outside). */
    public void setSelection(Collection<?> keys, boolean reveal) {
        Set<Object> wanted = new HashSet<>(keys);
        selection.clear();
        for (Figure f : figures) {
            if (wanted.contains(f.key())) {
                selection.add(f);
            }
        }
        if (reveal && !selection.isEmpty()) {
            reveal(selection.get(0));
        }
        redraw();
    }

    public void addSelectionListener(Consumer<List<Figure>> listener) {
        selectionListeners.add(listener);
    }

    private void select(List<Figure> newSelection) {
        if (newSelection.equals(selection)) {
            return;
        }
        selection.clear();
        selection.addAll(newSelection);
        redraw();
        List<Figure> copy = List.copyOf(selection);
        selectionListeners.forEach(l -> l.accept(copy));
    }

    private static Set<Object> keys(Collection<Figure> figures) {
        Set<Object> keys = new HashSet<>();
        figures.forEach(f -> keys.add(f.key()));
        return keys;
    }

    // ---- tools ----

    public Tool getTool() {
        return tool;
    }

    public void setTool(Tool value) {
        tool = value == null ? Tool.SELECT : value;
        cancelDrag();
        canvas.setCursor(tool.kind() == Tool.Kind.SELECT ? null : canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
        toolListeners.forEach(l -> l.accept(tool));
    }

    public void addToolListener(Consumer<Tool> listener) {
        toolListeners.add(listener);
    }

    // ---- zoom and scrolling ----

    public double getZoom() {
        return zoom;
    }

    /** Sets the zoom, keeping the diagram point under the control point {@code fixed} in place. */
    public void setZoom(double value, Point fixed) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
        Point f = fixed != null ? fixed : new Point(canvas.getClientArea().width / 2, canvas.getClientArea().height / 2);
        double dx = originX + f.x / zoom, dy = originY + f.y / zoom;
        zoom = z;
        originX = dx - f.x / zoom;
        originY = dy - f.y / zoom;
        updateScrollBars();
        redraw();
    }

    /** Zooms and scrolls so that the whole diagram fits the control (never above 150 %). */
    public void fitToWindow() {
        Rectangle all = renderer.extent();
        Rectangle view = canvas.getClientArea();
        if (all.width <= 0 || view.width <= 0 || view.height <= 0) {
            return;
        }
        int margin = 20;
        zoom = Math.max(MIN_ZOOM, Math.min(1.5, Math.min((view.width - 2.0 * margin) / all.width,
                (view.height - 2.0 * margin) / all.height)));
        originX = all.x - (view.width / zoom - all.width) / 2;
        originY = all.y - (view.height / zoom - all.height) / 2;
        updateScrollBars();
        redraw();
    }

    /**
     * Fits the diagram, but not below {@code readable}: a diagram too large for that opens at that zoom
     * from its top-left corner, with scroll bars, so its labels stay legible.
     */
    public void fitToWindow(double readable) {
        fitToWindow();
        Rectangle all = renderer.extent();
        if (zoom >= readable || all.width <= 0) {
            return;
        }
        int margin = 20;
        zoom = readable;
        originX = all.x - margin / zoom;
        originY = all.y - margin / zoom;
        updateScrollBars();
        redraw();
    }

    /** The diagram point shown at the control's top-left corner. */
    public double[] getOrigin() {
        return new double[] { originX, originY };
    }

    /** Shows the diagram at this zoom with this diagram point at the control's top-left corner. */
    public void setViewport(double newZoom, double x, double y) {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        originX = x;
        originY = y;
        updateScrollBars();
        redraw();
    }

    /** The size of a text in the diagram's label fonts (bold: a node's title), at zoom 1. */
    public Point textExtent(String text, boolean bold) {
        Painter.Font font = bold ? Painter.Font.BOLD : Painter.Font.SMALL;
        Point known = fonts.known(font, text);
        if (known != null) {
            return known;
        }
        GC gc = new GC(canvas);
        try {
            gc.setFont(fonts.get(font));
            return fonts.extent(gc, font, text);
        } finally {
            gc.dispose();
        }
    }

    /** Scrolls so that the figure is visible. */
    public void reveal(Figure figure) {
        Rectangle b = figure instanceof NodeFigure n ? n.bounds() : renderer.extentOf(figure);
        Rectangle view = canvas.getClientArea();
        double w = view.width / zoom, h = view.height / zoom;
        if (b.x < originX || b.x + b.width > originX + w) {
            originX = b.x + b.width / 2.0 - w / 2;
        }
        if (b.y < originY || b.y + b.height > originY + h) {
            originY = b.y + b.height / 2.0 - h / 2;
        }
        updateScrollBars();
        redraw();
    }

    private void updateScrollBars() {
        if (canvas.isDisposed()) {
            return;
        }
        Rectangle all = renderer.extent();
        Rectangle view = canvas.getClientArea();
        scrollBar(canvas.getHorizontalBar(), all.x, all.x + all.width, originX, view.width / zoom);
        scrollBar(canvas.getVerticalBar(), all.y, all.y + all.height, originY, view.height / zoom);
    }

    private static void scrollBar(ScrollBar bar, double min, double max, double origin, double visible) {
        double lo = Math.min(min - 20, origin), hi = Math.max(max + 20, origin + visible);
        bar.setValues((int) Math.round(origin - lo), 0, (int) Math.ceil(hi - lo), (int) Math.max(1, visible),
                (int) Math.max(1, visible / 10), (int) Math.max(1, visible * 0.9));
        bar.setData(lo);
    }

    private void scrolled() {
        originX = (double) canvas.getHorizontalBar().getData() + canvas.getHorizontalBar().getSelection();
        originY = (double) canvas.getVerticalBar().getData() + canvas.getVerticalBar().getSelection();
        redraw();
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            setZoom(zoom * Math.pow(1.1, Math.signum(e.count)), new Point(e.x, e.y));
        }
    }

    /** The diagram point shown at a control point. */
    public double[] toDiagram(int x, int y) {
        return new double[] { originX + x / zoom, originY + y / zoom };
    }

    /** The control point where a diagram point is shown. */
    public Point toControl(double x, double y) {
        return new Point((int) Math.round((x - originX) * zoom), (int) Math.round((y - originY) * zoom));
    }

    // ---- painting ----

    public void redraw() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    private void paint(Event e) {
        paint(e.gc);
    }

    /** Paints what the canvas shows onto {@code gc} (the paint listener; a benchmark's offscreen image). */
    public void paint(GC gc) {
        Rectangle clip = gc.getClipping(); // control pixels: taken before the transform
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(canvas.getClientArea());
        Transform transform = new Transform(canvas.getDisplay());
        try (GcPainter painter = new GcPainter(gc, fonts)) {
            transform.scale((float) zoom, (float) zoom);
            transform.translate((float) -originX, (float) -originY);
            gc.setTransform(transform);
            double[] from = { originX + clip.x / zoom, originY + clip.y / zoom };
            Rectangle visible = new Rectangle((int) Math.floor(from[0]) - 1, (int) Math.floor(from[1]) - 1,
                    (int) Math.ceil(clip.width / zoom) + 2, (int) Math.ceil(clip.height / zoom) + 2);
            renderer.paint(painter, selection, drag == Drag.CONNECT ? hoverTarget : null, hoverValid, visible);
            gc.setTransform(null);
        } finally {
            transform.dispose();
        }
        if (drag == Drag.MARQUEE) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLUE));
            gc.setLineStyle(SWT.LINE_DOT);
            gc.setLineWidth(1);
            Rectangle r = marquee();
            gc.drawRectangle(r);
        } else if (drag == Drag.CONNECT && connectSource != null) {
            Rectangle b = connectSource.bounds();
            Point from = toControl(b.x + b.width / 2.0, b.y + b.height / 2.0);
            gc.setForeground(canvas.getDisplay().getSystemColor(hoverTarget != null && !hoverValid ? SWT.COLOR_RED : SWT.COLOR_DARK_GREEN));
            gc.setLineStyle(SWT.LINE_DASH);
            gc.setLineWidth(2);
            gc.drawLine(from.x, from.y, current.x, current.y);
        }
    }

    /** Paints the diagram for an export (see {@link DiagramExport}). */
    static void paint(Painter painter, List<Figure> figures) {
        new Renderer(figures).paint(painter, List.of(), null, false);
    }

    private Rectangle marquee() {
        return new Rectangle(Math.min(pressed.x, current.x), Math.min(pressed.y, current.y), Math.abs(current.x - pressed.x),
                Math.abs(current.y - pressed.y));
    }

    // ---- mouse ----

    /** The figure at a control point. */
    public Figure figureAt(int x, int y) {
        double[] d = toDiagram(x, y);
        return renderer.hit(d[0], d[1], 5 / zoom);
    }

    private void mouseDown(Event e) {
        closeEditor(true);
        canvas.setFocus();
        if (e.button != 1) {
            return;
        }
        pressed = new Point(e.x, e.y);
        current = pressed;
        Figure hit = figureAt(e.x, e.y);
        switch (tool.kind()) {
            case CONNECT -> {
                if (hit instanceof NodeFigure n) {
                    connectSource = n;
                    drag = Drag.CONNECT;
                    hover(e.x, e.y);
                }
            }
            case CREATE -> drag = Drag.PENDING;
            default -> selectDown(e, hit);
        }
    }

    private void selectDown(Event e, Figure hit) {
        if (selection.size() == 1 && selection.get(0) instanceof NodeFigure n && n.resizable()) {
            double[] d = toDiagram(e.x, e.y);
            Rectangle[] handles = Renderer.handles(n.bounds());
            for (int i = 0; i < handles.length; i++) {
                Rectangle h = handles[i];
                int grow = (int) Math.ceil(2 / zoom);
                if (new Rectangle(h.x - grow, h.y - grow, h.width + 2 * grow, h.height + 2 * grow).contains((int) d[0], (int) d[1])) {
                    drag = Drag.RESIZE;
                    handle = i;
                    original.clear();
                    original.put(n, n.bounds());
                    return;
                }
            }
        }
        boolean toggle = (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
        if (hit == null) {
            if (!toggle) {
                select(List.of());
            }
            drag = Drag.MARQUEE;
            return;
        }
        List<Figure> next = new ArrayList<>(selection);
        if (toggle) {
            if (!next.remove(hit)) {
                next.add(hit);
            }
        } else if (!next.contains(hit)) {
            next = List.of(hit);
        }
        select(next);
        drag = selection.contains(hit) ? Drag.PENDING : Drag.NONE;
    }

    private void mouseMove(Event e) {
        if (drag == Drag.NONE) {
            Figure hit = figureAt(e.x, e.y);
            String tip = hit == null ? null : hit.problem() != null ? hit.problem() : String.join("\n", hit.label());
            if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
                canvas.setToolTipText(tip);
            }
            return;
        }
        current = new Point(e.x, e.y);
        switch (drag) {
            case PENDING -> {
                if (tool.kind() == Tool.Kind.SELECT && Math.max(Math.abs(e.x - pressed.x), Math.abs(e.y - pressed.y)) > DRAG_THRESHOLD) {
                    startMove();
                    moveTo(e);
                }
            }
            case MOVE -> moveTo(e);
            case RESIZE -> resizeTo(e);
            case CONNECT -> hover(e.x, e.y);
            default -> {
            }
        }
        redraw();
    }

    private void startMove() {
        original.clear();
        for (Figure f : selection) {
            if (f instanceof NodeFigure n) {
                collect(n);
            }
        }
        drag = original.isEmpty() ? Drag.NONE : Drag.MOVE;
    }

    /** A moved node takes along what it contains and what is attached to it. */
    private void collect(NodeFigure n) {
        if (original.containsKey(n)) {
            return;
        }
        original.put(n, n.bounds());
        n.contents().forEach(this::collect);
        for (Figure f : figures) {
            if (f instanceof NodeFigure a && a.attachedTo() == n) {
                collect(a);
            }
        }
    }

    private void moveTo(Event e) {
        int dx = (int) Math.round((e.x - pressed.x) / zoom), dy = (int) Math.round((e.y - pressed.y) / zoom);
        original.forEach((n, b) -> n.bounds(new Rectangle(b.x + dx, b.y + dy, b.width, b.height)));
        renderer = new Renderer(figures);
    }

    private void resizeTo(Event e) {
        NodeFigure n = original.keySet().iterator().next();
        Rectangle b = original.get(n);
        int dx = (int) Math.round((e.x - pressed.x) / zoom), dy = (int) Math.round((e.y - pressed.y) / zoom);
        int x0 = b.x, y0 = b.y, x1 = b.x + b.width, y1 = b.y + b.height, min = 16;
        switch (handle) {
            case 0 -> { x0 = Math.min(x1 - min, x0 + dx); y0 = Math.min(y1 - min, y0 + dy); }
            case 1 -> { x1 = Math.max(x0 + min, x1 + dx); y0 = Math.min(y1 - min, y0 + dy); }
            case 2 -> { x1 = Math.max(x0 + min, x1 + dx); y1 = Math.max(y0 + min, y1 + dy); }
            default -> { x0 = Math.min(x1 - min, x0 + dx); y1 = Math.max(y0 + min, y1 + dy); }
        }
        n.bounds(new Rectangle(x0, y0, x1 - x0, y1 - y0));
        renderer = new Renderer(figures);
    }

    private void hover(int x, int y) {
        Figure hit = figureAt(x, y);
        hoverTarget = hit instanceof NodeFigure n ? n : null;
        hoverValid = hoverTarget != null && host.canConnect(tool, connectSource, hoverTarget);
        canvas.setCursor(canvas.getDisplay().getSystemCursor(hoverTarget != null && !hoverValid ? SWT.CURSOR_NO : SWT.CURSOR_CROSS));
    }

    private void mouseUp(Event e) {
        if (e.button != 1) {
            return;
        }
        Drag was = drag;
        drag = Drag.NONE;
        switch (was) {
            case MOVE, RESIZE -> {
                Map<NodeFigure, Rectangle> moved = new LinkedHashMap<>();
                original.keySet().forEach(n -> moved.put(n, n.bounds()));
                original.clear();
                host.moved(moved);
            }
            case MARQUEE -> {
                double[] a = toDiagram(Math.min(pressed.x, e.x), Math.min(pressed.y, e.y));
                double[] b = toDiagram(Math.max(pressed.x, e.x), Math.max(pressed.y, e.y));
                Rectangle area = new Rectangle((int) a[0], (int) a[1], (int) Math.ceil(b[0] - a[0]), (int) Math.ceil(b[1] - a[1]));
                List<Figure> next = new ArrayList<>((e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0 ? selection : List.of());
                for (Figure f : figures) {
                    if (f instanceof NodeFigure n && area.contains(n.bounds().x, n.bounds().y)
                            && area.contains(n.bounds().x + n.bounds().width, n.bounds().y + n.bounds().height) && !next.contains(n)) {
                        next.add(n);
                    }
                }
                select(next);
            }
            case CONNECT -> {
                hover(e.x, e.y);
                NodeFigure source = connectSource, target = hoverTarget;
                boolean valid = hoverValid;
                Tool used = tool;
                connectSource = null;
                hoverTarget = null;
                setTool(Tool.SELECT);
                if (valid) {
                    host.connect(used, source, target);
                }
            }
            case PENDING -> {
                if (tool.kind() == Tool.Kind.CREATE) {
                    Figure on = figureAt(e.x, e.y);
                    Tool used = tool;
                    if (host.canCreate(used, on)) {
                        double[] d = toDiagram(e.x, e.y);
                        setTool(Tool.SELECT);
                        host.create(used, new Point((int) d[0], (int) d[1]), on);
                    }
                }
            }
            default -> {
            }
        }
        redraw();
    }

    private void cancelDrag() {
        if (drag == Drag.MOVE || drag == Drag.RESIZE) {
            original.forEach(NodeFigure::bounds);
            renderer = new Renderer(figures);
        }
        original.clear();
        drag = Drag.NONE;
        connectSource = null;
        hoverTarget = null;
        redraw();
    }

    // ---- keyboard ----

    private void key(Event e) {
        switch (e.keyCode) {
            case SWT.ESC -> {
                cancelDrag();
                setTool(Tool.SELECT);
            }
            case SWT.DEL -> {
                if (!selection.isEmpty()) {
                    host.delete(List.copyOf(selection));
                }
            }
            case SWT.F2 -> directEdit();
            case SWT.ARROW_LEFT -> navigate(-1, 0);
            case SWT.ARROW_RIGHT -> navigate(1, 0);
            case SWT.ARROW_UP -> navigate(0, -1);
            case SWT.ARROW_DOWN -> navigate(0, 1);
            default -> {
                if ((e.stateMask & SWT.MOD1) != 0 && (e.character == '+' || e.character == '=')) {
                    setZoom(zoom * 1.25, null);
                } else if ((e.stateMask & SWT.MOD1) != 0 && e.character == '-') {
                    setZoom(zoom / 1.25, null);
                } else if ((e.stateMask & SWT.MOD1) != 0 && e.character == '0') {
                    fitToWindow();
                }
            }
        }
    }

    /**
     * Moves the selection to the nearest node in a direction: among the nodes whose centre lies
     * within 45 degrees of it, the closest; with nothing selected, the top-left node.
     */
    public void navigate(int dx, int dy) {
        List<NodeFigure> nodes = new ArrayList<>();
        for (Figure f : figures) {
            if (f instanceof NodeFigure n) {
                nodes.add(n);
            }
        }
        if (nodes.isEmpty()) {
            return;
        }
        NodeFigure from = selection.isEmpty() ? null
                : selection.get(0) instanceof NodeFigure n ? n : ((EdgeFigure) selection.get(0)).source();
        NodeFigure best = null;
        double bestDistance = Double.MAX_VALUE;
        for (NodeFigure n : nodes) {
            if (n == from) {
                continue;
            }
            double[] c = centre(n);
            double d;
            if (from == null) {
                d = c[0] + c[1];
            } else {
                double[] o = centre(from);
                double along = (c[0] - o[0]) * dx + (c[1] - o[1]) * dy;
                double across = Math.abs((c[0] - o[0]) * dy - (c[1] - o[1]) * dx);
                if (along <= 0 || across > along) {
                    continue;
                }
                d = Math.hypot(c[0] - o[0], c[1] - o[1]);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = n;
            }
        }
        if (best != null) {
            select(List.of(best));
            reveal(best);
        }
    }

    private static double[] centre(NodeFigure n) {
        Rectangle b = n.bounds();
        return new double[] { b.x + b.width / 2.0, b.y + b.height / 2.0 };
    }

    // ---- direct edit ----

    /** Opens a text field over the selected figure's label (F2, double-click); Enter applies it. */
    public void directEdit() {
        if (selection.size() != 1) {
            return;
        }
        Figure figure = selection.get(0);
        String text = host.editableText(figure);
        if (text == null) {
            return;
        }
        closeEditor(false);
        Rectangle b = figure instanceof NodeFigure n ? n.bounds() : renderer.extentOf(figure);
        Point at = toControl(b.x + b.width / 2.0, b.y + b.height / 2.0);
        editor = new Text(canvas, SWT.BORDER | SWT.SINGLE);
        editor.setText(text);
        editor.setData(figure);
        Point size = editor.computeSize(Math.max(120, (int) (b.width * zoom)), SWT.DEFAULT);
        editor.setBounds(at.x - size.x / 2, at.y - size.y / 2, size.x, size.y);
        editor.selectAll();
        editor.setFocus();
        editor.addListener(SWT.DefaultSelection, e -> closeEditor(true));
        editor.addListener(SWT.FocusOut, e -> closeEditor(true));
        editor.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                e.doit = false;
                closeEditor(false);
            }
        });
    }

    /** The direct-edit field while it is open, else null (for tests). */
    public Text getDirectEditor() {
        return editor;
    }

    private void closeEditor(boolean apply) {
        if (editor == null || editor.isDisposed()) {
            editor = null;
            return;
        }
        Text closing = editor;
        editor = null;
        String text = closing.getText();
        Figure figure = (Figure) closing.getData();
        closing.dispose();
        canvas.setFocus();
        if (apply && !text.equals(host.editableText(figure))) {
            host.rename(figure, text);
        }
    }
}
