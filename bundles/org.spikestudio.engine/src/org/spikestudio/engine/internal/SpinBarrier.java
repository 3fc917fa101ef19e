// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reusable sense-reversing barrier for a fixed number of threads that spins (then yields) instead
 * of parking: one atomic increment per thread per step, far cheaper than handing a task to a pool
 * per step. When a thread fails it {@link #breakBarrier() breaks} the barrier so the others stop
 * waiting and throw instead of spinning forever.
 */
public final class SpinBarrier {

    /** Spins before a waiting thread starts yielding its core (tunable for experiments). */
    private static final int SPINS = Integer.getInteger("spikestudio.barrier.spins", 2_000);
    private final int parties;
    private final AtomicInteger arrived = new AtomicInteger();
    // Padding keeps the generation word off the counter's cache line.
    @SuppressWarnings("unused")
    private long p1, p2, p3, p4, p5, p6, p7;
    private volatile int generation;
    private volatile boolean broken;

    public SpinBarrier(int parties) {
        this.parties = parties;
    }

    public void await() {
        if (parties == 1) {
            return;
        }
        int g = generation;
        if (arrived.incrementAndGet() == parties) {
            arrived.set(0);
            generation = g + 1;
            return;
        }
        int spins = 0;
        while (generation == g) {
            if (broken) {
                throw new BrokenBarrierError();
            }
            if (++spins < SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    public void breakBarrier() {
        broken = true;
    }

    /** Thrown in the waiting threads when another thread failed. */
    public static final class BrokenBarrierError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BrokenBarrierError() {
            super("another simulation thread failed", null, false, false);
        }
    }
}
