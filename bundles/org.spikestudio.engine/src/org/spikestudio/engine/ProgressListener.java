// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/** Called on the thread that called {@code run}, after each internal block of steps. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param stepsDone  steps completed in this run call
     * @param stepsTotal steps requested in this run call
     */
    void progress(long stepsDone, long stepsTotal);
}
