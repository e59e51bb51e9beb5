package it.callcenter.benchmarks;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One table's {@code COPY ... FROM STDIN} (text format) on its own connection, fed by the generator in chunks
 * of about a megabyte through a small bounded queue and written by its own thread: the generator never waits
 * for PostgreSQL to parse a chunk, the four tables load side by side, and memory stays bounded (a few chunks
 * per table), whatever the number of parties. Used only to load the data; the load time is reported.
 */
final class CopyStream implements AutoCloseable {

    private static final byte[] END = new byte[0];
    private static final byte[] ABORT = new byte[0];
    private static final int CHUNK_CHARS = 1 << 20;

    private final String table;
    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(4);
    private final Thread writer;
    private final StringBuilder buffer = new StringBuilder(CHUNK_CHARS + 4096);
    private volatile Throwable failure;
    private boolean firstField = true;
    private long rows;

    CopyStream(Connection connection, String table, String columns) throws SQLException {
        this.table = table;
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        String sql = "COPY " + table + " (" + columns + ") FROM STDIN";
        this.writer = new Thread(() -> write(copy, sql), "copy-" + table);
        writer.setDaemon(true);
        writer.start();
    }

    private void write(CopyManager copy, String sql) {
        CopyIn in = null;
        try {
            in = copy.copyIn(sql);
            for (byte[] chunk = queue.take(); chunk != END; chunk = queue.take()) {
                if (chunk == ABORT) {
                    in.cancelCopy();
                    return;
                }
                in.writeToCopy(chunk, 0, chunk.length);
            }
            in.endCopy();
        } catch (Throwable e) {
            failure = e;
            queue.clear();
            try {
                if (in != null && in.isActive()) {
                    in.cancelCopy();
                }
            } catch (SQLException ignored) {
                // the failure above is the one to report
            }
        }
    }

    CopyStream text(String value) {
        separator();
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    CopyStream number(long value) {
        separator();
        buffer.append(value);
        return this;
    }

    CopyStream bool(boolean value) {
        separator();
        buffer.append(value ? 't' : 'f');
        return this;
    }

    void endRow() {
        buffer.append('\n');
        firstField = true;
        rows++;
        if (buffer.length() >= CHUNK_CHARS) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void separator() {
        if (!firstField) {
            buffer.append('\t');
        }
        firstField = false;
    }

    private void flush() {
        if (buffer.length() > 0) {
            hand(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        }
    }

    private void hand(byte[] chunk) {
        try {
            while (!queue.offer(chunk, 1, TimeUnit.SECONDS)) {
                checkFailure();
            }
            checkFailure();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading " + table, e);
        }
    }

    private void checkFailure() {
        if (failure != null) {
            throw new IllegalStateException("COPY into " + table + " failed: " + failure.getMessage(), failure);
        }
    }

    /** Cancels the COPY (nothing of it is committed), after a failure elsewhere. */
    void abort() {
        queue.clear();
        queue.offer(ABORT);
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends what is left, ends the COPY and waits for PostgreSQL to commit it. */
    @Override
    public void close() {
        flush();
        hand(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading " + table, e);
        }
        checkFailure();
    }
}
