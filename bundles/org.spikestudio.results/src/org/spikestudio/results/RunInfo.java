// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

/**
 * What was run, and how long it took.
 *
 * @param modelId              the network's stable id, or null when not known (a folder written before ids)
 * @param modelName            the network's name
 * @param seed                 the seed used (the model's, or the override)
 * @param timeStepMs           dt; every time of the result is a whole number of these steps
 * @param requestedDurationMs  the duration asked for
 * @param simulatedMs          the time actually simulated (less when cancelled): steps * dt in dt's decimals
 * @param steps                the time steps simulated
 * @param partial              whether the run was cancelled before the requested duration
 * @param threads              the engine threads used
 * @param buildNanos           wall time to build the network (connectivity drawn)
 * @param runNanos             wall time of the simulation loop
 * @param engineVersion        the engine bundle's version, or "unknown" outside OSGi
 */
public record RunInfo(String modelId, String modelName, long seed, double timeStepMs, double requestedDurationMs,
        double simulatedMs, long steps, boolean partial, int threads, long buildNanos, long runNanos,
        String engineVersion) {
}
