// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.model.Identified;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.SidecarKeys;
import org.spikestudio.model.resource.SidecarKeys.Key;
import org.spikestudio.testing.Examples;

/**
 * A sidecar keyed by id (a diagram) never reattaches to a different element: not to one deleted and
 * recreated under the same name, in the editor or in a text editor. The sidecar here is a stand-in:
 * the list of keys a diagram would write, resolved again after the edit.
 */
class SidecarIdsTest {

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <snn:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:snn="http://spikestudio.org/snn" \
            id="net" name="net" formatVersion="1" seed="1">
              <simulation timeStep="0.1" duration="10.0" integration="forwardEuler"/>
              <neuronModels xsi:type="snn:LifModel" id="lif" name="lif"/>
            """;

    private static List<Key> sidecarOf(Network network) {
        List<Key> keys = new ArrayList<>();
        for (var all = network.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Identified element) {
                keys.add(SidecarKeys.keyOf(element));
            }
        }
        return keys;
    }

    private static Key keyNamed(List<Key> sidecar, String fingerprint) {
        return sidecar.stream().filter(k -> k.fingerprint().equals(fingerprint)).findFirst().orElseThrow();
    }

    private static Network write(Path file, String body) throws Exception {
        Files.writeString(file, HEADER + body + "</snn:Network>\n");
        return ModelFiles.load(file);
    }

    @Test
    void editorDeleteAndRecreateUnderTheSameNameGivesANewId() throws Exception {
        Network network = ModelFiles.load(Examples.repositoryRoot().resolve("examples/seed/population-100.snn"));
        List<Key> sidecar = sidecarOf(network);
        Population exc = network.getPopulations().get(0);
        EcoreUtil.delete(exc, true); // plain EMF delete: unsets every reference to it
        Population recreated = SpikestudioFactory.eINSTANCE.createPopulation();
        recreated.setName("exc");
        recreated.setNeuronModel(network.getNeuronModels().get(0));
        network.getPopulations().add(0, recreated);

        SidecarKeys keys = SidecarKeys.of(network.eResource());
        Key old = keyNamed(sidecar, "Population:exc");
        assertEquals("exc", old.id());
        assertNotEquals("exc", recreated.getId(), "a deleted element's id is not handed on");
        assertTrue(keys.resolve(old).isEmpty(), "the old entry does not reattach to the new 'exc'");
        // Guard against a vacuous pass: untouched elements still resolve to themselves.
        assertEquals(network.getPopulations().get(1), keys.resolve(keyNamed(sidecar, "Population:inh")).orElseThrow());
    }

    @Test
    void editorDeleteAndRecreateSurvivesSavingAndReloading(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("m.snn");
        Network network = write(file, "  <populations id=\"exc\" name=\"exc\" size=\"2\" neuronModel=\"lif\"/>\n");
        List<Key> sidecar = sidecarOf(network);
        network.getPopulations().remove(0);
        ModelFiles.save(network, file);
        // A later session: the model is loaded again and an 'exc' is created anew.
        network = ModelFiles.load(file);
        Population recreated = SpikestudioFactory.eINSTANCE.createPopulation();
        recreated.setName("exc");
        recreated.setNeuronModel(network.getNeuronModels().get(0));
        network.getPopulations().add(recreated);
        ModelFiles.save(network, file);
        Network reloaded = ModelFiles.load(file);
        assertTrue(SidecarKeys.of(reloaded.eResource()).resolve(keyNamed(sidecar, "Population:exc")).isEmpty());
        assertTrue(SidecarKeys.of(reloaded.eResource()).resolve(keyNamed(sidecar, "LifModel:lif")).isPresent());
    }

    @Test
    void textEditorDeleteAndRecreateWithoutAnIdGivesANewId(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("m.snn");
        List<Key> sidecar = sidecarOf(write(file, """
                  <populations id="exc" name="exc" size="2" neuronModel="lif"/>
                  <recorders xsi:type="snn:SpikeRecorder" id="exc_spikes" name="exc_spikes" population="exc"/>
                """));
        // By hand: 'exc' and its recorder deleted, a new 'exc' typed in without an id.
        Network edited = write(file, "  <populations name=\"exc\" size=\"3\" neuronModel=\"lif\"/>\n");
        Population recreated = edited.getPopulations().get(0);
        assertTrue(recreated.getId().matches("exc_[0-9a-z]{8}"), recreated.getId());
        SidecarKeys keys = SidecarKeys.of(edited.eResource());
        assertTrue(keys.resolve(keyNamed(sidecar, "Population:exc")).isEmpty());
        assertTrue(keys.resolve(keyNamed(sidecar, "SpikeRecorder:exc_spikes")).isEmpty());
        assertEquals(edited.getNeuronModels().get(0), keys.resolve(keyNamed(sidecar, "LifModel:lif")).orElseThrow());
    }

    @Test
    void anIdTypedIntoAnotherKindOfElementIsNotReattached(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("m.snn");
        List<Key> sidecar = sidecarOf(write(file, "  <populations id=\"p\" name=\"p\" size=\"2\" neuronModel=\"lif\"/>\n"));
        // By hand: the population deleted, its id reused for a new population of another name and a new model.
        Network renamed = write(file, "  <populations id=\"p\" name=\"q\" size=\"2\" neuronModel=\"lif\"/>\n");
        assertTrue(SidecarKeys.resolve(renamed.eResource(), "p", keyNamed(sidecar, "Population:p").fingerprint()).isEmpty());
        Files.writeString(file, HEADER.replace("id=\"lif\" name=\"lif\"/>", "id=\"lif\" name=\"lif\"/>\n"
                + "  <neuronModels xsi:type=\"snn:IzhikevichModel\" id=\"p\" name=\"p\"/>") + "</snn:Network>\n");
        Network retyped = ModelFiles.load(file);
        assertTrue(SidecarKeys.of(retyped.eResource()).resolve(keyNamed(sidecar, "Population:p")).isEmpty());
    }

    @Test
    void idsGivenOnLoadingAreTheSameForTheSameFileAndNewAfterAnEdit(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("m.snn");
        String body = "  <populations name=\"exc\" size=\"2\" neuronModel=\"lif\"/>\n";
        String first = write(file, body).getPopulations().get(0).getId();
        String again = write(file, body).getPopulations().get(0).getId();
        assertEquals(first, again, "loading is reproducible: results and sidecars keyed by id stay valid");
        String edited = write(file, body.replace("size=\"2\"", "size=\"3\"")).getPopulations().get(0).getId();
        assertNotEquals(first, edited, "an edited file draws new ids for the elements without one");
        assertFalse(first.equals("exc"), "not derived from the name alone");
    }

    @Test
    void renamingKeepsTheIdSoTheEntryFollowsOnceTheSidecarIsRewritten() throws Exception {
        Network network = ModelFiles.load(Examples.repositoryRoot().resolve("examples/seed/population-100.snn"));
        Population exc = network.getPopulations().get(0);
        exc.setName("pyramidal");
        Key rewritten = SidecarKeys.keyOf(exc);
        assertEquals(new Key("exc", "Population:pyramidal"), rewritten);
        EObject resolved = SidecarKeys.of(network.eResource()).resolve(rewritten).orElseThrow();
        assertEquals(exc, resolved);
    }
}
