// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.validation;

import org.spikestudio.model.Network;

/**
 * The bytes a run of a valid network needs, as the engine will allocate them. The model bundle
 * cannot compile a network into the engine; whoever can (the simulation bundle) provides this, so
 * that the validator's size warning, {@code info} and the run's memory pre-flight give one figure.
 */
@FunctionalInterface
public interface MemoryEstimator {

    /** @return the estimate in bytes, or a negative number when there is none */
    long bytes(Network network);
}
