// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.model.Input;
import org.spikestudio.model.Network;
import org.spikestudio.model.NoiseInput;
import org.spikestudio.model.Population;
import org.spikestudio.model.Recorder;
import org.spikestudio.model.SimulationSettings;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.SpikestudioPackage.Literals;
import org.spikestudio.model.edit.command.SpikestudioEditingDomain;
import org.spikestudio.model.edit.diagram.PaletteCommands;
import org.spikestudio.model.edit.diagram.PaletteTool;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.model.validation.NetworkValidation;
import org.spikestudio.testing.Examples;

/**
 * The acceptance path of issue 13 without a display: the assignment's three-population network
 * built from an empty model with the palette's commands alone, plus the Sets a user makes by
 * direct edit and in the Properties view, all on one editing domain's command stack; saved, it is
 * the example file with the ids aside; undone step by step, it is the empty model again, byte for byte.
 */
class BuildThreePopulationsTest {

    private final ComposedAdapterFactory factory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final BasicCommandStack stack = new BasicCommandStack();
    private SpikestudioEditingDomain domain;
    private Network network;
    private final List<String> labels = new ArrayList<>();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    @Test
    void thePaletteBuildsTheExampleAndUndoEmptiesItAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("three-populations.snn");
        ResourceSet resources = ModelFiles.newResourceSet();
        Resource resource = resources.createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(emptyNetwork("three_populations"));
        network = (Network) resource.getContents().get(0);
        domain = new SpikestudioEditingDomain(factory, stack, resources);
        byte[] empty = saved(resource);
        Network example = Examples.load("seed/three-populations.snn");

        Population first = create(PaletteTool.EXCITATORY_POPULATION, "Create Population 'E1'");
        Population second = create(PaletteTool.EXCITATORY_POPULATION, "Create Population 'E2'");
        Population third = create(PaletteTool.INHIBITORY_POPULATION, "Create Population 'I1'");
        rename(first, "first");
        rename(second, "second");
        rename(third, "third");
        // The LIF model the first population brought: the assignment clamps u at u_rest.
        set(network.getNeuronModels().get(0), Literals.LIF_MODEL__LOWER_BOUND, 0.0);
        set(network.getNeuronModels().get(0), Literals.NAMED_ELEMENT__DESCRIPTION,
                example.getNeuronModels().get(0).getDescription());

        connect(PaletteTool.COUPLING, first, second, "Create SpikeCountCoupling 'first_drives_second'");
        connect(PaletteTool.COUPLING, second, third, "Create SpikeCountCoupling 'second_drives_third'");
        connect(PaletteTool.COUPLING, third, first, "Create SpikeCountCoupling 'third_inhibits_first'");

        Input current = attach(PaletteTool.INPUT, Literals.EXPRESSION_INPUT, first, "Create ExpressionInput 'first_in'");
        set(current, Literals.EXPRESSION_INPUT__EXPRESSION, "3*i");
        rename(current, "first_current_in");
        NoiseInput noise = (NoiseInput) attach(PaletteTool.INPUT, Literals.NOISE_INPUT, second,
                "Create NoiseInput 'second_in'");
        set(noise.getDistribution(), Literals.UNIFORM_DISTRIBUTION__HIGH, 5.5);
        rename(noise, "second_current_in");
        Input constant = attach(PaletteTool.INPUT, Literals.CONSTANT_INPUT, third, "Create ConstantInput 'third_in'");
        set(constant, Literals.CONSTANT_INPUT__AMPLITUDE, 3.0);
        rename(constant, "third_current_in");

        for (Population population : List.of(first, second, third)) {
            attach(PaletteTool.RECORDER, Literals.SPIKE_RECORDER, population,
                    "Create SpikeRecorder '" + population.getName() + "_spikes'");
        }
        List<List<Integer>> recorded = List.of(List.of(1, 5), List.of(0, 5), List.of(0));
        for (int p = 0; p < 3; p++) {
            Population population = List.of(first, second, third).get(p);
            Recorder v = attach(PaletteTool.RECORDER, Literals.STATE_RECORDER, population,
                    "Create StateRecorder '" + population.getName() + "_v'");
            set(v, Literals.STATE_RECORDER__NEURONS, recorded.get(p));
        }
        for (Population population : List.of(first, second, third)) {
            Recorder rate = attach(PaletteTool.RECORDER, Literals.RATE_RECORDER, population,
                    "Create RateRecorder '" + population.getName() + "_rate'");
            set(rate, Literals.RATE_RECORDER__BIN_WIDTH, 1.0);
        }
        set(network.getSimulation(), Literals.SIMULATION_SETTINGS__DURATION, 80.0);
        set(network, Literals.NAMED_ELEMENT__DESCRIPTION, example.getDescription());

