// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import java.util.Arrays;

/** An input added to a {@link NetworkBuilder}; by default it targets the whole population. */
public final class InputHandle {
    final NetworkBuilder owner;
    final int index;
    final String name;
    final Population population;
    final Input input;
    int[] neurons;

    InputHandle(NetworkBuilder owner, int index, String name, Population population, Input input) {
        this.owner = owner;
        this.index = index;
        this.name = name;
        this.population = population;
        this.input = input;
    }

    public String name() {
        return name;
    }

    /** Restricts the input to these neuron indices of the population (duplicates are ignored). */
    public InputHandle onNeurons(int... indices) {
        owner.checkOpen();
        int[] sorted = Arrays.stream(indices).sorted().distinct().toArray();
        for (int i : sorted) {
            if (i < 0 || i >= population.size) {
                throw Check.fail("input '" + name + "'", "neuron index", i,
                        "must be in [0, " + population.size + ") of " + population);
            }
        }
        neurons = sorted;
        return this;
    }
}
