package it.callcenter.importing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the queued imports one at a time on a managed thread. The file is read once per run; each chunk of
 * records goes to {@link ImportChunk} in its own transaction. At startup the jobs left RUNNING (the server stopped
 * or died during them) are queued again: their run skips the records already committed and carries on.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private ImportJobs jobs;

    @EJB
    private ImportChunk chunks;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;

    @PostConstruct
    void resumeInterrupted() {
        int resumed = jobs.requeueInterrupted();
        if (resumed > 0) {
            LOG.info(() -> resumed + " interrupted import(s) queued again, to resume from their last committed chunk");
        }
        kick();
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    /** Starts the worker unless it is already at work; it stops when the queue is empty. */
    public void kick() {
        if (!stopping && running.compareAndSet(false, true)) {
            executor.submit(this::drain);
        }
    }

    /** In case a kick was lost (the worker was finishing just as a job arrived). */
    @Schedule(hour = "*", minute = "*", persistent = false)
    void poll() {
        kick();
    }

    private void drain() {
        try {
            while (!stopping) {
                Optional<ImportJob> next = jobs.start();
                if (next.isEmpty()) {
                    break;
                }
                run(next.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import worker stopped", e);
        } finally {
            running.set(false);
        }
    }

    private void run(ImportJob job) {
        long id = job.getId();
        long position = job.getPosition();
        try (ImportFiles.Records records = ImportFiles.Records.open(Path.of(job.getStoredPath()), job.format())) {
            int columns = records.header().size();
            records.skip(position);
            List<CsvPort.SourceRecord> chunk = new ArrayList<>(ImportChunk.CHUNK_SIZE);
            while (true) {
                CsvPort.SourceRecord record = records.next();
                if (record != null) {
                    chunk.add(record);
                }
                if (record == null || chunk.size() == ImportChunk.CHUNK_SIZE) {
                    if (stopping || jobs.cancelled(id)) {
                        return;
                    }
                    chunks.process(id, position, chunk, columns, record == null);
                    position += chunk.size();
                    chunk = new ArrayList<>(ImportChunk.CHUNK_SIZE);
                    if (record == null) {
                        return;
                    }
                }
            }
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Import " + id + " failed at record " + position, e);
            jobs.fail(id, rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
