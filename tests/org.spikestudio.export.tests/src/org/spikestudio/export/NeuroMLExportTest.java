// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.export.internal.Realisation;
import org.spikestudio.model.Network;
import org.spikestudio.model.StepInput;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.testing.Examples;
import org.spikestudio.testing.NetworkFixture;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The NeuroML export is well-formed, uses only NeuroML 2.3 schema names, and its network parses
 * back equal to the network Spikestudio realises from the seed.
 * <p>
 * The schema (NeuroML_v2.3.xsd, NeuroML/NeuroML2 on GitHub) is LGPL-3.0, so it is not vendored
 * into this EPL-2.0 repository; {@link #SCHEMA} is the subset of it the exporter may write,
 * transcribed by hand from the schema's type definitions (attributes of the type and its bases
 * Base/Standalone/BaseWithoutId, the required ones marked, and each attribute's simple type).
 */
class NeuroMLExportTest {

    private static final String NS = "http://www.neuroml.org/schema/neuroml2";

    // The schema's simple types, copied from NeuroML_v2.3.xsd.
    private static final String NUMBER = "-?([0-9]*(\\.[0-9]+)?)([eE]-?[0-9]+)?";
    private static final Map<String, Pattern> TYPES = Map.of(
            "NmlId", Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*"),
            "NonNegativeInteger", Pattern.compile("[0-9]+"),
            "voltage", Pattern.compile(NUMBER + "[\\s]*(V|mV)"),
            "time", Pattern.compile(NUMBER + "[\\s]*(s|ms)"),
            "current", Pattern.compile(NUMBER + "[\\s]*(A|uA|nA|pA)"),
            "capacitance", Pattern.compile(NUMBER + "[\\s]*(F|uF|nF|pF)"),
            "conductance", Pattern.compile(NUMBER + "[\\s]*(S|mS|uS|nS|pS)"),
            // xs:float's lexical space (XML Schema part 2, 3.2.4.1)
            "float", Pattern.compile("(\\+|-)?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([Ee](\\+|-)?[0-9]+)?|(\\+|-)?INF|NaN"),
            "string", Pattern.compile("(?s).*"));

    /** element -> attribute -> simple type; a leading '!' marks a required attribute. */
    private static final Map<String, Map<String, String>> SCHEMA = Map.of(
            "neuroml", Map.of("!id", "NmlId", "metaid", "string", "neuroLexId", "string"),
            "iafRefCell", Map.of("!id", "NmlId", "!leakReversal", "voltage", "!thresh", "voltage", "!reset", "voltage",
                    "!C", "capacitance", "!leakConductance", "conductance", "!refract", "time"),
            "pulseGenerator", Map.of("!id", "NmlId", "!delay", "time", "!duration", "time", "!amplitude", "current"),
            "network", Map.of("!id", "NmlId", "type", "string", "temperature", "string"),
            "population", Map.of("!id", "NmlId", "!component", "NmlId", "size", "NonNegativeInteger", "type", "string"),
            "projection", Map.of("!id", "NmlId", "!presynapticPopulation", "NmlId", "!postsynapticPopulation", "NmlId",
                    "!synapse", "NmlId"),
            "connectionWD", Map.of("!id", "NonNegativeInteger", "!preCellId", "string", "!postCellId", "string",
                    "preSegmentId", "NonNegativeInteger", "postSegmentId", "NonNegativeInteger", "!weight", "float",
                    "!delay", "time"),
            "inputList", Map.of("!id", "NmlId", "!population", "NmlId", "!component", "NmlId"),
            "input", Map.of("!id", "NonNegativeInteger", "!target", "string", "!destination", "NmlId"));

    /** The order of the children the schema's sequences allow (NeuroMLDocument, Network, Projection, InputList). */
    private static final Map<String, List<String>> ORDER = Map.of(
            "neuroml", List.of("iafRefCell", "pulseGenerator", "network"),
            "network", List.of("population", "projection", "inputList"),
            "projection", List.of("connectionWD"),
            "inputList", List.of("input"),
            "iafRefCell", List.of(), "pulseGenerator", List.of(), "population", List.of(),
            "connectionWD", List.of(), "input", List.of());

    @TempDir
    Path dir;

    private final Exporter neuroml = Exporters.byName("neuroml").orElseThrow();

    /** {@link NetworkFixture#valid()} plus a 1.5 nA step on exc[2] and exc[7] from 10 to 30 ms. */
    private static Network fixture() {
        Network network = NetworkFixture.valid();
        StepInput step = NetworkFixture.F.createStepInput();
        step.setName("pulse");
        step.setTarget(NetworkFixture.population(network, "exc"));
        step.setAmplitude(1.5);
        step.setStart(10);
        step.setStop(30);
        step.getNeurons().addAll(List.of(2, 7));
        network.getInputs().add(step);
        return network;
    }

    private Document export(Network network, String name) throws Exception {
        ExportResult result = neuroml.export(network, name, dir, ExportOptions.defaults());
        assertFalse(result.hasErrors(), result.problems().toString());
        assertEquals(List.of(dir.resolve("LEMS_network.xml"), dir.resolve("network.net.nml")), result.files());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // Parsing both files is the well-formedness check: the parser throws on any error.
        f.newDocumentBuilder().parse(dir.resolve("LEMS_network.xml").toFile());
        return f.newDocumentBuilder().parse(dir.resolve("network.net.nml").toFile());
    }

    @Test
    void usesOnlyNeuroML23SchemaElementsAndAttributes() throws Exception {
        for (Document doc : List.of(export(fixture(), "net.snn"),
                export(Examples.load("seed/two-excitatory.snn"), "two-excitatory.snn"))) {
            assertEquals("neuroml", doc.getDocumentElement().getLocalName());
            checkSchema(doc.getDocumentElement());
        }
    }

    private static void checkSchema(Element e) {
        String name = e.getLocalName();
        assertEquals(NS, e.getNamespaceURI(), name);
        Map<String, String> allowed = SCHEMA.get(name);
        assertTrue(allowed != null, "element not in the schema subset: " + name);
        Map<String, String> types = new HashMap<>();
        allowed.forEach((attr, type) -> types.put(attr.replace("!", ""), type));
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())
                    || ("neuroml".equals(name) && "schemaLocation".equals(a.getLocalName())
                            && "http://www.w3.org/2001/XMLSchema-instance".equals(a.getNamespaceURI()))) {
                continue;
            }
            String type = types.get(a.getName());
            assertTrue(type != null, name + ": attribute not in the schema: " + a.getName());
            assertTrue(TYPES.get(type).matcher(a.getValue()).matches(),
                    name + "/@" + a.getName() + " = '" + a.getValue() + "' is not a " + type);
        }
        allowed.keySet().stream().filter(k -> k.startsWith("!"))
                .forEach(k -> assertTrue(e.hasAttribute(k.substring(1)), name + ": required " + k.substring(1)));
        int last = -1;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                int at = ORDER.get(name).indexOf(child.getLocalName());
                assertTrue(at >= last, child.getLocalName() + " may not be (there) in " + name);
                last = at;
                checkSchema(child);
            }
        }
    }

    @Test
    void theNetworkParsesBackEqualToTheRealisedNetwork() throws Exception {
        Network network = fixture();
        Element root = export(network, "net.snn").getDocumentElement();
        Element net = children(root, "network").get(0);
        Realisation r = Realisation.of(network, "net.snn", null, Set.of());

        Map<String, Integer> sizes = new TreeMap<>();
        for (Element p : children(net, "population")) {
            sizes.put(p.getAttribute("id"), Integer.parseInt(p.getAttribute("size")));
        }
        assertEquals(Map.of("exc", 10, "inh", 5), sizes);

        // Connections: (pre, post, weight, delay steps) per projection, in the engine's order.
        List<Element> projections = children(net, "projection");
        assertEquals(r.parts().size(), projections.size());
        for (int k = 0; k < projections.size(); k++) {
            Realisation.Part part = r.parts().get(k);
            Realisation.Synapses want = r.synapses(part);
            Element projection = projections.get(k);
            assertEquals(part.source().getName(), projection.getAttribute("presynapticPopulation"));
            assertEquals(part.target().getName(), projection.getAttribute("postsynapticPopulation"));
            List<Element> connections = children(projection, "connectionWD");
            int n = connections.size();
            int[] pre = new int[n];
            int[] post = new int[n];
            double[] weights = new double[n];
            int[] delays = new int[n];
            for (int q = 0; q < n; q++) {
                Element c = connections.get(q);
                pre[q] = cellIndex(c.getAttribute("preCellId"), part.source().getName());
                post[q] = cellIndex(c.getAttribute("postCellId"), part.target().getName());
                weights[q] = Double.parseDouble(c.getAttribute("weight"));
                delays[q] = delaySteps(c.getAttribute("delay"), 0.1);
            }
            assertArrayEquals(want.pre(), pre);
            assertArrayEquals(want.post(), post);
            // Exact: the weight's text is the shortest decimal of the same double.
            assertArrayEquals(want.weights(), weights);
            assertArrayEquals(want.delaySteps(), delays);
            // Independently of the realisation: the fixture's delta synapses are 2 mV, 0.1 ms = 1 step,
            // and p = 0.5 over 10 x 5 pairs cannot give an empty list or all 50 with seed 1 (checked once).
            assertTrue(n > 0 && n < 50, "connections: " + n);
            for (int q = 0; q < n; q++) {
                assertEquals(2.0, weights[q]);
                assertEquals(1, delays[q]);
            }
        }

        // Inputs: component -> (amplitude, delay, duration, targets).
        Map<String, Element> generators = new HashMap<>();
        for (Element g : children(root, "pulseGenerator")) {
            generators.put(g.getAttribute("id"), g);
        }
        List<String> inputs = new ArrayList<>();
        for (Element list : children(net, "inputList")) {
            Element g = generators.get(list.getAttribute("component"));
            List<Integer> targets = children(list, "input").stream()
                    .map(i -> cellIndex(i.getAttribute("target"), list.getAttribute("population"))).toList();
            inputs.add(list.getAttribute("population") + " " + g.getAttribute("amplitude") + " from "
                    + g.getAttribute("delay") + " for " + g.getAttribute("duration") + " on " + targets);
        }
        assertEquals(List.of("exc 5.0nA from 0ms for 100.0ms on [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]",
                "exc 1.5nA from 10.0ms for 20.0ms on [2, 7]"), inputs);
    }

    @Test
    void theTwoNeuronExampleHasItsOneConnectionEachWay() throws Exception {
        Element root = export(Examples.load("seed/two-excitatory.snn"), "two-excitatory.snn")
                .getDocumentElement();
        List<String> connections = new ArrayList<>();
        for (Element p : children(children(root, "network").get(0), "projection")) {
            for (Element c : children(p, "connectionWD")) {
                connections.add(p.getAttribute("presynapticPopulation") + c.getAttribute("preCellId") + " -> "
                        + c.getAttribute("postCellId") + " w " + c.getAttribute("weight") + " d " + c.getAttribute("delay"));
            }
        }
        // The model file says: all-to-all between single neurons, 2 mV, 0.1 ms.
        assertEquals(List.of("a../a[0] -> ../b[0] w 2.0 d 0.1ms", "b../b[0] -> ../a[0] w 2.0 d 0.1ms"), connections);
        Element lif = children(root, "iafRefCell").get(0);
        // R = 1 MOhm -> 1 uS; C = 10 nF; threshold 1 mV; rest = reset = 0 mV; no refractory period.
        assertEquals("1.0uS", lif.getAttribute("leakConductance"));
        assertEquals("10.0nF", lif.getAttribute("C"));
        assertEquals("1.0mV", lif.getAttribute("thresh"));
        assertEquals("0.0ms", lif.getAttribute("refract"));
    }

    @Test
    void theSameModelGivesTheSameBytes() throws Exception {
        export(fixture(), "net.snn");
        byte[] first = Files.readAllBytes(dir.resolve("network.net.nml"));
        byte[] lems = Files.readAllBytes(dir.resolve("LEMS_network.xml"));
        export(fixture(), "net.snn");
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("network.net.nml")));
        assertArrayEquals(lems, Files.readAllBytes(dir.resolve("LEMS_network.xml")));
    }

    @Test
    void whatNeuroMLCannotExpressIsRefusedByNameAndNothingIsWritten() throws Exception {
        Network network = Examples.load("seed/three-populations.snn");
        ExportResult result = neuroml.export(network, "three-populations.snn", dir, ExportOptions.defaults());
        List<String> refused = result.problems().stream().filter(ModelProblem::isError).map(ModelProblem::element)
                .toList();
        assertTrue(refused.containsAll(List.of("SpikeCountCoupling 'first_drives_second'",
                "SpikeCountCoupling 'second_drives_third'", "SpikeCountCoupling 'third_inhibits_first'")), refused.toString());
        assertTrue(result.problems().stream().anyMatch(p -> p.isError() && p.message().contains("ExpressionInput")),
                result.problems().toString());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void connectionRulesAreRefusedBecauseNeuroMLHasNone() throws Exception {
        ExportResult result = neuroml.export(fixture(), "net.snn", dir,
                ExportOptions.defaults().withConnections(ExportOptions.Connections.RULES));
        assertTrue(result.problems().stream().anyMatch(p -> p.isError() && p.element().equals("Projection 'exc_to_inh'")
                && p.message().contains("--connections list")), result.problems().toString());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    /** "../pop[3]" -> 3, checking the population. */
    private static int cellIndex(String path, String population) {
        String prefix = "../" + population + "[";
        assertTrue(path.startsWith(prefix) && path.endsWith("]"), path);
        return Integer.parseInt(path.substring(prefix.length(), path.length() - 1));
    }

    /** "0.3ms" -> 3 for dt = 0.1 ms; fails unless the delay is a whole number of steps. */
    private static int delaySteps(String delay, double dt) {
        assertTrue(delay.endsWith("ms"), delay);
        double steps = Double.parseDouble(delay.substring(0, delay.length() - 2)) / dt;
        long rounded = Math.round(steps);
        // 1e-9 steps: far below one step, far above the rounding of a decimal ms value divided by dt.
        assertEquals(rounded, steps, 1e-9, delay);
        return (int) rounded;
    }
}
