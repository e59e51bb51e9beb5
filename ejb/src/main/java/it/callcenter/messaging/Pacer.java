package it.callcenter.messaging;

import java.util.concurrent.TimeUnit;

/**
 * Keeps a sender at its rate, shared by the threads of an SMPP window: each send takes its slot, {@code 1/rate} s
 * after the one before, and waits for it; a sender that fell behind (a slow gateway) does not make up for it with a
 * burst. When the gateway throttles, every thread pauses {@value #PAUSE_MILLIS} ms and the pace drops by a tenth (at
 * most once a pause, as the submits already in flight come back throttled too), down to a quarter of the rate; after
 * each calm second it climbs back by a twentieth towards the rate set.
 */
final class Pacer {

    static final long PAUSE_MILLIS = 200;
    private static final long SECOND = 1_000_000_000L;
    private static final long PAUSE = PAUSE_MILLIS * 1_000_000L;

    private final long baseInterval;
    private long interval;
    private long next = System.nanoTime();
    private long lastBackOff = System.nanoTime() - SECOND;
    private long calmSince = System.nanoTime();

    Pacer(int perSecond) {
        this.baseInterval = SECOND / Math.max(1, perSecond);
        this.interval = baseInterval;
    }

    void awaitSlot() throws InterruptedException {
        long slot;
        long now;
        synchronized (this) {
            now = System.nanoTime();
            if (interval > baseInterval && now - calmSince >= SECOND) {
                interval = Math.max(baseInterval, interval * 19 / 20);
                calmSince = now;
            }
            slot = Math.max(next, now);
            next = Math.max(next, now - interval) + interval;
        }
        if (slot - now > 0) {
            TimeUnit.NANOSECONDS.sleep(slot - now);
        }
    }

    /** The gateway asked to slow down: a pause for every thread, and a slower pace for a while. */
    synchronized void backOff() {
        long now = System.nanoTime();
        if (now - lastBackOff >= PAUSE) {
            lastBackOff = now;
            interval = Math.min(baseInterval * 4, interval + interval / 10);
        }
        next = Math.max(next, lastBackOff + PAUSE);
        calmSince = now;
    }

    /** The submits a second it allows now. */
    synchronized double perSecond() {
        return (double) SECOND / interval;
    }
}
