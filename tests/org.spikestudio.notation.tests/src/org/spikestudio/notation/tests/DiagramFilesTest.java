// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.notation.Diagram;
import org.spikestudio.notation.Edge;
import org.spikestudio.notation.Node;
import org.spikestudio.notation.NotationFactory;
import org.spikestudio.notation.Point;
import org.spikestudio.notation.files.DiagramFiles;
import org.spikestudio.notation.files.DiagramLoad;
import org.spikestudio.notation.files.DiagramProblem;

class DiagramFilesTest {

    private static final NotationFactory F = NotationFactory.eINSTANCE;

    static Diagram sample() {
        Diagram diagram = F.createDiagram();
        diagram.setModel("net.snn");
        diagram.setZoom(1.25);
        diagram.setViewportX(-10);
        diagram.setViewportY(5.5);
        diagram.getNodes().add(node("exc_a", 20, 40, 120, 60));
        diagram.getNodes().add(node("inh_b", 260, 40, 120, 60));
        Edge edge = F.createEdge();
        edge.setElementId("proj_c");
        edge.setFingerprint("Projection:p");
        edge.getBendpoints().add(point(200, 10));
        edge.getBendpoints().add(point(210.5, 12));
        edge.setLabelOffset(point(3, -4));
        diagram.getEdges().add(edge);
        return diagram;
    }

    static Node node(String id, double x, double y, double w, double h) {
        Node node = F.createNode();
        node.setElementId(id);
        node.setX(x);
        node.setY(y);
        node.setWidth(w);
        node.setHeight(h);
        return node;
    }

    static Point point(double x, double y) {
        Point p = F.createPoint();
        p.setX(x);
        p.setY(y);
        return p;
    }

    @Test
    void sidecarIsNextToTheModel() {
        assertEquals(Path.of("dir/net.snn.diagram"), DiagramFiles.sidecarOf(Path.of("dir/net.snn")));
    }

    @Test
    void missingFileIsNotAnError(@TempDir Path dir) {
        DiagramLoad load = DiagramFiles.load(dir.resolve("none.snn.diagram"));
        assertInstanceOf(DiagramLoad.Missing.class, load);
    }

    @Test
    void saveLoadSaveIsByteIdentical(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("net.snn.diagram");
        DiagramFiles.save(sample(), file);
        byte[] first = Files.readAllBytes(file);
        Diagram loaded = ((DiagramLoad.Loaded) DiagramFiles.load(file)).diagram();
        DiagramFiles.save(loaded, file);
        assertArrayEquals(first, Files.readAllBytes(file));

        assertEquals(2, loaded.getNodes().size());
        Node inh = loaded.getNodes().get(1);
        assertEquals("inh_b", inh.getElementId());
        assertEquals(260, inh.getX());
        assertEquals(120, inh.getWidth());
        Edge edge = loaded.getEdges().get(0);
        assertEquals("Projection:p", edge.getFingerprint());
        assertEquals(210.5, edge.getBendpoints().get(1).getX());
        assertEquals(-4, edge.getLabelOffset().getY());
        assertEquals(1.25, loaded.getZoom());
    }

