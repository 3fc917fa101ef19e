// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.Input;
import org.spikestudio.model.Network;
import org.spikestudio.model.NoiseInput;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.Recorder;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.UniformDistribution;
import org.spikestudio.model.edit.command.CascadingDeleteCommand;
import org.spikestudio.model.edit.command.ModelCommands;
import org.spikestudio.model.edit.command.SpikestudioEditingDomain;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.model.resource.SidecarKeys;
import org.spikestudio.model.validation.NetworkValidation;
import org.spikestudio.testing.Examples;

/** The domain commands on an editing domain as the editors use it: execute, undo, redo. */
class ModelCommandsTest {

    private static final SpikestudioPackage P = SpikestudioPackage.eINSTANCE;

    private final ComposedAdapterFactory factory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final BasicCommandStack stack = new BasicCommandStack();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    private AdapterFactoryEditingDomain domainOf(Network network) {
        return new AdapterFactoryEditingDomain(factory, stack, network.eResource().getResourceSet());
    }

    private static byte[] saved(Network network) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        network.eResource().save(bytes, null);
        return bytes.toByteArray();
    }

    /** Every cross reference of the model points to an element of the same resource. */
    private static void assertNoDanglingReference(Network network) {
        Resource resource = network.eResource();
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(resource).isEmpty(), "no proxies");
        List<String> dangling = new ArrayList<>();
        for (var all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer()) {
                    continue;
                }
                if (reference.getLowerBound() > 0 && !element.eIsSet(reference)) {
                    dangling.add(element + "." + reference.getName() + " unset");
                }
                Object value = element.eGet(reference);
                for (Object target : value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value)) {
                    if (((EObject) target).eResource() != resource) {
                        dangling.add(element + "." + reference.getName() + " -> " + target);
                    }
                }
            }
        }
        assertTrue(dangling.isEmpty(), String.join("\n", dangling));
    }

    private static List<String> errors(Network network) {
        return NetworkValidation.problems(network, "model").stream().filter(ModelProblem::isError)
                .map(ModelProblem::toString).toList();
    }

    private static List<String> names(Collection<? extends EObject> elements) {
        return elements.stream().map(e -> ((org.spikestudio.model.NamedElement) e).getName()).toList();
    }

    @Test
    void deletingAPopulationDeletesWhatRefersToItInOneUndoableStep() throws Exception {
        Network network = ModelFiles.load(Examples.path("seed/population-100.snn"));
        byte[] before = saved(network);
        Population exc = network.getPopulations().get(0);
        Assembly all = network.getAssemblies().get(0);

        CascadingDeleteCommand delete = ModelCommands.delete(domainOf(network), List.of(exc));
        // Listed by hand from the file: what refers to exc.
        assertEquals(List.of("exc_to_all", "exc_current_in", "exc_spikes", "exc_v", "exc_current", "exc_rate"),
                names(delete.getDependants()));
        assertEquals(List.of(all), delete.getShrunk(), "the assembly loses its member exc");
        assertEquals("Delete Population 'exc'", delete.getLabel());
        assertTrue(delete.getDescription().contains("Projection 'exc_to_all'"), delete.getDescription());

        stack.execute(delete);
        assertEquals(List.of("inh"), names(network.getPopulations()));
        assertEquals(List.of("inh_to_all"), names(network.getProjections()));
        assertEquals(List.of("inh_current_in"), names(network.getInputs()));
        assertEquals(List.of("inh_spikes", "inh_v", "inh_rate"), names(network.getRecorders()));
        assertEquals(List.of("inh"), names(all.getPopulations()));
        assertNoDanglingReference(network);
        assertTrue(errors(network).isEmpty(), errors(network).toString());
        byte[] deleted = saved(network);

        assertTrue(stack.canUndo());
        stack.undo();
        assertArrayEquals(before, saved(network), "one undo restores the model exactly");
        assertArrayEquals(Files.readAllBytes(Examples.path("seed/population-100.snn")), saved(network),
                "and byte for byte as the file");
        stack.redo();
        assertArrayEquals(deleted, saved(network), "redo deletes the same again");
        assertNoDanglingReference(network);
    }

    @Test
    void emfsDeleteCascadesInSpikestudiosEditingDomain() throws Exception {
        Network network = ModelFiles.load(Examples.path("seed/population-100.snn"));
        var domain = new SpikestudioEditingDomain(factory, stack, network.eResource().getResourceSet());
        // What the generated editor's Delete action creates.
        Command delete = DeleteCommand.create(domain, List.of(network.getPopulations().get(0)));
        assertTrue(delete instanceof CascadingDeleteCommand, delete.getClass().getName());
        stack.execute(delete);
        assertEquals(List.of("inh_to_all"), names(network.getProjections()));
        assertNoDanglingReference(network);
    }

    @Test
    void aSetNamesTheAttributeAndTheElementItSets() throws Exception {
        Network network = ModelFiles.load(Examples.path("seed/population-100.snn"));
        var domain = new SpikestudioEditingDomain(factory, stack, network.eResource().getResourceSet());
        Population inh = network.getPopulations().get(1);
        // What the Properties view creates for an edit of the size.
        Command set = SetCommand.create(domain, inh, inh.eClass().getEStructuralFeature("size"), 0);
        assertEquals("Set size of Population 'inh'", set.getLabel());
        stack.execute(set);
        assertEquals(0, inh.getSize());
        stack.undo();
        assertEquals(20, inh.getSize());
    }

    @Test
    void deletingANeuronModelDeletesItsPopulationsAndTheirDependants() throws Exception {
        Network network = ModelFiles.load(Examples.path("seed/population-100.snn"));
        byte[] before = saved(network);
        CascadingDeleteCommand delete = ModelCommands.delete(domainOf(network), List.of(network.getNeuronModels().get(0)));
        assertEquals(2 + 2 + 2 + 7, delete.getDependants().size(), "2 populations, 2 projections, 2 inputs, 7 recorders");
        stack.execute(delete);
        assertTrue(network.getPopulations().isEmpty() && network.getProjections().isEmpty()
                && network.getInputs().isEmpty() && network.getRecorders().isEmpty());
        assertTrue(network.getAssemblies().get(0).getPopulations().isEmpty(), "the assembly stays, empty");
        assertNoDanglingReference(network);
        stack.undo();
        assertArrayEquals(before, saved(network));
    }

    @Test
    void deletingAnAssemblyDeletesTheProjectionsOntoIt() throws Exception {
        Network network = ModelFiles.load(Examples.path("seed/population-100.snn"));
        CascadingDeleteCommand delete = ModelCommands.delete(domainOf(network), List.of(network.getAssemblies().get(0)));
        assertEquals(List.of("exc_to_all", "inh_to_all"), names(delete.getDependants()));
        stack.execute(delete);
        assertEquals(2, network.getPopulations().size(), "the members stay");
        assertNoDanglingReference(network);
    }

    @Test
    void theRootAndRequiredPartsCannotBeDeletedAlone() throws Exception {
        Network network = ModelFiles.load(Examples.path("seed/population-100.snn"));
        AdapterFactoryEditingDomain domain = domainOf(network);
        Projection projection = network.getProjections().get(0);
        assertFalse(ModelCommands.delete(domain, List.of(network)).canExecute());
        assertFalse(ModelCommands.delete(domain, List.of(projection.getWeight())).canExecute());
        assertFalse(ModelCommands.delete(domain, List.of()).canExecute());
        CascadingDeleteCommand withItsProjection = ModelCommands.delete(domain, List.of(projection.getWeight(), projection));
        assertTrue(withItsProjection.canExecute(), "the weight goes with its projection");
        assertTrue(withItsProjection.getDependants().isEmpty());
    }

    @Test
    void createdElementsHaveFreshNamesAndValidate() throws Exception {
        Network network = ModelFiles.load(Examples.path("seed/population-100.snn"));
        AdapterFactoryEditingDomain domain = domainOf(network);
        Population exc = network.getPopulations().get(0);

        Command population = ModelCommands.createPopulation(domain, network);
        stack.execute(population);
        Population created = (Population) population.getResult().iterator().next();
        assertEquals("population_1", created.getName());
        assertEquals(network.getNeuronModels().get(0), created.getNeuronModel());
        assertTrue(created.getId().startsWith("population_1_"), created.getId());

        List<String> inputNames = new ArrayList<>();
        for (EClass type : List.of(P.getConstantInput(), P.getStepInput(), P.getSineInput(), P.getNoiseInput(),
                P.getExpressionInput(), P.getPoissonInput(), P.getSpikeSourceArray())) {
            Command input = ModelCommands.createInput(domain, exc, type);
            stack.execute(input);
            Input made = (Input) input.getResult().iterator().next();
            assertEquals(type, made.eClass());
            assertEquals(exc, made.getTarget());
            inputNames.add(made.getName());
        }
        assertEquals(List.of("exc_in", "exc_in_2", "exc_in_3", "exc_in_4", "exc_in_5", "exc_in_6", "exc_in_7"), inputNames);
        assertTrue(((NoiseInput) network.getInputs().get(5)).getDistribution() instanceof UniformDistribution);

        List<String> recorderNames = new ArrayList<>();
        for (EClass type : List.of(P.getSpikeRecorder(), P.getStateRecorder(), P.getRateRecorder())) {
            Command recorder = ModelCommands.createRecorder(domain, exc, type);
            stack.execute(recorder);
            recorderNames.add(((Recorder) recorder.getResult().iterator().next()).getName());
        }
        // exc_spikes, exc_v and exc_rate exist in the file already.
        assertEquals(List.of("exc_spikes_2", "exc_v_2", "exc_rate_2"), recorderNames);

        assertTrue(errors(network).isEmpty(), errors(network).toString());
        assertFalse(ModelCommands.createInput(domain, exc, P.getInput()).canExecute(), "abstract type");
        assertFalse(ModelCommands.createRecorder(domain, exc, P.getConstantInput()).canExecute(), "not a recorder");
    }

    @Test
    void aPopulationInANetworkWithoutNeuronModelsBringsOne() throws Exception {
        Network network = ModelFiles.load(Examples.path("seed/single-neuron.snn"));
        AdapterFactoryEditingDomain domain = domainOf(network);
        stack.execute(ModelCommands.delete(domain, List.of(network.getNeuronModels().get(0))));
        assertTrue(network.getNeuronModels().isEmpty() && network.getPopulations().isEmpty());
        byte[] before = saved(network);
        stack.execute(ModelCommands.createPopulation(domain, network));
        assertEquals(1, network.getNeuronModels().size());
        assertEquals(network.getNeuronModels().get(0), network.getPopulations().get(0).getNeuronModel());
        assertTrue(errors(network).isEmpty(), errors(network).toString());
        stack.undo();
        assertArrayEquals(before, saved(network), "one undo removes both");
    }

    @Test
    void connectMakesAValidProjectionAndRefusesWhatCannotBeConnected() throws Exception {
        Network network = ModelFiles.load(Examples.path("seed/population-100.snn"));
        AdapterFactoryEditingDomain domain = domainOf(network);
        Population exc = network.getPopulations().get(0);
        Population inh = network.getPopulations().get(1);
        Assembly all = network.getAssemblies().get(0);

        Command connect = ModelCommands.connect(domain, inh, exc);
        assertEquals("Connect Population 'inh' to Population 'exc'", connect.getLabel());
        stack.execute(connect);
        Projection projection = (Projection) connect.getResult().iterator().next();
        assertEquals("inh_to_exc", projection.getName());
        assertEquals(inh, projection.getSource());
        assertEquals(exc, projection.getTarget());
        assertNotNull(projection.getConnectivity());
        assertNotNull(projection.getSynapse());
        assertTrue(errors(network).isEmpty(), errors(network).toString());
        stack.execute(ModelCommands.connect(domain, exc, all));
        assertEquals("exc_to_all_2", network.getProjections().get(3).getName(), "exc_to_all exists");

        Network other = ModelFiles.load(Examples.path("seed/single-neuron.snn"));
        assertFalse(ModelCommands.connect(domain, exc, other.getPopulations().get(0)).canExecute(), "another model");
        assertFalse(ModelCommands.connect(domain, exc, network.getInputs().get(0)).canExecute(), "an input");
        assertFalse(ModelCommands.connect(domain, all, exc).canExecute(), "exc + inh: the sign would be undefined");
        Assembly empty = SpikestudioFactory.eINSTANCE.createAssembly();
        empty.setName("empty");
        network.getAssemblies().add(empty);
        assertFalse(ModelCommands.connect(domain, exc, empty).canExecute(), "an empty assembly");
        assertNoDanglingReference(network);
    }

    /** The editor path of sidecar ids: deleted by command, then recreated under the same name. */
    @Test
    void aPopulationDeletedAndRecreatedUnderItsNameIsNotTheOldOneForASidecar() throws Exception {
        Network network = ModelFiles.load(Examples.path("seed/population-100.snn"));
        Population exc = network.getPopulations().get(0);
        SidecarKeys.Key old = SidecarKeys.keyOf(exc);
        AdapterFactoryEditingDomain domain = domainOf(network);
        stack.execute(ModelCommands.delete(domain, List.of(exc)));
        // Recreated under the same name in one step, as a diagram tool that asks for the name would.
        Population recreated = SpikestudioFactory.eINSTANCE.createPopulation();
        recreated.setName("exc");
        recreated.setNeuronModel(network.getNeuronModels().get(0));
        stack.execute(AddCommand.create(domain, network, P.getNetwork_Populations(), recreated));
        assertEquals(SidecarKeys.fingerprint(exc), SidecarKeys.fingerprint(recreated), "same type and name");
        assertTrue(SidecarKeys.of(network.eResource()).resolve(old).isEmpty(), "new id: " + recreated.getId());
        // Undo twice brings the deleted exc back: the same element, so its entry is valid again.
        stack.undo();
        stack.undo();
        assertEquals(exc, SidecarKeys.of(network.eResource()).resolve(old).orElseThrow());
    }
}
