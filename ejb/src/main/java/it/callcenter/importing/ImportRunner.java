package it.callcenter.importing;

import it.callcenter.platform.Node;
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
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the queued imports one at a time on a managed thread, each claimed in the database for this node
 * ({@link ImportJobs#claim}: with several nodes each job runs on one of them) and kept by a heartbeat every
 * {@value #HEARTBEAT_SECONDS} s; a job whose node stopped beating for {@code callcenter.imports.takeover-seconds}
 * (default {@value #DEFAULT_TAKEOVER_SECONDS}) is taken over by another node, which resumes it from its position. The file is read once per run, a chunk ahead of the
 * writes ({@link ChunksAhead}: the next chunk is mapped and validated on a thread of its own), and the chunks are
 * written three at a time ({@link ChunkWriters}), each by {@link ImportChunk} in its own transaction: on two cores the
 * database then has a chunk to work on while the application prepares, or waits to move the job for, another. At
 * startup the jobs this node left RUNNING (it stopped or died during them) are queued again: their run skips the
 * records already committed and carries on. A node that stops cleanly hands its job back to the queue at once.
 * The file is read from the database ({@link ImportFileStore}), so any node can run any job.
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
    static final int HEARTBEAT_SECONDS = 5;
    static final int DEFAULT_TAKEOVER_SECONDS = 30;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    /** For the thread of each run that reads and checks the next chunk while the current one is written. */
    @Resource
    private ManagedThreadFactory threads;

    @EJB
    private ImportJobs jobs;

    @EJB
    private ImportChunk chunks;

    @EJB
    private ImportFileStore files;

    private final AtomicBoolean running = new AtomicBoolean();
    /** The job this node runs now, 0 when none. */
    private final AtomicLong current = new AtomicLong();
    private volatile boolean stopping;
    private ScheduledFuture<?> heartbeat;

    @PostConstruct
    void resumeInterrupted() {
        int resumed = jobs.requeueInterrupted(Node.name());
        if (resumed > 0) {
            LOG.info(() -> resumed + " interrupted import(s) queued again, to resume from their last committed chunk");
        }
        heartbeat = scheduler.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        kick();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        long id = current.get();
        if (id != 0) {
            try {
                jobs.release(id, Node.name());
                LOG.info(() -> "Import " + id + " handed back to the queue: this node is stopping");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Import " + id + " could not be handed back; another node takes it over when its heartbeat is old enough", e);
            }
        }
    }

    private void beat() {
        long id = current.get();
        try {
            if (id != 0 && !jobs.beat(id, Node.name())) {
                LOG.info(() -> "Import " + id + " is no longer this node's to run");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Heartbeat of import " + id + " failed", e);
        }
    }

    static int takeoverSeconds() {
        return Integer.getInteger("callcenter.imports.takeover-seconds", DEFAULT_TAKEOVER_SECONDS);
    }

    /** Starts the worker unless it is already at work; it stops when the queue is empty. */
    public void kick() {
        if (!stopping && running.compareAndSet(false, true)) {
            executor.submit(this::drain);
        }
    }

    /**
     * In case a kick was lost (the worker was finishing just as a job arrived), for the jobs queued on another node, and
     * to take over the job of a node that died.
     */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void poll() {
        kick();
    }

    private void drain() {
        try {
            while (!stopping) {
                Optional<ImportJobs.Claimed> next = jobs.claim(Node.name(), takeoverSeconds());
                if (next.isEmpty()) {
                    break;
                }
                ImportJob job = next.get().job();
                String from = next.get().takenOverFrom();
                if (from != null) {
                    LOG.warning(() -> "Import " + job.getId() + " taken over from node " + from
                            + " (no heartbeat): it resumes after its record " + job.getPosition());
                }
                current.set(job.getId());
                try {
                    run(job);
                } finally {
                    current.set(0);
                }
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
        try (ImportFiles.Records records = ImportFiles.Records.open(files.open(job), job.format());
             ChunksAhead ahead = new ChunksAhead(records, job.getPosition(), ImportChunk.CHUNK_SIZE,
                     chunks.checker(job, records.header().size(), inFlight - 1)::check,
                     Executors.newSingleThreadExecutor(threads));
             ChunkWriters writers = new ChunkWriters(Executors.newFixedThreadPool(inFlight, threads), inFlight)) {
            for (CheckedChunk next = ahead.next(); next != null; next = ahead.next()) {
                if (stopping || jobs.stopped(id, Node.name())) {
                    return;
                }
                CheckedChunk chunk = next;
                writers.write(before -> chunks.process(id, chunk, before));
            }
            writers.finish();
        } catch (ChunkRefusedException e) {
            LOG.info(() -> "Import " + id + " stopped: " + e.getMessage());
            jobs.fail(id, e.getMessage(), Node.name());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Import " + id + " failed", e);
            jobs.fail(id, rootMessage(e), Node.name());
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
