// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelLoadException;
import org.spikestudio.model.resource.ModelProblem;

/**
 * Broken files give {@code file:line:column: error: message} naming the element and attribute,
 * never only a stack trace. Line numbers are counted by hand in the small files below.
 */
class MalformedFilesTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<snn:Network xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:snn=\"http://spikestudio.org/snn\""
            + " id=\"n\" name=\"n\" formatVersion=\"1\" seed=\"1\">\n"
            + "  <simulation timeStep=\"0.1\" duration=\"100.0\" integration=\"forwardEuler\"/>\n"
            + "  <neuronModels xsi:type=\"snn:LifModel\" id=\"lif\" name=\"lif\"/>\n";

    @TempDir
    Path folder;

    private ModelProblem onlyProblem(String content) throws IOException {
        Path file = folder.resolve("broken.snn");
        Files.writeString(file, content);
        ModelLoadException failure = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
        List<ModelProblem> problems = failure.problems();
        assertEquals(1, problems.size(), problems.toString());
        ModelProblem problem = problems.get(0);
        assertTrue(problem.toString().startsWith(file + ":"), "names the file: " + problem);
        assertTrue(problem.isError());
        return problem;
    }

    @Test
    void truncatedFile() throws IOException {
        String whole = HEADER + "  <populations id=\"p\" name=\"p\" size=\"3\" neuronModel=\"lif\"/>\n</snn:Network>\n";
        ModelProblem problem = onlyProblem(whole.substring(0, whole.indexOf("</snn:Network>") - 1));
        assertEquals(5, problem.line(), problem.toString());
        assertTrue(problem.message().contains("not a well-formed XML file"), problem.message());
    }

    @Test
    void notXmlAtAll() throws IOException {
        ModelProblem problem = onlyProblem("population exc 80\n");
        assertEquals(1, problem.line());
        assertTrue(problem.message().contains("not a well-formed XML file"), problem.message());
    }

    @Test
    void wrongRootElement() throws IOException {
        ModelProblem problem = onlyProblem("<?xml version=\"1.0\"?>\n\n<ecore:EPackage xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"x\"/>\n");
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("<ecore:EPackage>") && problem.message().contains("expected <snn:Network>"),
                problem.message());
    }

    @Test
    void danglingReference() throws IOException {
        ModelProblem problem = onlyProblem(HEADER
                + "  <populations id=\"p\" name=\"p\" size=\"3\" neuronModel=\"lif\"/>\n"
                + "  <recorders xsi:type=\"snn:SpikeRecorder\" id=\"r\" name=\"r\" population=\"ghost\"/>\n"
                + "</snn:Network>\n");
        assertEquals(6, problem.line(), problem.toString());
        assertEquals("SpikeRecorder 'r': reference 'population' points to 'ghost', but no element has that id",
                problem.message());
    }

    @Test
    void badNumber() throws IOException {
        ModelProblem problem = onlyProblem(HEADER
                + "  <populations id=\"p\" name=\"p\" size=\"eighty\" neuronModel=\"lif\"/>\n</snn:Network>\n");
        assertEquals(5, problem.line(), problem.toString());
        assertTrue(problem.message().contains("Population") && problem.message().contains("'size'")
                && problem.message().contains("'eighty'"), problem.message());
    }

    @Test
    void unknownAttribute() throws IOException {
        ModelProblem problem = onlyProblem(HEADER
                + "  <populations id=\"p\" name=\"p\" sise=\"3\" neuronModel=\"lif\"/>\n</snn:Network>\n");
        assertEquals(5, problem.line(), problem.toString());
        assertTrue(problem.message().contains("unknown attribute or element 'sise'"), problem.message());
    }

    @Test
    void unknownElement() throws IOException {
        ModelProblem problem = onlyProblem(HEADER + "  <synapses id=\"s\"/>\n</snn:Network>\n");
        assertEquals(5, problem.line(), problem.toString());
        assertTrue(problem.message().contains("unknown attribute or element 'synapses'"), problem.message());
    }

    @Test
    void duplicateIds() throws IOException {
        ModelProblem problem = onlyProblem(HEADER
                + "  <populations id=\"p\" name=\"p\" size=\"3\" neuronModel=\"lif\"/>\n"
                + "  <populations id=\"p\" name=\"q\" size=\"3\" neuronModel=\"lif\"/>\n</snn:Network>\n");
        assertEquals(6, problem.line(), problem.toString());
        assertEquals("Population 'q': id 'p' is already used by Population 'p' on line 5; ids must be unique "
                + "(references would be ambiguous)", problem.message());
    }

    @Test
    void referenceToTheWrongKindOfElement() throws IOException {
        ModelProblem problem = onlyProblem(HEADER
                + "  <populations id=\"p\" name=\"p\" size=\"3\" neuronModel=\"p\"/>\n</snn:Network>\n");
        assertEquals(5, problem.line(), problem.toString());
        assertEquals("Population 'p': reference 'neuronModel' points to Population 'p', but must point to a NeuronModel",
                problem.message());
    }

    @Test
    void repeatedSingleValuedElementFromAMerge() throws IOException {
        ModelProblem problem = onlyProblem(HEADER
                + "  <simulation timeStep=\"0.05\" duration=\"100.0\" integration=\"exact\"/>\n</snn:Network>\n");
        assertEquals(5, problem.line(), problem.toString());
        assertTrue(problem.message().contains("element 'simulation' appears more than once"), problem.message());
    }

    @Test
    void newerFormatVersion() throws IOException {
        ModelProblem problem = onlyProblem(HEADER.replace("formatVersion=\"1\"", "formatVersion=\"2\"")
                + "  <futureThing/>\n</snn:Network>\n");
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("newer Spikestudio (format version 2)")
                && problem.message().contains("update Spikestudio"), problem.message());
    }

    @Test
    void unknownAndMissingFormatVersion() throws IOException {
        ModelProblem unknown = onlyProblem(HEADER.replace("formatVersion=\"1\"", "formatVersion=\"beta\"") + "</snn:Network>\n");
        assertTrue(unknown.message().contains("unknown format version 'beta'"), unknown.message());
        ModelProblem missing = onlyProblem(HEADER.replace(" formatVersion=\"1\"", "") + "</snn:Network>\n");
        assertTrue(missing.message().contains("'formatVersion' is missing"), missing.message());
    }

    @Test
    void missingFileAndDirectory() throws IOException {
        ModelLoadException missing = assertThrows(ModelLoadException.class,
                () -> ModelFiles.load(folder.resolve("nope.snn")));
        assertEquals(folder.resolve("nope.snn") + ": error: no such file", missing.getMessage());
        ModelLoadException directory = assertThrows(ModelLoadException.class, () -> ModelFiles.load(folder));
        assertTrue(directory.getMessage().endsWith("is a directory, not a model file"), directory.getMessage());
    }
}
