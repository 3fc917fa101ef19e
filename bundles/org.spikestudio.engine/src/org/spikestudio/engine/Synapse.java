// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * The kind of a projection's synapses. Projections onto one population that have equal
 * {@code Synapse} values share one synaptic variable per target neuron (as Brian2's {@code ge}).
 * Synaptic variables decay exactly: s is multiplied by exp(-dt/tau) every step, for every neuron
 * model and integration scheme.
 *
 * @param kind     delta, exponential current or exponential conductance
 * @param tau      decay time constant in ms (0 for delta)
 * @param reversal reversal potential in mV (conductance synapses only, else 0)
 */
public record Synapse(SynapseKind kind, double tau, double reversal) {

    public static Synapse delta() {
        return new Synapse(SynapseKind.DELTA, 0, 0);
    }

    public static Synapse expCurrent(double tauMs) {
        return new Synapse(SynapseKind.EXP_CURRENT, tauMs, 0);
    }

    public static Synapse expConductance(double tauMs, double reversalMv) {
        return new Synapse(SynapseKind.EXP_CONDUCTANCE, tauMs, reversalMv);
    }

    void validate(String where) {
        if (kind == null) {
            throw new IllegalArgumentException(where + ": synapse kind must not be null");
        }
        if (kind != SynapseKind.DELTA) {
            Check.positive(where, "tau_syn", tau);
        }
        Check.finite(where, "reversal", reversal);
    }
}