    @Test
    void fileIsOneLinePerEntryWithEveryAttribute(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("net.snn.diagram");
        DiagramFiles.save(sample(), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String text = String.join("\n", lines);
        assertFalse(text.contains("\r"));
        // One line per node, with all its attributes (defaults too, so a file never depends on them).
        List<String> nodeLines = lines.stream().filter(l -> l.contains("<nodes ")).toList();
        assertEquals(2, nodeLines.size());
        assertTrue(nodeLines.get(0).contains("elementId=\"exc_a\"") && nodeLines.get(0).contains("collapsed=\"false\"")
                && nodeLines.get(0).contains("x=\"20.0\""), nodeLines.get(0));
        assertTrue(text.contains("formatVersion=\"1\""), text);
    }

    @Test
    void sub_pixel_noise_and_order_do_not_change_the_bytes(@TempDir Path dir) throws IOException {
        Diagram a = sample();
        Diagram b = sample();
        // the editor left b with sub-pixel noise and its entries in another order
        b.getNodes().get(0).setX(20.1);
        b.getNodes().get(1).setWidth(119.9);
        b.getNodes().move(0, 1);
        List<String> order = List.of("exc_a", "inh_b", "proj_c");
        assertArrayEquals(DiagramFiles.serialize(a, order), DiagramFiles.serialize(b, order));
        // and the diagram itself is not changed by saving
        assertEquals(20.1, b.getNodes().get(1).getX());
        assertEquals("inh_b", b.getNodes().get(0).getElementId());
    }

    @Test
    void entriesAreWrittenInTheModelsOrder(@TempDir Path dir) throws IOException {
        String text = new String(DiagramFiles.serialize(sample(), List.of("proj_c", "inh_b", "exc_a")),
                StandardCharsets.UTF_8);
        assertTrue(text.indexOf("inh_b") < text.indexOf("exc_a"), text);
    }

    @Test
    void saveReplacesAtomicallyAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("net.snn.diagram");
        Files.writeString(file, "old");
        DiagramFiles.save(sample(), file);
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList());
        }
        assertTrue(Files.readString(file).startsWith("<?xml"));
    }

    @Test
    void nonFiniteCoordinateIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("net.snn.diagram");
        Files.writeString(file, "old");
        Diagram diagram = sample();
        diagram.getNodes().get(0).setX(Double.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DiagramFiles.save(diagram, file));
        assertTrue(e.getMessage().contains("exc_a"), e.getMessage());
        assertEquals("old", Files.readString(file));
    }

    private static DiagramProblem brokenProblem(Path dir, String content) throws IOException {
        Path file = dir.resolve("broken.snn.diagram");
        Files.writeString(file, content);
        DiagramLoad load = DiagramFiles.load(file);
        return assertInstanceOf(DiagramLoad.Broken.class, load, () -> "expected broken: " + load).problem();
    }

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<diagram:Diagram xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
            + "xmlns:diagram=\"http://spikestudio.org/snn/diagram\" formatVersion=\"1\">\n";

    @Test
    void truncatedFileGivesProblemWithLine(@TempDir Path dir) throws IOException {
        DiagramProblem problem = brokenProblem(dir, HEAD + "  <nodes elementId=\"a\" x=\"1.0\"/>\n  <nodes elementId=");
        assertEquals(4, problem.line(), problem.toString());
        assertTrue(problem.file().endsWith("broken.snn.diagram"));
        assertTrue(problem.toString().startsWith(problem.file() + ":4"), problem.toString());
    }

    @Test
    void badNumberGivesProblemWithLine(@TempDir Path dir) throws IOException {
        DiagramProblem problem = brokenProblem(dir, HEAD + "  <nodes elementId=\"a\"/>\n  <nodes elementId=\"b\" x=\"left\"/>\n</diagram:Diagram>\n");
        assertEquals(4, problem.line(), problem.toString());
    }

    @Test
    void nonFiniteNumberGivesProblemWithLine(@TempDir Path dir) throws IOException {
        DiagramProblem problem = brokenProblem(dir, HEAD + "  <nodes elementId=\"a\"/>\n\n  <nodes elementId=\"b\" y=\"NaN\"/>\n</diagram:Diagram>\n");
        assertEquals(5, problem.line(), problem.toString());
        assertTrue(problem.message().contains("'b'"), problem.toString());
    }

    @Test
    void unknownAttributeGivesProblemWithLine(@TempDir Path dir) throws IOException {
        DiagramProblem problem = brokenProblem(dir, HEAD + "  <nodes elementId=\"a\" colour=\"red\"/>\n</diagram:Diagram>\n");
        assertEquals(3, problem.line(), problem.toString());
        assertTrue(problem.message().contains("colour"), problem.toString());
    }

    @Test
    void missingElementIdGivesProblemWithLine(@TempDir Path dir) throws IOException {
        DiagramProblem problem = brokenProblem(dir, HEAD + "  <nodes elementId=\"a\"/>\n  <nodes x=\"3.0\"/>\n</diagram:Diagram>\n");
        assertEquals(4, problem.line(), problem.toString());
        assertTrue(problem.message().contains("elementId"), problem.toString());
    }

    @Test
    void otherRootsNewerFormatsAndNonXmlAreProblems(@TempDir Path dir) throws IOException {
        assertTrue(brokenProblem(dir, "not xml at all").message().contains("well-formed"));
        assertTrue(brokenProblem(dir, "").message().contains("well-formed"));
        assertTrue(brokenProblem(dir, "<?xml version=\"1.0\"?>\n<snn:Network xmlns:snn=\"http://spikestudio.org/snn\"/>\n")
                .message().contains("http://spikestudio.org/snn"));
        assertTrue(brokenProblem(dir, HEAD.replace("formatVersion=\"1\"", "formatVersion=\"7\"") + "</diagram:Diagram>\n")
                .message().contains("newer"));
    }

    @Test
    void doctypeAndOtherFilesAreNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET");
        DiagramProblem dtd = brokenProblem(dir, "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n" + HEAD.substring(HEAD.indexOf('\n') + 1).replace("formatVersion=\"1\"", "model=\"&x;\"")
                + "</diagram:Diagram>\n");
        assertFalse(dtd.toString().contains("SECRET"), dtd.toString());
        DiagramProblem href = brokenProblem(dir, HEAD + "  <nodes href=\"" + dir.resolve("other.snn.diagram").toUri()
                + "#//@nodes.0\"/>\n</diagram:Diagram>\n");
        assertEquals(3, href.line(), href.toString());
    }
}
