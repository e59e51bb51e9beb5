package it.callcenter.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@value #TICK_SECONDS} seconds, tries to claim each background job's due run ({@link JobClaims}) and runs
 * the ones it got. Each node ticks; the claim in the database decides who runs. A failed run is logged and tried
 * again at its next interval.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class JobTicker {

    static final int TICK_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(JobTicker.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private JobClaims claims;

    @Inject
    @Any
    private Instance<BackgroundJob> jobs;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void start() {
        jobs.forEach(job -> claims.register(job.name(), job.intervalSeconds()));
        ticking = scheduler.scheduleWithFixedDelay(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void tick() {
        List<BackgroundJob> all = jobs.stream().toList();
        for (BackgroundJob job : all) {
            try {
                if (claims.claim(job.name(), Node.name())) {
                    claims.finished(job.name(), job.run());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Background job " + job.name() + " failed; it runs again at its next interval", e);
            }
        }
    }
}
