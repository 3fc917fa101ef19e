// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.Identified;
import org.spikestudio.model.Input;
import org.spikestudio.model.Network;
import org.spikestudio.model.NeuronGroup;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.Projection;
import org.spikestudio.model.Recorder;
import org.spikestudio.model.SpikeCountCoupling;
import org.spikestudio.model.groups.NeuronGroups;

/**
 * Which semantic elements a network diagram draws, and as what: the mappings of a Sirius
 * {@code .odesign}, in code. Nodes are populations (a population of size 1 is a neuron), groups
 * are assemblies, edges are projections (solid) and spike-count couplings (dashed), attached nodes
 * are inputs and badges are recorders. Everything else (neuron models, simulation settings, the
 * parts of a projection) shows only in the tree and the Properties view.
 * <p>
 * The sign of an edge is the type of its source, by Dale's principle as the metamodel states it
 * ({@code PopulationType}: "the sign of the synaptic effects of a population follows its type");
 * an assembly as source has the common type of its populations (the validator rejects a mixed one).
 * A conductance synapse gets its actual sign from its reversal potential; when that contradicts the
 * source's type the validator warns, and the warning decorates the edge.
 */
public final class DiagramElements {

    private DiagramElements() {
    }

    /**
     * The drawn elements of a network in a stable order, nodes before what attaches to them:
     * populations, assemblies, projections, couplings, inputs, recorders, each in model order.
     */
    public static List<EObject> of(Network network) {
        List<EObject> elements = new ArrayList<>();
        elements.addAll(network.getPopulations());
        elements.addAll(network.getAssemblies());
        elements.addAll(network.getProjections());
        elements.addAll(network.getCouplings());
        elements.addAll(network.getInputs());
        elements.addAll(network.getRecorders());
        return elements;
    }

    /** How {@code element} is drawn, or null when the diagram does not draw it. */
    public static ElementKind kindOf(EObject element) {
        return switch (element) {
            case Population p -> p.getSize() == 1 ? ElementKind.NEURON : ElementKind.NODE;
            case Assembly a -> ElementKind.GROUP;
            case Projection p -> ElementKind.EDGE;
            case SpikeCountCoupling c -> ElementKind.DASHED_EDGE;
            case Input i -> ElementKind.ATTACHED_NODE;
            case Recorder r -> ElementKind.BADGE;
            case null, default -> null;
        };
    }

    /** Whether the kind is an edge (has a {@link #source} and a {@link #target}). */
    public static boolean isEdge(ElementKind kind) {
        return kind == ElementKind.EDGE || kind == ElementKind.DASHED_EDGE;
    }

    /** The id the sidecar keys the element's figure by, or null for an element without one. */
    public static String id(EObject element) {
        return element instanceof Identified identified ? identified.getId() : null;
    }

    /** The source node of an edge (a population or an assembly), else null. */
    public static EObject source(EObject edge) {
        return switch (edge) {
            case Projection p -> p.getSource();
            case SpikeCountCoupling c -> c.getSource();
            case null, default -> null;
        };
    }

    /** The target node of an edge (a population or an assembly), else null. */
    public static EObject target(EObject edge) {
        return switch (edge) {
            case Projection p -> p.getTarget();
            case SpikeCountCoupling c -> c.getTarget();
            case null, default -> null;
        };
    }

    /** Whether an edge starts and ends at the same node, so is drawn as a loop. */
    public static boolean isLoop(EObject edge) {
        EObject source = source(edge);
        return source != null && source == target(edge);
    }

    /** The population an input or a recorder is attached to, else null. */
    public static Population host(EObject element) {
        return switch (element) {
            case Input i -> i.getTarget();
            case Recorder r -> r.getPopulation();
            case null, default -> null;
        };
    }

    /** The members a group outlines, in index order; empty for anything else. */
    public static List<Population> members(EObject group) {
        return group instanceof Assembly assembly ? List.copyOf(assembly.getPopulations()) : List.of();
    }

    /** The target end of an edge: a bar when its source is inhibitory, else an arrowhead. */
    public static EdgeEnd end(EObject edge) {
        return role(source(edge)) == ColorRole.INHIBITORY ? EdgeEnd.BAR : EdgeEnd.ARROW;
    }

    /**
     * The colour role: a population or an assembly by its (common) type, an edge by its source's
     * type; inputs, recorders and a mixed or empty assembly are neutral.
     */
    public static ColorRole role(EObject element) {
        PopulationType type = switch (element) {
            case NeuronGroup group -> NeuronGroups.type(group);
            case Projection p -> NeuronGroups.type(p.getSource());
            case SpikeCountCoupling c -> c.getSource() == null ? null : c.getSource().getType();
            case null, default -> null;
        };
        return type == null ? ColorRole.NEUTRAL
                : type == PopulationType.INHIBITORY ? ColorRole.INHIBITORY : ColorRole.EXCITATORY;
    }
}
