package it.callcenter.importing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The uploaded files of the import jobs, kept in the database (table {@code import_file_part}, the file in parts of
 * {@value #PART_BYTES} bytes) so that any node of a cluster can run, or take over, a job whatever node received its
 * file. Chosen over a directory shared by the nodes: nothing to mount and keep in step on every machine, the file is
 * written in the job's own transaction (a job never exists without its file) and it is backed up with the rest. A file
 * is read back as a stream, part after part, each read a short query of its own, so a 200 MB file is never held in
 * memory and no connection is kept for the length of an import. Once the job is done only the first part stays (the
 * header, for the rejected rows' CSV).
 */
@Stateless
@PermitAll
public class ImportFileStore {

    static final int PART_BYTES = 1024 * 1024;

    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    /** Copies the stored upload into the job's parts, in the caller's transaction (the job's creation). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void save(long jobId, Path file) {
        try (InputStream in = Files.newInputStream(file);
             Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO import_file_part (job_id, part, data) VALUES (?, ?, ?)")) {
            byte[] buffer = new byte[PART_BYTES];
            int part = 0;
            for (int n = in.readNBytes(buffer, 0, PART_BYTES); n > 0; n = in.readNBytes(buffer, 0, PART_BYTES)) {
                insert.setLong(1, jobId);
                insert.setInt(2, part++);
                insert.setBytes(3, n == PART_BYTES ? buffer : java.util.Arrays.copyOf(buffer, n));
                insert.executeUpdate();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the file of import " + jobId, e);
        }
    }

    /** The job's file from its start: from the database, or from the disk for a job queued before files were kept there. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public InputStream open(ImportJob job) throws IOException {
        return job.getStoredPath() == null ? new PartStream(dataSource, job.getId())
                : Files.newInputStream(Path.of(job.getStoredPath()));
    }

    /** A job that has ended keeps only its first part, the header the rejected rows' CSV is headed with. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void keepHeaderOnly(long jobId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM import_file_part WHERE job_id = ? AND part > 0")) {
            delete.setLong(1, jobId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot trim the file of import " + jobId, e);
        }
    }

    /** The parts one after the other; the next part is read when the one before is used up. */
    static final class PartStream extends InputStream {

        private final DataSource dataSource;
        private final long jobId;
        private int nextPart;
        private byte[] current = new byte[0];
        private int offset;
        private boolean ended;

        PartStream(DataSource dataSource, long jobId) {
            this.dataSource = dataSource;
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
                         "SELECT data FROM import_file_part WHERE job_id = ? AND part = ?")) {
                select.setLong(1, jobId);
                select.setInt(2, part);
                try (var rows = select.executeQuery()) {
                    return rows.next() ? rows.getBytes(1) : null;
                }
            } catch (SQLException e) {
                throw new IOException("Cannot read part " + part + " of the file of import " + jobId, e);
            }
        }
    }
}
