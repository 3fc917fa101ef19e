// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.diagram;

/** How the diagram draws a semantic element (see {@link DiagramElements#kindOf}). */
public enum ElementKind {
    /** A population of more than one neuron: a box with its name and "size x neuron model". */
    NODE,
    /** A population of size 1: a single neuron, drawn as a circle. */
    NEURON,
    /** An assembly: a dashed outline around its member populations (a population may be in several). */
    GROUP,
    /** A projection: a solid edge from its source to its target group, a loop when they are the same. */
    EDGE,
    /** A spike-count coupling: a dashed edge between two populations. */
    DASHED_EDGE,
    /** An input: a small source node attached to its population. */
    ATTACHED_NODE,
    /** A recorder: a badge on its population. */
    BADGE
}
