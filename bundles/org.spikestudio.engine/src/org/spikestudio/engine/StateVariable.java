// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/** Variables that can be sampled. */
public enum StateVariable {
    /** Membrane potential (mV), after threshold and reset of the step, before its deliveries. */
    V,
    /** Izhikevich u or AdEx w (0 for LIF). */
    RECOVERY,
    /** Sum of the current inputs of the step (nA). */
    I_EXT
}
