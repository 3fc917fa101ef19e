// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * Thrown before anything large is allocated, when the estimated memory of a network (or of the
 * recordings of a run) exceeds the limit: the heap's maximum minus what is in use and a margin.
 */
public final class MemoryLimitExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long estimatedBytes;
    private final long limitBytes;

    public MemoryLimitExceededException(String what, long estimatedBytes, long limitBytes) {
        super(what + " needs an estimated " + Limits.formatBytes(estimatedBytes) + " (" + estimatedBytes
                + " bytes), more than the limit of " + Limits.formatBytes(limitBytes) + " (" + limitBytes
                + " bytes: maximum heap minus memory in use minus a safety margin). Reduce the network or"
                + " recordings, or start Java with a larger -Xmx.");
        this.estimatedBytes = estimatedBytes;
        this.limitBytes = limitBytes;
    }

    public long estimatedBytes() {
        return estimatedBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
