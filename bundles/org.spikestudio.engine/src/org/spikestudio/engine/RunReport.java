// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * What one {@code run} call did.
 *
 * @param stepsRun   steps completed in this call (fewer than requested when cancelled)
 * @param cancelled  whether the cancellation token stopped it
 * @param totalSteps steps simulated since the network was built
 * @param nanos      wall-clock time of the call
 */
public record RunReport(long stepsRun, boolean cancelled, long totalSteps, long nanos) {
}
