// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spikestudio.ui.diagram.engine.DiagramExport;
import org.spikestudio.ui.diagram.engine.DiagramHost;
import org.spikestudio.ui.diagram.engine.DiagramViewer;
import org.spikestudio.ui.diagram.engine.EdgeFigure;
import org.spikestudio.ui.diagram.engine.Figure;
import org.spikestudio.ui.diagram.engine.NodeFigure;
import org.spikestudio.ui.diagram.engine.Tool;

/**
 * The generic engine, without any network: figures made here, mouse and key events sent to the
 * canvas, and a host that records what the viewer asked. Expected coordinates are worked out from
 * the figures' bounds and the event positions, never read back from the viewer's own state.
 */
class DiagramEngineTest {

    private static final Tool CREATE = new Tool("box", "Box", Tool.Kind.CREATE, "");
    private static final Tool CONNECT = new Tool("link", "Link", Tool.Kind.CONNECT, "");

    private Shell shell;
    private DiagramViewer viewer;
    private final Recorder host = new Recorder();
    private NodeFigure a, b, c, circle;
    private EdgeFigure ab;

    /** Records the host calls; connections to "c" are refused. */
    static final class Recorder implements DiagramHost {
        final List<String> calls = new ArrayList<>();
        Map<NodeFigure, Rectangle> moved;

        @Override
        public boolean canCreate(Tool tool, Figure on) {
            return on == null;
        }

        @Override
        public void create(Tool tool, Point at, Figure on) {
            calls.add("create " + tool.id() + " at " + at.x + "," + at.y);
        }

        @Override
        public boolean canConnect(Tool tool, NodeFigure source, NodeFigure target) {
            return !target.key().equals("c");
        }

        @Override
        public void connect(Tool tool, NodeFigure source, NodeFigure target) {
            calls.add("connect " + source.key() + "->" + target.key());
        }

        @Override
        public void moved(Map<NodeFigure, Rectangle> bounds) {
            moved = bounds;
            calls.add("moved " + bounds.size());
        }

        @Override
        public void delete(List<Figure> figures) {
            calls.add("delete " + figures.size());
        }

        @Override
        public String editableText(Figure figure) {
            return figure.key().toString();
        }

        @Override
        public void rename(Figure figure, String text) {
            calls.add("rename " + figure.key() + " " + text);
        }
    }

    @BeforeEach
    void open() {
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        shell.setSize(800, 600);
        viewer = new DiagramViewer(shell, host);
        a = new NodeFigure("a", NodeFigure.Shape.ROUNDED, new Rectangle(100, 100, 120, 50));
        b = new NodeFigure("b", NodeFigure.Shape.ROUNDED, new Rectangle(400, 100, 120, 50));
        c = new NodeFigure("c", NodeFigure.Shape.RECTANGLE, new Rectangle(400, 300, 120, 50));
        circle = new NodeFigure("n", NodeFigure.Shape.CIRCLE, new Rectangle(100, 300, 40, 40));
        a.label(List.of("alpha", "10 x LIF")).colors(new RGB(214, 39, 40), new RGB(250, 220, 220), new RGB(0, 0, 0));
        ab = new EdgeFigure("ab", a, b);
        ab.label(List.of("p=0.5"));
        viewer.setFigures(List.of(a, b, c, circle, ab));
        shell.open();
        flush();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private static void flush() {
        while (Display.getCurrent().readAndDispatch()) {
            // run pending paints
        }
    }

    private void mouse(int type, int x, int y, int state) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = 1;
        e.stateMask = state;
        viewer.getControl().notifyListeners(type, e);
    }

    private void drag(Point from, Point to) {
        mouse(SWT.MouseDown, from.x, from.y, 0);
        mouse(SWT.MouseMove, (from.x + to.x) / 2, (from.y + to.y) / 2, SWT.BUTTON1);
        mouse(SWT.MouseMove, to.x, to.y, SWT.BUTTON1);
        mouse(SWT.MouseUp, to.x, to.y, SWT.BUTTON1);
    }

