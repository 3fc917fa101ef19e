// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

/**
 * Overrides of a model's run settings; null means "as in the model" (threads: the engine's default,
 * one per 20k neurons up to the cores).
 *
 * @param seed              the random seed instead of the model's
 * @param durationMs        the simulated time instead of the model's
 * @param threads           engine threads, &gt;= 1
 * @param memoryLimitBytes  refuse networks estimated above this many bytes (default: what the JVM may
 *                          still allocate)
 */
public record RunOptions(Long seed, Double durationMs, Integer threads, Long memoryLimitBytes) {

    public static RunOptions defaults() {
        return new RunOptions(null, null, null, null);
    }

    public RunOptions withSeed(long value) {
        return new RunOptions(value, durationMs, threads, memoryLimitBytes);
    }

    public RunOptions withDuration(double ms) {
        return new RunOptions(seed, ms, threads, memoryLimitBytes);
    }

    public RunOptions withThreads(int n) {
        return new RunOptions(seed, durationMs, n, memoryLimitBytes);
    }

    public RunOptions withMemoryLimit(long bytes) {
        return new RunOptions(seed, durationMs, threads, bytes);
    }
}