        assertEquals(List.of(), errors(network));
        ModelFiles.save(network, file);
        Network built = ModelFiles.load(file);
        assertNotEquals(example.getPopulations().get(0).getId(), built.getPopulations().get(0).getId(),
                "new elements get fresh ids, so only a comparison without ids can match");
        assertTrue(new EqualIgnoringIds().equals(example, built),
                () -> "the built model differs from examples/seed/three-populations.snn:\n" + read(file));

        int steps = labels.size();
        for (int undone = 0; undone < steps; undone++) {
            assertTrue(stack.canUndo(), "undo step " + (undone + 1) + " of " + steps);
            assertEquals(labels.get(steps - 1 - undone), stack.getUndoCommand().getLabel());
            stack.undo();
            assertEquals(List.of(), errors(network), "after undoing " + labels.get(steps - 1 - undone));
        }
        assertFalse(stack.canUndo());
        assertTrue(network.getPopulations().isEmpty() && network.getNeuronModels().isEmpty()
                && network.getCouplings().isEmpty() && network.getInputs().isEmpty() && network.getRecorders().isEmpty());
        assertArrayEquals(empty, saved(resource), "undo gives back the empty model exactly");
    }

    @Test
    void theComparisonSeesADifferenceOtherThanIds() throws Exception {
        Network example = Examples.load("seed/three-populations.snn");
        Network copy = Examples.load("seed/three-populations.snn");
        copy.getPopulations().get(0).setId("another");
        assertTrue(new EqualIgnoringIds().equals(example, copy), "ids aside");
        copy.getCouplings().get(0).setEffect(2.5);
        assertFalse(new EqualIgnoringIds().equals(example, copy), "a value");
        Network reordered = Examples.load("seed/three-populations.snn");
        reordered.getRecorders().move(0, 1);
        assertFalse(new EqualIgnoringIds().equals(example, reordered), "the order, which has a meaning");
        Network unset = Examples.load("seed/three-populations.snn");
        ((org.spikestudio.model.LifModel) unset.getNeuronModels().get(0)).unsetLowerBound();
        assertFalse(new EqualIgnoringIds().equals(example, unset), "a set value and an unset one");
    }

    /**
     * EMF's structural equality with the ids set aside: references are compared by the elements
     * they point to, not by id. It compares lists in order, and that is right for this format: the
     * order is part of the model (assemblies number their members' neurons in list order, connect
     * calls draw their random streams by position, recorders and inputs are listed in the results
     * in model order), so a reordered file is a different model. An unset optional value differs
     * from a set one, as the file writes only what is set.
     */
    static final class EqualIgnoringIds extends EcoreUtil.EqualityHelper {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean haveEqualFeature(EObject a, EObject b, EStructuralFeature feature) {
            return feature == Literals.IDENTIFIED__ID || super.haveEqualFeature(a, b, feature);
        }
    }

    /** The empty network the New Spiking Network wizard writes: a name, the format version, default settings. */
    private static Network emptyNetwork(String name) {
        Network network = SpikestudioFactory.eINSTANCE.createNetwork();
        network.setName(name);
        network.setFormatVersion(ModelFiles.FORMAT_VERSION);
        SimulationSettings simulation = SpikestudioFactory.eINSTANCE.createSimulationSettings();
        network.setSimulation(simulation);
        return network;
    }

    private Population create(PaletteTool tool, String label) {
        return (Population) execute(PaletteCommands.create(domain, network, tool), label);
    }

    private void connect(PaletteTool tool, Population source, Population target, String label) {
        assertTrue(PaletteCommands.canConnect(tool, source, target));
        execute(PaletteCommands.connect(domain, tool, source, target), label);
    }

    @SuppressWarnings("unchecked")
    private <T extends EObject> T attach(PaletteTool tool, org.eclipse.emf.ecore.EClass variant, Population host,
            String label) {
        assertTrue(PaletteCommands.canAttach(tool, host));
        return (T) execute(PaletteCommands.attach(domain, tool, variant, host), label);
    }

    private void rename(EObject element, String name) {
        execute(PaletteCommands.rename(domain, element, name), null);
    }

    private void set(EObject owner, EStructuralFeature feature, Object value) {
        execute(SetCommand.create(domain, owner, feature, value), null);
    }

    /** Executes on the stack, checks the label when given, and that the model still has no error. */
    private EObject execute(Command command, String label) {
        assertTrue(command.canExecute(), () -> "executable: " + command.getLabel());
        if (label != null) {
            assertEquals(label, command.getLabel());
        }
        stack.execute(command);
        labels.add(command.getLabel());
        assertEquals(List.of(), errors(network), "after " + command.getLabel());
        return command.getResult().isEmpty() || !(command.getResult().iterator().next() instanceof EObject created)
                ? null : created;
    }

    private static List<String> errors(Network network) {
        return NetworkValidation.problems(network, "model").stream().filter(ModelProblem::isError)
                .map(ModelProblem::toString).toList();
    }

    private static byte[] saved(Resource resource) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, null);
        return bytes.toByteArray();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
