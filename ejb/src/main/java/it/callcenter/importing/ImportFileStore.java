package it.callcenter.importing;

import it.callcenter.platform.FileParts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The uploaded files of the import jobs, kept in the database (table {@code import_file_part}, in parts: {@link
 * FileParts}) so that any node of a cluster can run, or take over, a job whatever node received its file. Chosen over
 * a directory shared by the nodes: nothing to mount and keep in step on every machine, the file is written in the
 * job's own transaction (a job never exists without its file) and it is backed up with the rest. A file is read back
 * as a stream, part after part, so a 200 MB file is never held in memory and no connection is kept for the length of
 * an import. Once the job is done only the first part stays (the header, for the rejected rows' CSV).
 */
@Stateless
@PermitAll
public class ImportFileStore {

    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    /** Copies the stored upload into the job's parts, in the caller's transaction (the job's creation). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void save(long jobId, Path file) {
        FileParts.save(dataSource, FileParts.Table.IMPORT, jobId, file);
    }

    /** The job's file from its start: from the database, or from the disk for a job queued before files were kept there. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public InputStream open(ImportJob job) throws IOException {
        return job.getStoredPath() == null ? FileParts.open(dataSource, FileParts.Table.IMPORT, job.getId())
                : Files.newInputStream(Path.of(job.getStoredPath()));
    }

    /** A job that has ended keeps only its first part, the header the rejected rows' CSV is headed with. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void keepHeaderOnly(long jobId) {
        FileParts.keepFirstOnly(dataSource, FileParts.Table.IMPORT, jobId);
    }
}