    private Point at(double x, double y) {
        return viewer.toControl(x, y);
    }

    @Test
    void hitsNodesByShapeAndEdgesNearTheirLine() {
        Point inA = at(110, 110);
        assertSame(a, viewer.figureAt(inA.x, inA.y));
        // The bounding box's corner of a circle is outside the circle.
        Point corner = at(102, 302);
        assertNull(viewer.figureAt(corner.x, corner.y));
        Point centre = at(120, 320);
        assertSame(circle, viewer.figureAt(centre.x, centre.y));
        // a -> b runs from x=220 to x=400 at y=125; 3 px off the line still hits it, 30 px does not.
        Point nearLine = at(260, 128);
        assertSame(ab, viewer.figureAt(nearLine.x, nearLine.y));
        Point off = at(260, 155);
        assertNull(viewer.figureAt(off.x, off.y));
    }

    @Test
    void clickSelectsCtrlClickAddsMarqueeSelectsWhatIsInside() {
        Point inA = at(150, 120), inB = at(450, 120);
        mouse(SWT.MouseDown, inA.x, inA.y, 0);
        mouse(SWT.MouseUp, inA.x, inA.y, 0);
        assertEquals(List.of(a), viewer.getSelection());
        mouse(SWT.MouseDown, inB.x, inB.y, SWT.MOD1);
        mouse(SWT.MouseUp, inB.x, inB.y, SWT.MOD1);
        assertEquals(List.of(a, b), viewer.getSelection());
        // A marquee around c and the circle only (both wholly inside it).
        drag(at(90, 280), at(530, 360));
        assertEquals(List.of(c, circle), List.copyOf(viewer.getSelection()).stream().sorted((x, y) -> x == c ? -1 : 1).toList());
        assertEquals(2, viewer.getSelection().size());
    }

    @Test
    void dragMovesTheSelectionByTheMouseDistanceInDiagramUnits() {
        viewer.setZoom(2, new Point(0, 0));
        Point from = at(150, 120);
        // 60 screen pixels at zoom 2 are 30 diagram units.
        drag(from, new Point(from.x + 60, from.y + 40));
        assertEquals(List.of("moved 1"), host.calls);
        assertEquals(new Rectangle(130, 120, 120, 50), host.moved.get(a));
    }

    @Test
    void resizeHandleChangesTheSize() {
        Point inA = at(150, 120);
        mouse(SWT.MouseDown, inA.x, inA.y, 0);
        mouse(SWT.MouseUp, inA.x, inA.y, 0);
        Point handle = at(220, 150); // bottom-right corner
        drag(handle, new Point(handle.x + 30, handle.y + 10));
        assertEquals(new Rectangle(100, 100, 150, 60), host.moved.get(a));
    }

    @Test
    void connectToolRefusesAnInvalidTargetAndConnectsAValidOne() {
        viewer.setTool(CONNECT);
        drag(at(150, 120), at(450, 320)); // onto c: refused by the host
        assertEquals(List.of(), host.calls);
        assertEquals(Tool.SELECT, viewer.getTool(), "the tool returns to selection after a use");
        viewer.setTool(CONNECT);
        drag(at(150, 120), at(450, 120));
        assertEquals(List.of("connect a->b"), host.calls);
    }

    @Test
    void createToolCreatesAtTheClickedDiagramPoint() {
        viewer.setZoom(0.5, new Point(0, 0));
        viewer.setTool(CREATE);
        Point p = at(700, 500);
        mouse(SWT.MouseDown, p.x, p.y, 0);
        mouse(SWT.MouseUp, p.x, p.y, 0);
        assertEquals(List.of("create box at 700,500"), host.calls);
    }

    @Test
    void zoomKeepsThePointUnderTheMouse() {
        Point mouse = new Point(300, 200);
        double[] before = viewer.toDiagram(mouse.x, mouse.y);
        viewer.setZoom(1.7, mouse);
        double[] after = viewer.toDiagram(mouse.x, mouse.y);
        assertEquals(before[0], after[0], 1e-9);
        assertEquals(before[1], after[1], 1e-9);
        assertEquals(1.7, viewer.getZoom(), 1e-12);
    }

