// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spikestudio.model.ConstantValue;
import org.spikestudio.model.FixedOutDegree;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SpikestudioFactory;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.testing.Examples;

/**
 * The item providers as the workbench obtains them, through EMF's registry (plugin.xml): labels
 * with units, icons, and property descriptors with categories and units.
 */
class ItemProvidersTest {

    private final ComposedAdapterFactory factory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    private static Network example(String name) throws Exception {
        return Examples.load(name);
    }

    private String label(EObject element) {
        IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
        assertNotNull(provider, "a label provider is registered for " + element.eClass().getName());
        return provider.getText(element);
    }

    @Test
    void labelsCarryTheParametersWithUnits() throws Exception {
        Network population = example("seed/population-100.snn");
        // Expected strings written from the file's content by hand.
        assertEquals("exc: 80 x lif, excitatory", label(population.getPopulations().get(0)));
        assertEquals("inh_to_all: inh -> all, fixed out-degree 2, delta 2 mV, delay 0.1 ms",
                label(population.getProjections().get(1)));
        assertEquals("all: exc + inh (100 neurons)", label(population.getAssemblies().get(0)));
        assertEquals("lif: LIF, R 1 MOhm, C 10 nF, threshold 1 mV, reset 0 mV", label(population.getNeuronModels().get(0)));
        assertEquals("dt 0.1 ms, duration 100 ms, forward Euler", label(population.getSimulation()));
        assertEquals("exc_current_in: I(t, i) = sin(t/8)+0.3 nA -> exc", label(population.getInputs().get(0)));

        Network cuba = example("benchmarks/cuba.snn");
        assertEquals("exc_to_exc: exc -> exc, p = 0.02, exp. current (tau 5 ms) 1.62 nA, delay 0 ms",
                label(cuba.getProjections().get(0)));
        assertEquals("uniform [-60, -50) mV", label(cuba.getPopulations().get(0).getInitialPotential()));

        Network three = example("seed/three-populations.snn");
        assertEquals("first_drives_second: first -> second, every 20 spikes a jump of 2 mV", label(three.getCouplings().get(0)));
        assertEquals("second_current_in: noise uniform [0, 5.5) nA per neuron per step -> second", label(three.getInputs().get(1)));
    }

    /** The elements whose labels a viewer is told to update, from now on. */
    private List<Object> labelUpdates() {
        List<Object> updated = new ArrayList<>();
        factory.addListener(notification -> {
            if (notification instanceof IViewerNotification viewer && viewer.isLabelUpdate()) {
                updated.add(viewer.getElement());
            }
        });
        return updated;
    }

    /** Adapts every element, as a tree viewer showing the model does. */
    private void show(Network network) {
        label(network);
        network.eAllContents().forEachRemaining(this::label);
    }

    @Test
    void renamingAPopulationRefreshesTheLabelsThatShowItsName() throws Exception {
        Network network = example("seed/population-100.snn");
        show(network);
        Population exc = network.getPopulations().get(0);
        List<Object> updated = labelUpdates();
        exc.setName("pyramidal");
        // Everything that refers to exc in the file, listed by hand: its projection, assembly, input and 4 recorders.
        List<Object> expected = List.of(exc, network.getProjections().get(0), network.getAssemblies().get(0),
                network.getInputs().get(0), network.getRecorders().get(0), network.getRecorders().get(2),
                network.getRecorders().get(4), network.getRecorders().get(5));
        assertTrue(updated.containsAll(expected), "updated: " + updated);
        assertTrue(!updated.contains(network.getProjections().get(1)), "inh_to_all does not show exc");
        assertEquals("exc_to_all: pyramidal -> all, fixed out-degree 1, delta 2 mV, delay 0.1 ms",
                label(network.getProjections().get(0)));
    }

