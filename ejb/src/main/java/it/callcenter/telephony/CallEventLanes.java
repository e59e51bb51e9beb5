package it.callcenter.telephony;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the PBX's events go: {@value #LANES} lanes, each one thread applying its events in order, a call's events
 * always in the same lane (by its Linkedid), so one call is applied in the PBX's order while many calls are applied
 * at once. The adapter hands events over without waiting. A (re)connection starts the reconciliation of the calls in
 * progress on a thread of its own.
 */
@ApplicationScoped
public class CallEventLanes implements PbxListener {

    static final int LANES = 4;
    private static final Logger LOG = Logger.getLogger(CallEventLanes.class.getName());

    @Resource
    private ManagedThreadFactory threads;

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private CallEvents calls;

    @EJB
    private OperatorPause pauses;

    @EJB
    private CallReconciliation reconciliation;

    private ExecutorService[] lanes;

    @PostConstruct
    void start() {
        lanes = new ExecutorService[LANES];
        for (int i = 0; i < LANES; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(threads);
        }
    }

    @PreDestroy
    void stop() {
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
    }

    @Override
    public void on(PbxEvent event) {
        if (event instanceof PbxEvent.Connected connected) {
            LOG.info("Connected to the PBX; reconciling the calls in progress");
            executor.execute(() -> afterConnect(connected));
        } else if (event instanceof PbxEvent.Disconnected) {
            LOG.warning("The connection to the PBX is lost; it reopens by itself");
        } else {
            lane(event.orderKey()).execute(() -> apply(event));
        }
    }

    private ExecutorService lane(String key) {
        return lanes[key == null ? 0 : Math.floorMod(key.hashCode(), LANES)];
    }

    private void apply(PbxEvent event) {
        try {
            if (event instanceof PbxEvent.MemberPaused paused) {
                pauses.pbxSaid(paused);
            } else {
                calls.apply(event);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "PBX event not applied: " + event, e);
        }
    }

    private void afterConnect(PbxEvent.Connected connected) {
        try {
            int ended = reconciliation.reconcile(connected.at());
            int paused = pauses.resyncQueue();
            LOG.info(() -> "Reconciled with the PBX: " + ended + " calls were over meanwhile; " + paused
                    + " paused operators paused in the queue again");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reconciliation with the PBX failed", e);
        }
    }

    /** Waits until every event handed over before this call is applied (at most 30 s). */
    public void drain() {
        CompletableFuture<?>[] done = new CompletableFuture<?>[LANES];
        for (int i = 0; i < LANES; i++) {
            done[i] = CompletableFuture.runAsync(() -> { }, lanes[i]);
        }
        try {
            CompletableFuture.allOf(done).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "The event lanes did not drain", e);
        }
    }
}
