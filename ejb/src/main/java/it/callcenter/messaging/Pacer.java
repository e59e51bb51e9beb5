package it.callcenter.messaging;

import java.util.concurrent.TimeUnit;

/**
 * Keeps a sender at its rate: each send waits for its slot, {@code 1/rate} s after the one before; a sender that fell
 * behind (a slow gateway) does not make up for it with a burst.
 */
final class Pacer {

    private final long intervalNanos;
    private long next = System.nanoTime();

    Pacer(int perSecond) {
        this.intervalNanos = 1_000_000_000L / Math.max(1, perSecond);
    }

    void awaitSlot() throws InterruptedException {
        long now = System.nanoTime();
        if (next - now > 0) {
            TimeUnit.NANOSECONDS.sleep(next - now);
            now = next;
        }
        next = Math.max(next, now - intervalNanos) + intervalNanos;
    }

    /** The gateway asked to slow down: the next slot is a second away. */
    void backOff() {
        next = System.nanoTime() + 1_000_000_000L;
    }
}
