// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.ConstantInput;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.SpikeRecorder;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.SpikestudioPackage.Literals;
import org.spikestudio.model.edit.command.CascadingDeleteCommand;
import org.spikestudio.model.edit.command.SpikestudioEditingDomain;
import org.spikestudio.model.edit.diagram.PaletteCommands;
import org.spikestudio.model.edit.diagram.PaletteTool;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.model.validation.NetworkValidation;
import org.spikestudio.testing.Examples;

/** The palette's commands one by one: names, defaults that validate, refusals, delete, rename. */
class PaletteCommandsTest {

    private final ComposedAdapterFactory factory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final BasicCommandStack stack = new BasicCommandStack();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    private SpikestudioEditingDomain domainOf(Network network) {
        return new SpikestudioEditingDomain(factory, stack, network.eResource().getResourceSet());
    }

    private static List<String> errors(Network network) {
        return NetworkValidation.problems(network, "model").stream().filter(ModelProblem::isError)
                .map(ModelProblem::toString).toList();
    }

    private EObject run(Command command) {
        assertTrue(command.canExecute(), command.getLabel());
        stack.execute(command);
        return (EObject) command.getResult().iterator().next();
    }

    @Test
    void populationToolsNumberTheirNamesAndSetSizeAndType() throws Exception {
        Network network = Examples.load("seed/two-excitatory.snn");
        var domain = domainOf(network);
        Population e1 = (Population) run(PaletteCommands.create(domain, network, PaletteTool.EXCITATORY_POPULATION));
        Population e2 = (Population) run(PaletteCommands.create(domain, network, PaletteTool.EXCITATORY_POPULATION));
        Population i1 = (Population) run(PaletteCommands.create(domain, network, PaletteTool.INHIBITORY_POPULATION));
        Population n1 = (Population) run(PaletteCommands.create(domain, network, PaletteTool.NEURON));
        assertEquals(List.of("E1", "E2", "I1", "N1"), List.of(e1.getName(), e2.getName(), i1.getName(), n1.getName()));
        assertEquals(List.of(10, 10, 10, 1), List.of(e1.getSize(), e2.getSize(), i1.getSize(), n1.getSize()));
        assertEquals(PopulationType.INHIBITORY, i1.getType());
        assertEquals(PopulationType.EXCITATORY, n1.getType());
        assertSame(network.getNeuronModels().get(0), e1.getNeuronModel(), "the network's model, no new one");
        assertEquals(1, network.getNeuronModels().size());
        assertEquals(List.of(), errors(network));

        stack.undo(); // N1
        stack.undo(); // I1
        // E1 renamed away frees its number: the next excitatory population takes it again.
        run(PaletteCommands.rename(domain, e1, "renamed"));
        Command next = PaletteCommands.create(domain, network, PaletteTool.EXCITATORY_POPULATION);
        assertEquals("Create Population 'E1'", next.getLabel());
        assertFalse(PaletteCommands.create(domain, network, PaletteTool.PROJECTION).canExecute(), "not a canvas tool");
        assertFalse(PaletteCommands.create(domain, null, PaletteTool.NEURON).canExecute(), "no network");
    }

    @Test
    void connectToolsRefuseWhatTheValidatorWouldReject() throws Exception {
        Network network = Examples.load("seed/population-100.snn");
        var domain = domainOf(network);
        Population exc = network.getPopulations().get(0);
        Population inh = network.getPopulations().get(1);
        Assembly all = network.getAssemblies().get(0);
        Assembly empty = SpikestudioFactory.eINSTANCE.createAssembly();
        empty.setName("empty");
        network.getAssemblies().add(empty);
        Network other = Examples.load("seed/single-neuron.snn");

        assertTrue(PaletteCommands.canConnect(PaletteTool.PROJECTION, exc, inh));
        assertTrue(PaletteCommands.canConnect(PaletteTool.PROJECTION, exc, exc), "a loop");
        assertTrue(PaletteCommands.canConnect(PaletteTool.PROJECTION, inh, all), "onto an assembly");
        assertFalse(PaletteCommands.canConnect(PaletteTool.PROJECTION, all, exc), "from exc + inh: sign undefined");
        assertFalse(PaletteCommands.canStartConnection(PaletteTool.PROJECTION, all));
        assertFalse(PaletteCommands.canConnect(PaletteTool.PROJECTION, exc, empty), "an empty assembly");
        assertFalse(PaletteCommands.canConnect(PaletteTool.PROJECTION, exc, network.getInputs().get(0)), "an input");
        assertFalse(PaletteCommands.canConnect(PaletteTool.PROJECTION, exc, other.getPopulations().get(0)), "another model");

        assertTrue(PaletteCommands.canConnect(PaletteTool.COUPLING, inh, exc));
        assertTrue(PaletteCommands.canStartConnection(PaletteTool.COUPLING, exc));
        assertFalse(PaletteCommands.canConnect(PaletteTool.COUPLING, exc, all), "a coupling joins populations only");
        assertFalse(PaletteCommands.canConnect(PaletteTool.COUPLING, exc, other.getPopulations().get(0)));
        assertFalse(PaletteCommands.canConnect(PaletteTool.INPUT, exc, inh), "not a connect tool");
        assertFalse(PaletteCommands.connect(domain, PaletteTool.COUPLING, exc, all).canExecute());

        Projection projection = (Projection) run(PaletteCommands.connect(domain, PaletteTool.PROJECTION, inh, exc));
        assertEquals("inh_to_exc", projection.getName());
        assertEquals("Create Projection 'inh_to_exc'", stack.getUndoCommand().getLabel());
        SpikeCountCoupling coupling = (SpikeCountCoupling) run(PaletteCommands.connect(domain, PaletteTool.COUPLING, inh, exc));
        assertEquals("inh_inhibits_exc", coupling.getName());
        assertEquals(20, coupling.getThreshold());
        assertEquals(2.0, coupling.getEffect(), 0.0, "the metamodel's default, exactly");
        network.getAssemblies().remove(empty); // an empty assembly is an error of its own
        assertEquals(List.of(), errors(network));
    }

