// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

/**
 * What was run, and how long it took.
 *
 * @param modelName            the network's name
 * @param seed                 the seed used (the model's, or the override)
 * @param timeStepMs           dt
 * @param requestedDurationMs  the duration asked for
 * @param simulatedMs          the time actually simulated (less when cancelled)
 * @param steps                the time steps simulated
 * @param partial              whether the run was cancelled before the requested duration
 * @param threads              the engine threads used
 * @param buildNanos           wall time to build the network (connectivity drawn)
 * @param runNanos             wall time of the simulation loop
 * @param engineVersion        the engine bundle's version, or "unknown" outside OSGi
 */
public record RunInfo(String modelName, long seed, double timeStepMs, double requestedDurationMs, double simulatedMs,
        long steps, boolean partial, int threads, long buildNanos, long runNanos, String engineVersion) {
}
