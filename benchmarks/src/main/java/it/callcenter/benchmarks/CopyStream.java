package it.callcenter.benchmarks;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One table's {@code COPY ... FROM STDIN} (text format), fed by the generator in chunks of about a megabyte.
 * Two ways, because a connection runs one COPY at a time and the whole load is one transaction on one connection:
 * <ul>
 * <li>{@link #live}: the COPY runs while the generator writes, by its own thread through a small bounded queue,
 * so the generator never waits for PostgreSQL to parse a chunk and memory stays bounded;</li>
 * <li>{@link #spooled}: the rows go to a temporary file, copied by {@link #copyInto} on the same connection once
 * the live COPY has ended.</li>
 * </ul>
 */
abstract class CopyStream implements AutoCloseable {

    private static final int CHUNK_CHARS = 1 << 20;

    final String table;
    final String sql;
    private final StringBuilder buffer = new StringBuilder(CHUNK_CHARS + 4096);
    private boolean firstField = true;
    private long rows;

    private CopyStream(String table, String columns) {
        this.table = table;
        this.sql = "COPY " + table + " (" + columns + ") FROM STDIN";
    }

    static CopyStream live(Connection connection, String table, String columns) throws SQLException {
        return new Live(connection, table, columns);
    }

    static CopyStream spooled(String table, String columns) {
        return new Spooled(table, columns);
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

    final void flush() {
        if (buffer.length() > 0) {
            hand(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        }
    }

    abstract void hand(byte[] chunk);

    /** Copies the spooled rows on the connection; nothing to do for a live stream, whose rows are in already. */
    abstract void copyInto(Connection connection) throws SQLException;

    /** Gives up the rows (nothing of them is committed), after a failure elsewhere. */
    abstract void abort();

    /** Sends what is left: a live stream ends its COPY, a spooled one closes its file. */
    @Override
    public abstract void close();

    private static final class Live extends CopyStream {

        private static final byte[] END = new byte[0];
        private static final byte[] ABORT = new byte[0];

        private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(4);
        private final Thread writer;
        private volatile Throwable failure;

        Live(Connection connection, String table, String columns) throws SQLException {
            super(table, columns);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            this.writer = new Thread(() -> write(copy), "copy-" + table);
            writer.setDaemon(true);
            writer.start();
        }

        private void write(CopyManager copy) {
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

        @Override
        void hand(byte[] chunk) {
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

        @Override
        void copyInto(Connection connection) {
            // the rows went in while they were generated
        }

        @Override
        void abort() {
            queue.clear();
            queue.offer(ABORT);
            try {
                writer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

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

    private static final class Spooled extends CopyStream {

        private final Path file;
        private final OutputStream out;

        Spooled(String table, String columns) {
            super(table, columns);
            try {
                file = Files.createTempFile("bulk-load-" + table, ".copy");
                file.toFile().deleteOnExit();
                out = Files.newOutputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void hand(byte[] chunk) {
            try {
                out.write(chunk);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot spool the rows of " + table, e);
            }
        }

        @Override
        void copyInto(Connection connection) throws SQLException {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in, 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the spooled rows of " + table, e);
            } finally {
                delete();
            }
        }

        @Override
        void abort() {
            try {
                out.close();
            } catch (IOException ignored) {
                // the file goes anyway
            }
            delete();
        }

        @Override
        public void close() {
            flush();
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void delete() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
