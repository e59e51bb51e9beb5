package it.callcenter.messaging;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PacerTest {

    @Test
    void theThreadsOfAWindowShareOneRate() throws Exception {
        Pacer pacer = new Pacer(200);
        AtomicInteger slots = new AtomicInteger();
        ExecutorService window = Executors.newFixedThreadPool(10);
        long started = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            window.submit(() -> {
                pacer.awaitSlot();
                return slots.incrementAndGet();
            });
        }
        window.shutdown();
        assertTrue(window.awaitTermination(10, TimeUnit.SECONDS));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(100, slots.get());
        assertTrue(seconds >= 0.45, "100 slots at 200 a second take half a second, whatever the threads: " + seconds);
    }

    @Test
    void aThrottleSlowsThePaceOnceForTheSubmitsInFlightAndPauses() throws Exception {
        Pacer pacer = new Pacer(100);
        for (int i = 0; i < 10; i++) {
            pacer.backOff();
        }
        assertEquals(100 / 1.1, pacer.perSecond(), 0.5, "ten throttled answers of one moment slow the pace once");
        long before = System.nanoTime();
        pacer.awaitSlot();
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
        assertTrue(waited >= Pacer.PAUSE_MILLIS - 20, "the next submit waits for the pause: " + waited + " ms");
    }
}
