// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/** How the membrane equation {@code tau du/dt = -(u - u_rest) + R I} is advanced over one step. */
public enum Integration {
    /**
     * {@code u += dt * (-(u - u_rest) + R I) / (R C)}: the scheme of the course assignment,
     * first-order accurate (the firing period is off by O(dt)).
     */
    FORWARD_EULER,
    /**
     * {@code u = u_inf + (u - u_inf) exp(-dt / tau)} with {@code u_inf = u_rest + R I}: exact for
     * an input current that is constant over the step, whatever dt.
     */
    EXACT
}