    @Test
    void inputAndRecorderToolsAttachToAPopulation() throws Exception {
        Network network = Examples.load("seed/population-100.snn");
        var domain = domainOf(network);
        Population inh = network.getPopulations().get(1);
        assertFalse(PaletteCommands.canAttach(PaletteTool.INPUT, network.getAssemblies().get(0)), "not an assembly");
        assertFalse(PaletteCommands.canAttach(PaletteTool.PROJECTION, inh), "not an attach tool");
        assertFalse(PaletteCommands.attach(domain, PaletteTool.INPUT, Literals.SPIKE_RECORDER, inh).canExecute(),
                "a recorder is not an input variant");

        ConstantInput input = (ConstantInput) run(PaletteCommands.attach(domain, PaletteTool.INPUT, inh));
        assertEquals("Create ConstantInput 'inh_in'", stack.getUndoCommand().getLabel());
        assertSame(inh, input.getTarget());
        SpikeRecorder recorder = (SpikeRecorder) run(PaletteCommands.attach(domain, PaletteTool.RECORDER, inh));
        assertEquals("inh_spikes_2", recorder.getName(), "inh_spikes is taken");
        for (var variant : PaletteTool.INPUT.variants()) {
            run(PaletteCommands.attach(domain, PaletteTool.INPUT, variant, inh));
        }
        for (var variant : PaletteTool.RECORDER.variants()) {
            run(PaletteCommands.attach(domain, PaletteTool.RECORDER, variant, inh));
        }
        assertEquals(List.of(), errors(network), "every variant's defaults validate");
    }

    @Test
    void deleteCascadesLikeTheTreeAndUndoes() throws Exception {
        Network network = Examples.load("seed/three-populations.snn");
        var domain = domainOf(network);
        Population third = network.getPopulations().get(2);
        CascadingDeleteCommand delete = PaletteCommands.delete(domain, List.of(third));
        // Read off the file: what refers to third.
        assertEquals(List.of("second_drives_third", "third_inhibits_first", "third_current_in", "third_spikes",
                "third_v", "third_rate"),
                delete.getDependants().stream().map(e -> ((org.spikestudio.model.NamedElement) e).getName()).toList());
        stack.execute(delete);
        assertEquals(2, network.getPopulations().size());
        assertEquals(1, network.getCouplings().size());
        stack.undo();
        assertEquals(3, network.getCouplings().size());
        assertSame(third, network.getCouplings().get(1).getTarget());
        assertFalse(PaletteCommands.delete(domain, List.of(network)).canExecute(), "the network itself");
    }

    @Test
    void toolsHaveTheTreesIcons() {
        for (PaletteTool tool : PaletteTool.values()) {
            assertTrue(String.valueOf(tool.image()).endsWith(".gif"), tool + ": " + tool.image());
        }
        assertTrue(String.valueOf(PaletteTool.NEURON.image()).endsWith("/Population.gif"));
        assertTrue(String.valueOf(PaletteTool.image(Literals.NOISE_INPUT)).endsWith("/NoiseInput.gif"));
    }

    @Test
    void renameIsASetNamedAfterItsElement() throws Exception {
        Network network = Examples.load("seed/three-populations.snn");
        var domain = domainOf(network);
        Command rename = PaletteCommands.rename(domain, network.getPopulations().get(0), "one");
        assertEquals("Set name of Population 'first'", rename.getLabel());
        stack.execute(rename);
        assertEquals("one", network.getPopulations().get(0).getName());
        assertFalse(PaletteCommands.rename(domain, network.getSimulation(), "x").canExecute(), "no name");
        assertTrue(PaletteCommands.canRename(network.getCouplings().get(0)));
    }
}
