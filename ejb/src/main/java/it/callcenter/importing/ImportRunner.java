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
import jakarta.enterprise.concurrent.ManagedThreadFactory;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the queued imports one at a time on a managed thread. The file is read once per run, a chunk ahead of the
 * writes ({@link ChunksAhead}: the next chunk is mapped and validated on a thread of its own), and the chunks are
 * written three at a time ({@link ChunkWriters}), each by {@link ImportChunk} in its own transaction: on two cores the
 * database then has a chunk to work on while the application prepares, or waits to move the job for, another. At
 * startup the jobs left RUNNING (the server stopped or died during them) are queued again: their run skips the
 * records already committed and carries on.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    private static final int WRITERS = 3;

    @Resource
    private ManagedExecutorService executor;

    /** For the thread of each run that reads and checks the next chunk while the current one is written. */
    @Resource
    private ManagedThreadFactory threads;

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
        int inFlight = writers(job);
        try (ImportFiles.Records records = ImportFiles.Records.open(Path.of(job.getStoredPath()), job.format());
             ChunksAhead ahead = new ChunksAhead(records, job.getPosition(), ImportChunk.CHUNK_SIZE,
                     chunks.checker(job, records.header().size(), inFlight - 1)::check,
                     Executors.newSingleThreadExecutor(threads));
             ChunkWriters writers = new ChunkWriters(Executors.newFixedThreadPool(inFlight, threads), inFlight)) {
            for (CheckedChunk next = ahead.next(); next != null; next = ahead.next()) {
                if (stopping || jobs.cancelled(id)) {
                    return;
                }
                CheckedChunk chunk = next;
                writers.write(before -> chunks.process(id, chunk, before));
            }
            writers.finish();
        } catch (ChunkRefusedException e) {
            LOG.info(() -> "Import " + id + " stopped: " + e.getMessage());
            jobs.fail(id, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Import " + id + " failed", e);
            jobs.fail(id, rootMessage(e));
        }
    }

    /**
     * Three chunks written at once, unless duplicates update parties: then one at a time, since two chunks could
     * otherwise update the same party by different keys at the same time.
     */
    private static int writers(ImportJob job) {
        return job.getDuplicates() == DuplicatePolicy.UPDATE ? 1 : WRITERS;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
