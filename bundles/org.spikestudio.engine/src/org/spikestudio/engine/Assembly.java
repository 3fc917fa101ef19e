// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import java.util.List;

/**
 * Several populations seen as one index space (PyNN's Assembly, NEST's composite node collection):
 * the members' neurons one after another, in the listed order. Connection rules applied to an
 * assembly ({@link NetworkBuilder#connect(String, Assembly, Assembly, Connectivity, Synapse,
 * Distribution, Distribution, boolean, boolean)}) work on this joint index space.
 */
public final class Assembly {
    final NetworkBuilder owner;
    private final List<Population> members;
    private final int[] offsets;
    private final int size;

    Assembly(NetworkBuilder owner, List<Population> members) {
        this.owner = owner;
        this.members = List.copyOf(members);
        offsets = new int[members.size()];
        int total = 0;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = total;
            try {
                total = Math.addExact(total, members.get(i).size);
            } catch (ArithmeticException e) {
                throw new ModelRefusedException(this + ": more than " + Integer.MAX_VALUE + " neurons");
            }
        }
        size = total;
    }

    public List<Population> members() {
        return members;
    }

    /** The number of neurons of all members together. */
    public int size() {
        return size;
    }

    /** The member that holds joint index {@code index}. */
    int memberOf(int index) {
        int m = offsets.length - 1;
        while (offsets[m] > index) {
            m--;
        }
        return m;
    }

    /** Joint index {@code index} within its member. */
    int localIndex(int member, int index) {
        return index - offsets[member];
    }

    /** The joint index of neuron {@code local} of the population, or -1 when the population is not a member. */
    int indexOf(Population population, int local) {
        int m = members.indexOf(population);
        return m < 0 ? -1 : offsets[m] + local;
    }

    @Override
    public String toString() {
        return "assembly of " + members.stream().map(p -> "'" + p.name + "'").toList();
    }
}
