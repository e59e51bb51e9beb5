package it.callcenter.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The chunks of a job's file, each read and checked ({@link ChunkChecker}) on a thread of its own while the caller
 * writes the chunk before it: on two cores the mapping and validation of chunk N+1 overlap the database's work on
 * chunk N. One chunk is read ahead, never more, so the memory stays that of two chunks. The reads follow one another
 * (each is submitted when the one before has been handed out), so the file is read in order by one thread at a time.
 */
final class ChunksAhead implements AutoCloseable {

    /** What is done to each chunk's records on the reading thread: {@link ChunkChecker#check}. */
    @FunctionalInterface
    interface Check {
        CheckedChunk apply(long position, List<CsvPort.SourceRecord> records, boolean last);
    }

    private final ImportFiles.Records records;
    private final Check check;
    private final ExecutorService executor;
    private final int size;
    private long position;
    private Future<CheckedChunk> ahead;

    /** Starts reading the chunk after the first {@code position} records, which an earlier run already committed. */
    ChunksAhead(ImportFiles.Records records, long position, int size, Check check, ExecutorService executor) {
        this.records = records;
        this.check = check;
        this.executor = executor;
        this.size = size;
        this.position = position;
        this.ahead = executor.submit(() -> {
            try {
                records.skip(position);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return readAndCheck();
        });
    }

    /** The next chunk, checked (the last one may be empty); null after the last. */
    CheckedChunk next() throws InterruptedException {
        if (ahead == null) {
            return null;
        }
        CheckedChunk chunk = Futures.result(ahead);
        ahead = chunk.last() ? null : executor.submit(this::readAndCheck);
        return chunk;
    }

    private CheckedChunk readAndCheck() {
        List<CsvPort.SourceRecord> chunk = new ArrayList<>(size);
        boolean last = false;
        while (chunk.size() < size) {
            CsvPort.SourceRecord record = read();
            if (record == null) {
                last = true;
                break;
            }
            chunk.add(record);
        }
        CheckedChunk checked = check.apply(position, chunk, last);
        position += chunk.size();
        return checked;
    }

    private CsvPort.SourceRecord read() {
        try {
            return records.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the chunk being read ahead (its records are read again by the next run), then stops. */
    @Override
    public void close() {
        try {
            if (ahead != null) {
                Futures.awaitEnd(ahead);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            executor.shutdownNow();
        }
    }
}
