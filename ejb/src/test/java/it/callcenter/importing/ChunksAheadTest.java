package it.callcenter.importing;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chunks read ahead: in order, each once, one ahead at most, on another thread, errors handed to the writer. */
class ChunksAheadTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<String> checkedOn = new ArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static ImportFiles.Records file(int records) throws IOException {
        String text = "Cognome;Nome\r\n" + IntStream.rangeClosed(1, records).mapToObj(i -> "R" + i + ";N" + i + "\r\n")
                .collect(Collectors.joining());
        return ImportFiles.Records.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                new ImportFiles.Format(StandardCharsets.UTF_8, ';'));
    }

    private CheckedChunk plain(long position, List<CsvPort.SourceRecord> records, boolean last) {
        synchronized (checkedOn) {
            checkedOn.add(Thread.currentThread().getName());
        }
        return new CheckedChunk(position, records.size(), last, List.of(), List.of(),
                records.stream().map(r -> new CheckedChunk.Rejection(r, r.values().get(0))).toList());
    }

    private static List<String> names(CheckedChunk chunk) {
        return chunk.rejected().stream().map(CheckedChunk.Rejection::reason).toList();
    }

    @Test
    void handsOutEveryRecordOnceInOrderWithItsPosition() throws Exception {
        try (ImportFiles.Records records = file(7); ChunksAhead chunks = new ChunksAhead(records, 0, 3, this::plain, executor)) {
            CheckedChunk first = chunks.next();
            assertEquals(List.of("R1", "R2", "R3"), names(first));
            assertEquals(0, first.position());
            assertFalse(first.last());
            CheckedChunk second = chunks.next();
            assertEquals(List.of("R4", "R5", "R6"), names(second));
            assertEquals(3, second.position());
            CheckedChunk third = chunks.next();
            assertEquals(List.of("R7"), names(third));
            assertEquals(6, third.position());
            assertTrue(third.last());
            assertNull(chunks.next());
        }
        assertEquals(3, checkedOn.size());
        assertTrue(checkedOn.stream().noneMatch(name -> name.equals(Thread.currentThread().getName())), "checked on the reading thread");
    }

    @Test
    void aFileThatFillsItsLastChunkEndsWithAnEmptyOne() throws Exception {
        try (ImportFiles.Records records = file(6); ChunksAhead chunks = new ChunksAhead(records, 0, 3, this::plain, executor)) {
            assertEquals(3, chunks.next().size());
            assertFalse(chunks.next().last());
            CheckedChunk end = chunks.next();
            assertEquals(0, end.size());
            assertEquals(6, end.position());
            assertTrue(end.last(), "the job finishes with the empty chunk");
            assertNull(chunks.next());
        }
    }

    @Test
    void resumesAfterTheRecordsAlreadyCommitted() throws Exception {
        try (ImportFiles.Records records = file(7); ChunksAhead chunks = new ChunksAhead(records, 4, 3, this::plain, executor)) {
            CheckedChunk chunk = chunks.next();
            assertEquals(4, chunk.position());
            assertEquals(List.of("R5", "R6", "R7"), names(chunk));
            assertFalse(chunk.last());
            assertTrue(chunks.next().last());
        }
    }

    @Test
    void readsOneChunkAheadAndNoMoreWhileTheWriterIsBusy() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch secondChecked = new CountDownLatch(1);
        ChunksAhead.Check counting = (position, records, last) -> {
            if (checks.incrementAndGet() == 2) {
                secondChecked.countDown();
            }
            return plain(position, records, last);
        };
        try (ImportFiles.Records records = file(30); ChunksAhead chunks = new ChunksAhead(records, 0, 3, counting, executor)) {
            chunks.next();
            assertTrue(secondChecked.await(10, TimeUnit.SECONDS), "the next chunk is checked while the first is written");
            executor.submit(() -> null).get(10, TimeUnit.SECONDS);
            assertEquals(2, checks.get(), "nothing beyond the one chunk ahead");
        }
    }

    @Test
    void aFailedCheckReachesTheWriterWithItsOwnException() throws Exception {
        ChunksAhead.Check failing = (position, records, last) -> {
            if (position > 0) {
                throw new IllegalStateException("broken at " + position);
            }
            return plain(position, records, last);
        };
        try (ImportFiles.Records records = file(7); ChunksAhead chunks = new ChunksAhead(records, 0, 3, failing, executor)) {
            assertEquals(3, chunks.next().size());
            IllegalStateException e = assertThrows(IllegalStateException.class, chunks::next);
            assertEquals("broken at 3", e.getMessage());
        }
    }

    @Test
    void closingWaitsForTheChunkBeingReadAndStopsTheThread() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ChunksAhead.Check slow = (position, records, last) -> {
            if (position > 0) {
                reading.countDown();
                await(release);
            }
            return plain(position, records, last);
        };
        ImportFiles.Records records = file(9);
        ChunksAhead chunks = new ChunksAhead(records, 0, 3, slow, executor);
        chunks.next();
        assertTrue(reading.await(10, TimeUnit.SECONDS));
        Thread closing = new Thread(chunks::close);
        closing.start();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> closing.getState() == Thread.State.WAITING);
        assertFalse(executor.isShutdown(), "close waits while the next chunk is being read");
        release.countDown();
        closing.join(10_000);
        assertFalse(closing.isAlive());
        assertTrue(executor.isShutdown());
        records.close();
        assertNotEquals(0, checkedOn.size());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
