// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.diagram;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.spikestudio.model.NamedElement;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.SpikestudioPackage.Literals;
import org.spikestudio.model.edit.command.CascadingDeleteCommand;
import org.spikestudio.model.edit.command.ModelCommands;
import org.spikestudio.model.validation.ElementNames;

/**
 * The palette's tools, direct edit and delete as EMF commands for the editing domain's stack, the
 * one the tree editor and the Properties view use. The element-making rules are
 * {@link ModelCommands}' (fresh unique names, the metamodel's defaults, whatever a new element
 * needs to validate, such as a LIF neuron model in an empty network); here they get the diagram's
 * defaults and a label naming what is created, e.g. {@code Create Population 'E1'}. The result and
 * the affected object of every create command is the new element, so the diagram can select it.
 * <p>
 * A command that cannot apply is not executable; the {@code can...} methods say so without making
 * one, for the feedback while dragging.
 */
public final class PaletteCommands {

    /** A new excitatory or inhibitory population: as in the seed assignment's three populations. */
    public static final int POPULATION_SIZE = 10;

    private PaletteCommands() {
    }

    /**
     * A new element of a {@link PaletteTool.Use#CANVAS} tool: an excitatory population {@code E1},
     * an inhibitory one {@code I1} (each of {@value #POPULATION_SIZE} neurons), or a neuron
     * {@code N1} (an excitatory population of size 1); the next free number each time.
     */
    public static Command create(EditingDomain domain, Network network, PaletteTool tool) {
        if (network == null) {
            return UnexecutableCommand.INSTANCE;
        }
        Command command = switch (tool) {
            case EXCITATORY_POPULATION -> ModelCommands.createPopulation(domain, network, "E", POPULATION_SIZE,
                    PopulationType.EXCITATORY);
            case INHIBITORY_POPULATION -> ModelCommands.createPopulation(domain, network, "I", POPULATION_SIZE,
                    PopulationType.INHIBITORY);
            case NEURON -> ModelCommands.createPopulation(domain, network, "N", 1, PopulationType.EXCITATORY);
            default -> UnexecutableCommand.INSTANCE;
        };
        return labelled(command);
    }

    /** Whether a connect tool's drag may start at {@code source}. */
    public static boolean canStartConnection(PaletteTool tool, EObject source) {
        return canConnect(tool, source, source);
    }

    /**
     * Whether a connect tool may connect {@code source} to {@code target}, as the validator would
     * allow it: a projection joins populations or non-empty assemblies of one network, a source
     * assembly of populations of one type (the sign of the effect must be defined); a coupling joins
     * two populations of one network. Either may be a loop.
     */
    public static boolean canConnect(PaletteTool tool, EObject source, EObject target) {
        return switch (tool) {
            case PROJECTION -> ModelCommands.canConnect(source, target);
            case COUPLING -> ModelCommands.canCouple(source, target);
            default -> false;
        };
    }

    /**
     * The new projection (all-to-all, delta synapses, weight 1 mV, delay one time step) or coupling
     * (20 spikes, 2 mV) from {@code source} to {@code target}.
     */
    public static Command connect(EditingDomain domain, PaletteTool tool, EObject source, EObject target) {
        return labelled(switch (tool) {
            case PROJECTION -> ModelCommands.connect(domain, source, target);
            case COUPLING -> ModelCommands.couple(domain, source, target);
            default -> UnexecutableCommand.INSTANCE;
        });
    }

    /** Whether an {@link PaletteTool.Use#ON_POPULATION} tool applies to {@code host}: a population of a network. */
    public static boolean canAttach(PaletteTool tool, EObject host) {
        return tool.use() == PaletteTool.Use.ON_POPULATION && host instanceof Population population
                && population.eContainer() instanceof Network;
    }

    /** {@link #attach(EditingDomain, PaletteTool, EClass, EObject)} of the tool's default variant. */
    public static Command attach(EditingDomain domain, PaletteTool tool, EObject host) {
        return tool.variants().isEmpty() ? UnexecutableCommand.INSTANCE
                : attach(domain, tool, tool.variants().get(0), host);
    }

    /**
     * A new input or recorder of the given variant on all neurons of {@code host}, with the
     * metamodel's defaults (a constant input of 0 nA, an expression input "0", a spike recorder, a
     * state recorder of V, ...), named after the population ({@code E1_in}, {@code E1_spikes}).
     */
    public static Command attach(EditingDomain domain, PaletteTool tool, EClass variant, EObject host) {
        if (!canAttach(tool, host) || !tool.variants().contains(variant)) {
            return UnexecutableCommand.INSTANCE;
        }
        Population population = (Population) host;
        return labelled(tool == PaletteTool.INPUT ? ModelCommands.createInput(domain, population, variant)
                : ModelCommands.createRecorder(domain, population, variant));
    }

    /**
     * Deletes the elements and, by the tree editor's rule, what would otherwise point to nothing (a
     * population's projections, couplings, inputs and recorders); see {@link CascadingDeleteCommand}
     * for what else changes ({@code getDependants()}, {@code getShrunk()}).
     */
    public static CascadingDeleteCommand delete(EditingDomain domain, Collection<? extends EObject> elements) {
        return ModelCommands.delete(domain, elements);
    }

    /** Whether direct edit applies: the element has a name. */
    public static boolean canRename(EObject element) {
        return element instanceof NamedElement;
    }

    /**
     * Direct edit's command, labelled "Set name of Population 'E1'" by a Spikestudio editing domain.
     * A name the validator rejects (not an identifier, or taken) is set all the same and marked, as
     * in the Properties view, so the user sees why and can undo.
     */
    public static Command rename(EditingDomain domain, EObject element, String name) {
        return canRename(element) ? SetCommand.create(domain, element, Literals.NAMED_ELEMENT__NAME, name)
                : UnexecutableCommand.INSTANCE;
    }

    /** The command labelled {@code Create Population 'E1'} after the element it creates. */
    private static Command labelled(Command command) {
        if (!command.canExecute() || command.getResult().size() != 1
                || !(command.getResult().iterator().next() instanceof EObject created)) {
            return command;
        }
        String label = "Create " + ElementNames.of(created);
        return new CommandWrapper(label, label, command);
    }
}