    @Test
    void changingAWeightRefreshesTheProjectionsLabel() throws Exception {
        Network network = example("seed/population-100.snn");
        show(network);
        Projection projection = network.getProjections().get(0);
        List<Object> updated = labelUpdates();
        ((ConstantValue) projection.getWeight()).setValue(3);
        assertTrue(updated.contains(projection), "updated: " + updated);
        assertEquals("exc_to_all: exc -> all, fixed out-degree 1, delta 3 mV, delay 0.1 ms", label(projection));
    }

    @Test
    void changingTheSynapseOrTheConnectivityRefreshesTheProjectionAndTheWeightsUnit() throws Exception {
        Network network = example("seed/population-100.snn");
        show(network);
        Projection projection = network.getProjections().get(0);
        List<Object> updated = labelUpdates();
        ((FixedOutDegree) projection.getConnectivity()).setDegree(2);
        assertTrue(updated.containsAll(List.of(projection.getConnectivity(), projection)), "updated: " + updated);
        updated.clear();
        projection.setSynapse(SpikestudioFactory.eINSTANCE.createExponentialCurrentSynapse());
        assertTrue(updated.containsAll(List.of(projection, projection.getWeight())), "updated: " + updated);
        assertEquals("2 nA", label(projection.getWeight()), "a current synapse's weight is a current");
    }

    @Test
    void resizingAPopulationRefreshesTheAssemblyThatCountsItsNeurons() throws Exception {
        Network network = example("seed/population-100.snn");
        show(network);
        List<Object> updated = labelUpdates();
        network.getPopulations().get(1).setSize(30);
        assertTrue(updated.contains(network.getAssemblies().get(0)), "updated: " + updated);
        assertEquals("all: exc + inh (110 neurons)", label(network.getAssemblies().get(0)));
    }

    @Test
    void everyConcreteClassHasAnIcon() {
        for (var classifier : SpikestudioPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type && !type.isAbstract()) {
                EObject instance = SpikestudioPackage.eINSTANCE.getEFactoryInstance().create(type);
                IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(instance, IItemLabelProvider.class);
                assertNotNull(provider.getImage(instance), type.getName());
            }
        }
    }

    /** Every floating-point property states its unit in its description, so the Properties view shows it. */
    @Test
    void everyNumericPropertyHasACategoryAndAUnit() {
        Pattern unit = Pattern.compile("\\((ms|mV|nA|MOhm|nF|uS|Hz|1/ms|mV/ms|rad|dimensionless)\\)|unit of the owning property");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (var classifier : SpikestudioPackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EClass type) || type.isAbstract()) {
                continue;
            }
            EObject instance = SpikestudioPackage.eINSTANCE.getEFactoryInstance().create(type);
            IItemPropertySource source = (IItemPropertySource) factory.adapt(instance, IItemPropertySource.class);
            for (EAttribute attribute : type.getEAllAttributes()) {
                if (attribute.getEAttributeType() != EcorePackage.Literals.EDOUBLE) {
                    continue;
                }
                IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(instance, attribute);
                assertNotNull(descriptor, type.getName() + "." + attribute.getName());
                checked++;
                String description = descriptor.getDescription(instance);
                if (!unit.matcher(description).find() || descriptor.getCategory(instance) == null) {
                    missing.add(type.getName() + "." + attribute.getName() + ": " + description);
                }
            }
        }
        // 54 floating-point attributes counted by hand in spikestudio.ecore: guards against a vacuous pass.
        assertTrue(checked >= 54, "all numeric properties were visited: " + checked);
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void lifResistanceIsInTheMembraneCategory() throws Exception {
        EObject lif = example("seed/single-neuron.snn").getNeuronModels().get(0);
        IItemPropertySource source = (IItemPropertySource) factory.adapt(lif, IItemPropertySource.class);
        IItemPropertyDescriptor resistance = source.getPropertyDescriptor(lif, SpikestudioPackage.Literals.LIF_MODEL__RESISTANCE);
        assertEquals("Membrane", resistance.getCategory(lif));
        assertEquals("Membrane resistance R (MOhm), > 0.", resistance.getDescription(lif));
    }
}
