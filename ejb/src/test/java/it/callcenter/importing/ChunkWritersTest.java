package it.callcenter.importing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chunks written side by side: never more than allowed at once, every one awaited, the first failure reported. */
class ChunkWritersTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void writesTwoChunksAtOnceAndNoMore() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        try (ChunkWriters writers = new ChunkWriters(executor, 2)) {
            for (int i = 0; i < 6; i++) {
                int chunk = i;
                writers.write(before -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    bothStarted.countDown();
                    await(bothStarted);
                    running.decrementAndGet();
                    written.add(chunk);
                });
            }
            writers.finish();
        }
        assertEquals(2, most.get(), "the second chunk is written while the first is");
        assertEquals(List.of(0, 1, 2, 3, 4, 5), written.stream().sorted().toList());
    }

    @Test
    void eachChunkMovesTheJobAfterTheWriteBeforeItHasEndedWhateverFinishesFirst() throws Exception {
        List<Integer> moves = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch secondWritten = new CountDownLatch(1);
        try (ChunkWriters writers = new ChunkWriters(executor, 2)) {
            writers.write(before -> {
                await(secondWritten);
                moves.add(0);
                throw new IllegalStateException("chunk 0 failed");
            });
            writers.write(before -> {
                secondWritten.countDown();
                try {
                    before.get(10, TimeUnit.SECONDS);
                } catch (Exception failed) {
                    moves.add(-1);
                }
                moves.add(1);
            });
            assertThrows(IllegalStateException.class, writers::finish);
        }
        assertEquals(List.of(0, -1, 1), moves, "the second waited for the first, and saw that it failed");
    }

    @Test
    void oneAtATimeWhenOnlyOneIsAllowed() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (ChunkWriters writers = new ChunkWriters(executor, 1)) {
            for (int i = 0; i < 5; i++) {
                writers.write(before -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    running.decrementAndGet();
                });
            }
            writers.finish();
        }
        assertEquals(1, most.get());
    }

    @Test
    void theFirstChunkThatFailedIsTheFailureReportedAndTheLaterOnesStillEnd() throws Exception {
        CountDownLatch firstFailed = new CountDownLatch(1);
        AtomicInteger ended = new AtomicInteger();
        ChunkWriters writers = new ChunkWriters(executor, 2);
        writers.write(before -> {
            ended.incrementAndGet();
            firstFailed.countDown();
            throw new IllegalStateException("chunk 0");
        });
        writers.write(before -> {
            await(firstFailed);
            ended.incrementAndGet();
            throw new ChunkRefusedException(1, 1000);
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, writers::finish);
        assertEquals("chunk 0", e.getMessage());
        writers.close();
        assertEquals(2, ended.get(), "close waits for the chunk still being written");
        assertTrue(executor.isShutdown());
    }

    @Test
    void aFailureIsReportedWhenTheNextChunkIsHandedIn() throws Exception {
        try (ChunkWriters writers = new ChunkWriters(executor, 1)) {
            writers.write(before -> {
                throw new IllegalStateException("chunk 0");
            });
            AtomicInteger started = new AtomicInteger();
            assertThrows(IllegalStateException.class, () -> writers.write(before -> started.incrementAndGet()));
            assertEquals(0, started.get(), "no chunk after a failed one");
            assertFalse(executor.isShutdown());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
