package it.callcenter.platform;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * An uploaded file kept in the database in parts of {@value #PART_BYTES} bytes, rows {@code (job_id, part, data)} of
 * a job's table of parts, so that whichever node of a cluster runs the job reads it: written in the caller's
 * transaction (a job never exists without its file), read back as a stream, part after part, each read a short query
 * of its own, so a large file is never held in memory and no connection is kept for the length of a job. The table's
 * name is one of {@link Table}'s, never a value from outside.
 */
public final class FileParts {

    public static final int PART_BYTES = 1024 * 1024;

    /** The tables of parts. */
    public enum Table {
        IMPORT("import_file_part"),
        WORK_JOB("work_job_file_part");

        private final String sql;

        Table(String sql) {
            this.sql = sql;
        }
    }

    private FileParts() {
    }

    /** Copies the file into the job's parts, on a connection of the caller's transaction; answers its size. */
    public static long save(DataSource dataSource, Table table, long jobId, Path file) {
        long size = 0;
        try (InputStream in = Files.newInputStream(file);
             Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO " + table.sql + " (job_id, part, data) VALUES (?, ?, ?)")) {
            byte[] buffer = new byte[PART_BYTES];
            int part = 0;
            for (int n = in.readNBytes(buffer, 0, PART_BYTES); n > 0; n = in.readNBytes(buffer, 0, PART_BYTES)) {
                insert.setLong(1, jobId);
                insert.setInt(2, part++);
                insert.setBytes(3, n == PART_BYTES ? buffer : Arrays.copyOf(buffer, n));
                insert.executeUpdate();
                size += n;
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the file of job " + jobId + " in " + table.sql, e);
        }
    }

    /** The parts after the first one (a job that has ended keeps its header), on the caller's transaction. */
    public static void keepFirstOnly(DataSource dataSource, Table table, long jobId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table.sql + " WHERE job_id = ? AND part > 0")) {
            delete.setLong(1, jobId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot trim the file of job " + jobId + " in " + table.sql, e);
        }
    }

    /** Every part of the job's file, on the caller's transaction. */
    public static void delete(DataSource dataSource, Table table, long jobId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table.sql + " WHERE job_id = ?")) {
            delete.setLong(1, jobId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete the file of job " + jobId + " in " + table.sql, e);
        }
    }

    /** The job's file from its start. */
    public static InputStream open(DataSource dataSource, Table table, long jobId) {
        return new PartStream(dataSource, table, jobId);
    }

    /** The parts one after the other; the next part is read when the one before is used up. */
    private static final class PartStream extends InputStream {

        private final DataSource dataSource;
        private final Table table;
        private final long jobId;
        private int nextPart;
        private byte[] current = new byte[0];
        private int offset;
        private boolean ended;

        PartStream(DataSource dataSource, Table table, long jobId) {
            this.dataSource = dataSource;
            this.table = table;
            this.jobId = jobId;
        }

        @Override
        public int read() throws IOException {
            return fill() ? current[offset++] & 0xff : -1;
        }

        @Override
        public int read(byte[] target, int from, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, current.length - offset);
            System.arraycopy(current, offset, target, from, n);
            offset += n;
            return n;
        }

        private boolean fill() throws IOException {
            while (!ended && offset >= current.length) {
                byte[] part = readPart(nextPart++);
                if (part == null) {
                    ended = true;
                } else {
                    current = part;
                    offset = 0;
                }
            }
            return !ended || offset < current.length;
        }

        private byte[] readPart(int part) throws IOException {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement(
                         "SELECT data FROM " + table.sql + " WHERE job_id = ? AND part = ?")) {
                select.setLong(1, jobId);
                select.setInt(2, part);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getBytes(1) : null;
                }
            } catch (SQLException e) {
                throw new IOException("Cannot read part " + part + " of the file of job " + jobId + " in " + table.sql, e);
            }
        }
    }
}
