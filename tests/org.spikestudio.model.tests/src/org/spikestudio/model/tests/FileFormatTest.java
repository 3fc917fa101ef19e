// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.ECollections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.testing.Examples;

/** The XMI form is made for version control: small diffs, stable references, atomic saves. */
class FileFormatTest {

    private static final Path POPULATION_100 = Examples.repositoryRoot().resolve("examples/seed/population-100.snn");

    private static Path copyOfExample(Path folder) throws IOException {
        Path copy = folder.resolve("population-100.snn");
        Files.copy(POPULATION_100, copy);
        return copy;
    }

    /** Lines of {@code after} that differ from {@code before}, compared position by position. */
    private static List<String> changedLines(List<String> before, List<String> after) {
        assertEquals(before.size(), after.size(), "same number of lines");
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add((i + 1) + ": " + after.get(i));
            }
        }
        return changed;
    }

    @Test
    void oneValueEditChangesExactlyOneLine(@TempDir Path folder) throws Exception {
        Path file = copyOfExample(folder);
        List<String> before = Files.readAllLines(file);
        Network network = ModelFiles.load(file);
        network.getPopulations().get(0).setSize(81);
        ModelFiles.save(network, file);
        List<String> changed = changedLines(before, Files.readAllLines(file));
        assertEquals(1, changed.size(), changed.toString());
        assertTrue(changed.get(0).contains("size=\"81\""), changed.get(0));
    }

    @Test
    void renameChangesOnlyTheRenamedElementsLine(@TempDir Path folder) throws Exception {
        Path file = copyOfExample(folder);
        List<String> before = Files.readAllLines(file);
        Network network = ModelFiles.load(file);
        Population exc = network.getPopulations().get(0);
        exc.setName("pyramidal");
        ModelFiles.save(network, file);
        List<String> changed = changedLines(before, Files.readAllLines(file));
        // Projections, inputs and recorders refer to the population by its id, which a rename keeps.
        assertEquals(1, changed.size(), changed.toString());
        assertTrue(changed.get(0).contains("id=\"exc\" name=\"pyramidal\""), changed.get(0));
        Network reloaded = ModelFiles.load(file);
        assertEquals("pyramidal", ((Projection) reloaded.getProjections().get(0)).getSource().getName());
    }

    @Test
    void reorderingMovesLinesWithoutRewritingReferences(@TempDir Path folder) throws Exception {
        Path file = copyOfExample(folder);
        List<String> before = Files.readAllLines(file);
        Network network = ModelFiles.load(file);
        ECollections.reverse(network.getPopulations());
        ModelFiles.save(network, file);
        List<String> after = Files.readAllLines(file);
        // Same multiset of lines: the two population lines swapped places, nothing else changed.
        assertEquals(before.stream().sorted().toList(), after.stream().sorted().toList());
        assertEquals(2, changedLines(before, after).size());
    }

    @Test
    void newElementsGetReadableUniqueIdsAtOnce() throws Exception {
        Network network = ModelFiles.load(POPULATION_100);
        Population extra = SpikestudioFactory.eINSTANCE.createPopulation();
        extra.setName("exc");
        network.getPopulations().add(extra);
        assertTrue(extra.getId().matches("exc_[0-9a-z]{8}"), "the name plus a random suffix: " + extra.getId());
        Population unnamed = SpikestudioFactory.eINSTANCE.createPopulation();
        network.getPopulations().add(unnamed);
        assertTrue(unnamed.getId().matches("population_[0-9a-z]{8}"), unnamed.getId());
    }

    @Test
    void pastedCopyGetsAFreshIdSoReferencesStayUnambiguous() throws Exception {
        Network network = ModelFiles.load(POPULATION_100);
        Population copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(network.getPopulations().get(0));
        assertEquals("exc", copy.getId());
        network.getPopulations().add(copy);
        assertTrue(copy.getId().matches("exc_[0-9a-z]{8}"), copy.getId());
        assertEquals("exc", network.getPopulations().get(0).getId(), "the original keeps its id");
    }

    @Test
    void resourceSaveIsAtomicAndKeepsPermissionsAndLinks(@TempDir Path folder) throws Exception {
        Path file = copyOfExample(folder);
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(folder.resolve("link.snn"), file.getFileName());
        Network network = ModelFiles.load(link);
        network.getPopulations().get(0).setSize(79);
        // Through EMF's own API, as an editor would save.
        network.eResource().save(null);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.readString(file).contains("size=\"79\""), "the linked file was rewritten");
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void savedFileHasNoVolatileDataAndUnixLineEnds(@TempDir Path folder) throws Exception {
        Path first = folder.resolve("a.snn");
        Path second = folder.resolve("b.snn");
        ModelFiles.save(ModelFiles.load(POPULATION_100), first);
        Thread.sleep(20);
        ModelFiles.save(ModelFiles.load(POPULATION_100), second);
        String text = Files.readString(first);
        assertEquals(text, Files.readString(second), "two saves of the same model are identical");
        assertTrue(!text.contains("\r"), "LF line ends on every platform");
        assertTrue(text.contains("formatVersion=\"1\""), "format version written");
    }

    @Test
    void referenceOutsideTheModelIsRefusedAndTheOldFileKept(@TempDir Path folder) throws Exception {
        Path file = copyOfExample(folder);
        byte[] before = Files.readAllBytes(file);
        Network network = ModelFiles.load(file);
        // EMF would write the outsider's id, giving a file with a dangling reference.
        Population outsider = SpikestudioFactory.eINSTANCE.createPopulation();
        outsider.setId("outsider");
        outsider.setName("outsider");
        network.getProjections().get(0).setTarget(outsider);
        IOException failure = assertThrows(IOException.class, () -> ModelFiles.save(network, file));
        assertEquals("cannot save: Projection 'exc_to_all': reference 'target' points to Population 'outsider', "
                + "which is not part of the model", failure.getMessage());
        assertEquals(new String(before), new String(Files.readAllBytes(file)), "old content intact");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file.getFileName().toString()),
                    files.map(p -> p.getFileName().toString()).toList(), "no temporary file left behind");
        }
    }

    @Test
    void savingIntoAMissingFolderFailsWithoutCreatingAnything(@TempDir Path folder) throws Exception {
        Network network = ModelFiles.load(POPULATION_100);
        Path target = folder.resolve("missing/model.snn");
        assertThrows(IOException.class, () -> ModelFiles.save(network, target));
        assertTrue(Files.notExists(folder.resolve("missing")));
    }
}
