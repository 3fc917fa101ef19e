// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/** A projection in a {@link NetworkBuilder}: synapses from one population onto another (or itself). */
public final class Projection {
    final NetworkBuilder owner;
    final int index;
    final String name;
    final Population source;
    final Population target;
    final Connectivity connectivity;
    final Synapse synapse;
    final Distribution weight;
    final Distribution delay;
    boolean allowAutapses = true;
    boolean allowMultapses;

    Projection(NetworkBuilder owner, int index, String name, Population source, Population target,
            Connectivity connectivity, Synapse synapse, Distribution weight, Distribution delay) {
        this.owner = owner;
        this.index = index;
        this.name = name;
        this.source = source;
        this.target = target;
        this.connectivity = connectivity;
        this.synapse = synapse;
        this.weight = weight;
        this.delay = delay;
    }

    public String name() {
        return name;
    }

    public Population source() {
        return source;
    }

    public Population target() {
        return target;
    }

    /**
     * Whether a neuron may connect to itself (default true, as Brian2's and PyNN's connect).
     * Only meaningful when source and target are the same population.
     */
    public Projection allowAutapses(boolean allow) {
        owner.checkOpen();
        allowAutapses = allow;
        owner.validateProjection(this);
        return this;
    }

    /** Whether degree rules may draw the same pair twice (default false). */
    public Projection allowMultapses(boolean allow) {
        owner.checkOpen();
        allowMultapses = allow;
        owner.validateProjection(this);
        return this;
    }

    boolean excludesSelf() {
        return source == target && !allowAutapses;
    }

    @Override
    public String toString() {
        return "projection '" + name + "'";
    }
}
