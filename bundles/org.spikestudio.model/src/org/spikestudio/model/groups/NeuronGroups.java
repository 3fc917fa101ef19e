// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.groups;

import java.util.List;

import org.spikestudio.model.Assembly;
import org.spikestudio.model.NeuronGroup;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;

/** Sizes, members and types of projection endpoints, whether a population or an assembly. */
public final class NeuronGroups {

    private NeuronGroups() {
    }

    /** The populations of a group in index order (a population alone, or an assembly's members). */
    public static List<Population> populations(NeuronGroup group) {
        return switch (group) {
            case Population population -> List.of(population);
            case Assembly assembly -> List.copyOf(assembly.getPopulations());
            case null, default -> List.of();
        };
    }

    /** The number of neurons; negative population sizes count as 0. */
    public static long size(NeuronGroup group) {
        long size = 0;
        for (Population population : populations(group)) {
            size += Math.max(0, population.getSize());
        }
        return size;
    }

    /** The common type of the group's populations, or null when they differ or the group is empty. */
    public static PopulationType type(NeuronGroup group) {
        PopulationType type = null;
        for (Population population : populations(group)) {
            if (type != null && population.getType() != type) {
                return null;
            }
            type = population.getType();
        }
        return type;
    }

    /** Whether some neuron belongs to both groups (then a projection between them may form autapses). */
    public static boolean overlap(NeuronGroup a, NeuronGroup b) {
        List<Population> inB = populations(b);
        return populations(a).stream().anyMatch(inB::contains);
    }

    /** The neuron at {@code index} of the group as (population, index within it), or null when out of range. */
    public static Member member(NeuronGroup group, long index) {
        if (index < 0) {
            return null;
        }
        long offset = 0;
        for (Population population : populations(group)) {
            int size = Math.max(0, population.getSize());
            if (index < offset + size) {
                return new Member(population, (int) (index - offset));
            }
            offset += size;
        }
        return null;
    }

    /** One neuron, named by its population and its index there. */
    public record Member(Population population, int index) {
    }
}
