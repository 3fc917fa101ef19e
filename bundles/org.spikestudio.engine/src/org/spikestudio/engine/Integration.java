// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/** How the membrane equation {@code tau du/dt = -(u - u_rest) + R I} is advanced over one step. */
public enum Integration {
    /**
     * {@code u += dt * (-(u - u_rest) + R * I) / (R * C)}, computed literally as written: the scheme
     * of the course assignment, first-order accurate (the firing period is off by at most
     * dt + T dt / tau for a free rise time T). I = I_ext + synaptic currents + sum g (E - u).
     * Synaptic variables decay exactly (exp(-dt/tau_syn) per step).
     */
    FORWARD_EULER,
    /**
     * {@code u = u_inf + (u - u_inf) exp(-dt / tau)} with {@code u_inf = u_rest + R I_ext}, plus for
     * each exponential current synapse kind the exact contribution
     * {@code R tau_s/(tau_s - tau_m) (e^{-dt/tau_s} - e^{-dt/tau_m}) s} of its decaying current: the
     * exact propagator of the linear system (u, s), as Brian2's {@code method='exact'}; exact for an
     * input current that is constant over the step, whatever dt. With conductance synapses (or more
     * than two current kinds) the synaptic variables are held over the step and u relaxes exactly
     * to the resulting equilibrium with the effective time constant (exponential Euler).
     */
    EXACT
}
