// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * An input current f(t, i) in nA, t in ms, i the neuron's index in its population. Must be pure
 * and thread-safe (threads evaluate it for their own neurons). When {@link #dependsOnIndex()} is
 * false it is evaluated once per step (per thread) instead of once per neuron.
 */
public interface TimeIndexFunction {
    double evaluate(double t, int i);

    default boolean dependsOnIndex() {
        return true;
    }
}
