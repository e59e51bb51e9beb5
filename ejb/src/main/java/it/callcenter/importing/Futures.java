package it.callcenter.importing;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the work the import hands to its own threads: a result with the work's own exception, or just its end. */
final class Futures {

    private Futures() {
    }

    /** The work's result; its failure thrown as the work threw it (the import's work throws only unchecked ones). */
    static <T> T result(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Until the work has ended, well or not (its failure is somebody else's to report). */
    static void awaitEnd(Future<?> future) throws InterruptedException {
        try {
            future.get();
        } catch (ExecutionException | CancellationException e) {
            // ended
        }
    }
}
