// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelLoadException;
import org.spikestudio.model.resource.ModelProblem;

/**
 * The loader's messages read as sentences naming the file and the line (issue 15, item 9): no Java
 * class names, no XML parser message keys, no stray lines on stderr, no self-contradiction. Each
 * case below printed one of those before the fix. Lines are counted by hand in the files below.
 */
class LoaderMessagesTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<snn:Network xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:snn=\"http://spikestudio.org/snn\""
            + " id=\"n\" name=\"n\" formatVersion=\"1\" seed=\"1\">\n"
            + "  <simulation timeStep=\"0.1\" duration=\"100.0\" integration=\"forwardEuler\"/>\n"
            + "  <neuronModels xsi:type=\"snn:LifModel\" id=\"lif\" name=\"lif\"/>\n";

    /** A qualified Java class name, or a simple one ending in Exception or Error. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b([a-z]+\\.)+[A-Z]\\w+|\\w+(Exception|Error)\\b");

    @TempDir
    Path folder;

    /** Loads {@code content}, asserting one problem that names the file and a line; returns it. */
    private ModelProblem onlyProblem(byte[] content) throws IOException {
        Path file = folder.resolve("broken.snn");
        Files.write(file, content);
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ModelLoadException failure;
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            failure = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "nothing printed on stderr while loading");
        List<ModelProblem> problems = failure.problems();
        assertEquals(1, problems.size(), problems.toString());
        ModelProblem problem = problems.get(0);
        assertTrue(problem.toString().startsWith(file + ":" + problem.line() + ":"), "names file and line: " + problem);
        assertTrue(problem.line() > 0, problem.toString());
        assertFalse(JAVA_NAME.matcher(problem.message()).find(), "no Java class name: " + problem.message());
        assertFalse(problem.message().contains("http://www.w3.org/TR/"), "no parser message key: " + problem.message());
        return problem;
    }

    private ModelProblem onlyProblem(String content) throws IOException {
        return onlyProblem(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void invalidUtf8PrintsNothingOnStderrAndNamesTheByte() throws IOException {
        // in the root tag (read by the first pass) and in a later element (read by EMF before the fix)
        byte[] inRoot = (HEADER.replace("name=\"n\"", "name=\"n\u00e9\"") + "</snn:Network>\n")
                .getBytes(StandardCharsets.UTF_8);
        int accent = new String(inRoot, StandardCharsets.ISO_8859_1).indexOf("n\u00c3\u00a9") + 2;
        inRoot[accent] = 0x28; // 0xC3 0x28: a two-byte sequence cut short
        ModelProblem root = onlyProblem(inRoot);
        assertEquals(2, root.line(), root.toString());
        assertEquals("the file is not valid UTF-8: the byte 0xC3 here is not part of a character; save the file as UTF-8",
                root.message());

        byte[] later = (HEADER + "  <populations id=\"p\" name=\"p?\" size=\"3\" neuronModel=\"lif\"/>\n</snn:Network>\n")
                .getBytes(StandardCharsets.UTF_8);
        later[new String(later, StandardCharsets.ISO_8859_1).indexOf("p?") + 1] = (byte) 0xff;
        ModelProblem element = onlyProblem(later);
        assertEquals(5, element.line(), element.toString());
        assertTrue(element.message().startsWith("the file is not valid UTF-8: the byte 0xFF"), element.message());
    }

    @Test
    void anEnumerationAsXsiTypeIsNotAClassCast() throws IOException {
        ModelProblem problem = onlyProblem(HEADER + "  <populations id=\"p\" name=\"p\" size=\"3\" neuronModel=\"lif\"/>\n"
                + "  <recorders xsi:type=\"snn:PopulationType\" id=\"r\" name=\"r\" population=\"p\"/>\n</snn:Network>\n");
        assertEquals(6, problem.line(), problem.toString());
        assertEquals("'PopulationType' is a kind of value, not an element type", problem.message());
    }

    @Test
    void anAbstractXsiTypeNamesItsConcreteTypes() throws IOException {
        ModelProblem problem = onlyProblem(HEADER + "  <populations id=\"p\" name=\"p\" size=\"3\" neuronModel=\"lif\"/>\n"
                + "  <recorders xsi:type=\"snn:Recorder\" id=\"r\" name=\"r\" population=\"p\"/>\n</snn:Network>\n");
        assertEquals(6, problem.line(), problem.toString());
        assertTrue(problem.message().startsWith("element type 'Recorder' is abstract; use one of its concrete types (")
                && problem.message().contains("SpikeRecorder"), problem.message());
    }

    @Test
    void xsiNilIsAnUnknownAttribute() throws IOException {
        for (String nil : List.of("true", "yes")) {
            ModelProblem problem = onlyProblem(HEADER + "  <populations id=\"p\" name=\"p\" xsi:nil=\"" + nil
                    + "\" size=\"3\" neuronModel=\"lif\"/>\n</snn:Network>\n");
            assertEquals(5, problem.line(), problem.toString());
            assertEquals("Population 'p': unknown attribute or element 'nil'", problem.message());
        }
    }

    @Test
    void anUnboundPrefixIsSaidInWords() throws IOException {
        ModelProblem attribute = onlyProblem(HEADER + "  <populations id=\"p\" name=\"p\" foo:size=\"3\" neuronModel=\"lif\"/>\n"
                + "</snn:Network>\n");
        assertEquals(5, attribute.line(), attribute.toString());
        assertEquals("not a well-formed XML file: the prefix 'foo' of attribute 'foo:size' of element <populations> is "
                + "not bound to a namespace (the declaration xmlns:foo=\"...\" is missing)", attribute.message());

        ModelProblem element = onlyProblem(HEADER + "  <foo:populations id=\"p\" name=\"p\" size=\"3\" neuronModel=\"lif\"/>\n"
                + "</snn:Network>\n");
        assertEquals(5, element.line(), element.toString());
        assertEquals("not a well-formed XML file: the prefix 'foo' of element <foo:populations> is not bound to a "
                + "namespace (the declaration xmlns:foo=\"...\" is missing)", element.message());
    }

    @Test
    void aDanglingIdInAnAssemblyIsReportedOnceAndWithoutContradiction() throws IOException {
        String populations = "  <populations id=\"e\" name=\"exc\" size=\"3\" neuronModel=\"lif\"/>\n"
                + "  <populations id=\"i\" name=\"inh\" size=\"3\" type=\"inhibitory\" neuronModel=\"lif\"/>\n";
        for (String members : List.of("ghost e i", "e ghost i")) {
            ModelProblem problem = onlyProblem(HEADER + populations + "  <assemblies id=\"all\" name=\"all\" populations=\""
                    + members + "\"/>\n</snn:Network>\n");
            assertEquals(7, problem.line(), problem.toString());
            assertEquals("Assembly 'all': reference 'populations' points to 'ghost', but no element has that id",
                    problem.message());
        }
    }

    @Test
    void anEmptyFileHasALine() throws IOException {
        ModelProblem problem = onlyProblem("");
        assertEquals("empty file: expected an <snn:Network> element", problem.message());
    }
}
