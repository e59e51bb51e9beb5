package it.callcenter.platform;

import it.callcenter.BusinessException;
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
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the background jobs the screens queue ({@link WorkJobs}: a fill, an RPO return), up to {@value #WORKERS} at
 * once on managed threads, as the imports are run ({@code ImportRunner}): each claimed in the database for this node,
 * kept by a heartbeat every {@value #HEARTBEAT_SECONDS} s; a job whose node stopped beating for
 * {@code callcenter.jobs.takeover-seconds} (default {@value #DEFAULT_TAKEOVER_SECONDS}) is taken over by another node,
 * which runs it again (its handler's work is idempotent, and what it had not committed was rolled back with its
 * node). At startup the jobs this node left RUNNING are queued again; a node that stops cleanly hands its jobs back.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkRunner {

    private static final Logger LOG = Logger.getLogger(WorkRunner.class.getName());
    static final int WORKERS = 2;
    static final int HEARTBEAT_SECONDS = 5;
    static final int DEFAULT_TAKEOVER_SECONDS = 30;
    /** The code of a job that broke (not refused): its screen says it did not succeed and may be started again. */
    public static final String FAILED = "JOB_FAILED";

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private WorkJobs jobs;

    @Inject
    @Any
    private Instance<WorkHandler> handlers;

    private final AtomicInteger workers = new AtomicInteger();
    /** The jobs this node runs now. */
    private final Set<Long> current = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private ScheduledFuture<?> heartbeat;

    @PostConstruct
    void start() {
        int resumed = jobs.requeueInterrupted(Node.name());
        if (resumed > 0) {
            LOG.info(() -> resumed + " interrupted background job(s) queued again");
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
        for (long id : current) {
            try {
                jobs.release(id, Node.name());
                LOG.info(() -> "Background job " + id + " handed back to the queue: this node is stopping");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Background job " + id + " could not be handed back; another node takes it over"
                        + " when its heartbeat is old enough", e);
            }
        }
    }

    private void beat() {
        for (long id : current) {
            try {
                if (!jobs.beat(id, Node.name())) {
                    LOG.info(() -> "Background job " + id + " is no longer this node's to run");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Heartbeat of background job " + id + " failed", e);
            }
        }
    }

    static int takeoverSeconds() {
        return Integer.getInteger("callcenter.jobs.takeover-seconds", DEFAULT_TAKEOVER_SECONDS);
    }

    /** Starts a worker unless {@value #WORKERS} are at work already; a worker stops when nothing is left to claim. */
    public void kick() {
        while (!stopping) {
            int now = workers.get();
            if (now >= WORKERS) {
                return;
            }
            if (workers.compareAndSet(now, now + 1)) {
                executor.submit(this::drain);
                return;
            }
        }
    }

    /** For a kick lost while a worker was finishing, and to take over the jobs of a node that died. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void poll() {
        kick();
    }

    private void drain() {
        try {
            while (!stopping) {
                Optional<WorkJob> next = jobs.claim(Node.name(), takeoverSeconds());
                if (next.isEmpty()) {
                    break;
                }
                WorkJob job = next.get();
                if (job.takenOverFrom() != null) {
                    LOG.warning(() -> "Background job " + job.id() + " (" + job.kind() + ") taken over from node "
                            + job.takenOverFrom() + " (no heartbeat): it runs again here");
                }
                current.add(job.id());
                try {
                    run(job);
                } finally {
                    current.remove(job.id());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Background job worker stopped", e);
        } finally {
            workers.decrementAndGet();
        }
    }

    private void run(WorkJob job) {
        try {
            handler(job.kind()).run(job);
        } catch (WorkLost e) {
            LOG.info(() -> "Background job " + job.id() + " stopped: another node took it over");
        } catch (BusinessException e) {
            Object[] arguments = e.arguments();
            jobs.fail(job.id(), Node.name(), e.code(), arguments.length == 0 ? null : String.valueOf(arguments[0]));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Background job " + job.id() + " (" + job.kind() + ") failed", e);
            jobs.fail(job.id(), Node.name(), FAILED, null);
        }
    }

    private WorkHandler handler(String kind) {
        return handlers.stream().filter(h -> h.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No handler for background jobs of kind " + kind));
    }
}
