package it.callcenter.importing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Writes chunks on threads of their own, at most {@code inFlight} at a time: on two cores the database writes one
 * chunk's rows while the application prepares the next one's, instead of one core waiting for the other. Each chunk
 * is its own transaction, and each waits for the write of the one before to end before it moves the job
 * ({@link ImportChunk#process} is handed that write), so the job's position stays the end of an unbroken run of
 * committed chunks. The writes are awaited in the order they were handed in, so the first failure reported is the
 * first chunk's that failed.
 */
final class ChunkWriters implements AutoCloseable {

    private final ExecutorService executor;
    private final int inFlight;
    private final Deque<Future<?>> pending = new ArrayDeque<>();
    private Future<?> last = CompletableFuture.completedFuture(null);

    /** A chunk's write, told of the write of the chunk before (done or not), which it awaits before it moves the job. */
    @FunctionalInterface
    interface Chunk {
        void write(Future<?> before);
    }

    ChunkWriters(ExecutorService executor, int inFlight) {
        this.executor = executor;
        this.inFlight = inFlight;
    }

    /** Starts writing a chunk, once fewer than {@code inFlight} are being written; a failure of an earlier one is thrown. */
    void write(Chunk chunk) throws InterruptedException {
        while (pending.size() >= inFlight) {
            awaitOldest();
        }
        Future<?> before = last;
        last = executor.submit(() -> chunk.write(before));
        pending.add(last);
    }

    /** Waits until every chunk handed in is written; the first failure is thrown. */
    void finish() throws InterruptedException {
        while (!pending.isEmpty()) {
            awaitOldest();
        }
    }

    private void awaitOldest() throws InterruptedException {
        Futures.result(pending.remove());
    }

    /** Waits for the writes still running (failed or not: they end by themselves), then stops the threads. */
    @Override
    public void close() {
        try {
            while (!pending.isEmpty()) {
                Futures.awaitEnd(pending.remove());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            executor.shutdownNow();
        }
    }
}