    @Test
    void fitToWindowShowsEveryFigure() {
        viewer.setZoom(3, null);
        viewer.fitToWindow();
        Rectangle client = viewer.getControl().getClientArea();
        for (NodeFigure n : List.of(a, b, c, circle)) {
            Rectangle r = n.bounds();
            Point tl = at(r.x, r.y), br = at(r.x + r.width, r.y + r.height);
            assertTrue(client.contains(tl) && client.contains(br), n.key() + " is not visible after fit: " + tl + " " + br);
        }
    }

    @Test
    void anOpeningFitShrinksNoFurtherThanLegibleAndStartsAtTheTopLeft() {
        viewer.fitToWindow();
        double fitted = viewer.getZoom();
        viewer.fitToWindow(fitted * 2);
        assertEquals(fitted * 2, viewer.getZoom(), 1e-12);
        Rectangle r = a.bounds(); // the top-left node
        assertTrue(viewer.getControl().getClientArea().contains(at(r.x, r.y)), "the top-left node is not in view");
        viewer.fitToWindow(fitted / 2); // a diagram that fits larger than legible is simply fitted
        assertEquals(fitted, viewer.getZoom(), 1e-12);
    }

    @Test
    void arrowKeysMoveTheSelectionToTheNearestNodeInThatDirection() {
        viewer.navigate(1, 0); // nothing selected: the top-left node
        assertEquals(List.of(a), viewer.getSelection());
        viewer.navigate(1, 0);
        assertEquals(List.of(b), viewer.getSelection());
        viewer.navigate(0, 1);
        assertEquals(List.of(c), viewer.getSelection());
        viewer.navigate(-1, 0);
        assertEquals(List.of(circle), viewer.getSelection());
    }

    @Test
    void deleteKeyAndDirectEditGoToTheHost() {
        viewer.setSelection(List.of("a"), false);
        Event key = new Event();
        key.keyCode = SWT.DEL;
        viewer.getControl().notifyListeners(SWT.KeyDown, key);
        viewer.directEdit();
        viewer.getDirectEditor().setText("renamed");
        viewer.getDirectEditor().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(List.of("delete 1", "rename a renamed"), host.calls);
        assertNull(viewer.getDirectEditor());
    }

    @Test
    void loopAndParallelEdgesAreDrawnApart() {
        EdgeFigure loop = new EdgeFigure("loop", b, b);
        EdgeFigure ba = new EdgeFigure("ba", b, a);
        viewer.setFigures(List.of(a, b, c, circle, ab, ba, loop));
        // The loop reaches above b; a point just above b's top right is on it.
        Point onLoop = at(520, 100 - 26);
        assertSame(loop, viewer.figureAt(onLoop.x, onLoop.y));
        // a->b and b->a are 10 units apart, so each midpoint hits its own edge.
        Point up = at(310, 120), down = at(310, 130);
        assertNotEquals(viewer.figureAt(up.x, up.y), viewer.figureAt(down.x, down.y));
    }

    @Test
    void exportsDrawTheFigures() {
        String svg = DiagramExport.svg(Display.getCurrent(), viewer.getFigures());
        assertTrue(svg.contains(">alpha</text>") && svg.contains(">10 x LIF</text>") && svg.contains(">p=0.5</text>"), svg);
        assertTrue(svg.contains("<ellipse"), "the circle is missing");
        Image image = DiagramExport.image(Display.getCurrent(), viewer.getFigures());
        try {
            ImageData data = image.getImageData();
            // a's fill (a colour nothing else has) covers most of its 120 x 50 box, text aside.
            int found = 0;
            for (int y = 0; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    if (data.palette.getRGB(data.getPixel(x, y)).equals(new RGB(250, 220, 220))) {
                        found++;
                    }
                }
            }
            assertTrue(found > 3000 && found <= 120 * 50, "a's fill in the PNG image: " + found + " pixels");
        } finally {
            image.dispose();
        }
    }
}
