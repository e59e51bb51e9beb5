package it.callcenter.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signals between the nodes of a cluster through PostgreSQL's LISTEN/NOTIFY, the one thing every node reaches: what
 * a node's browsers are told over their websockets (the board changed, an operator's call moved) is told to the
 * browsers of the other nodes too. {@link #publish} sends a signal ({@code pg_notify}, committed at once); each node
 * keeps ONE connection of its pool listening, on a thread of its own, and fires every signal of another node as a
 * {@link ClusterSignal} CDI event, which the web module's push beans pass on to their own sockets (a node's own
 * signals come back to it too and are left out: it told its browsers already). The listening connection is tested
 * every {@value #CHECK_SECONDS} s with no signal and opened again, every second until it works, when it broke (the
 * database restarted); signals sent meanwhile are lost, which a board (read again at the next change, or at its own
 * refresh) and a call bar (read again at the call's next move) survive. One server alone signals to nobody: it
 * neither listens nor publishes (see {@link #CLUSTERED}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterSignals {

    static final String PG_CHANNEL = "callcenter_signal";
    static final int CHECK_SECONDS = 10;
    /**
     * Whether this server is a node of a cluster ({@code callcenter.cluster}, set by cluster.cli): a server alone
     * neither listens (a pooled connection kept) nor publishes (a statement at every push, for nobody).
     */
    static final boolean CLUSTERED = Boolean.getBoolean("callcenter.cluster");
    /** PostgreSQL's limit for a notification's payload is 8000 bytes; a signal is far shorter. */
    static final int MAX_PAYLOAD = 7000;
    private static final Logger LOG = Logger.getLogger(ClusterSignals.class.getName());

    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    @Resource
    private ManagedThreadFactory threads;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private Event<ClusterSignal> signals;

    private volatile boolean stopping;
    private volatile boolean listening;
    private volatile Connection connection;
    private volatile Thread listener;

    @PostConstruct
    void start() {
        if (!CLUSTERED) {
            return;
        }
        startListener();
    }

    /** A thread of its own listens (it waits on the connection all its life); after a failure, a new one a second later. */
    private void startListener() {
        if (stopping) {
            return;
        }
        Thread thread = threads.newThread(this::listen);
        thread.setName("cluster-signals");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** True once this node listens (and while it does): the signals of the other nodes reach it. */
    public boolean listening() {
        return listening;
    }

    /** Tells the other nodes (and this one, which leaves it out) a signal of {@code channel}; never fails its caller. */
    public void publish(String channel, String message) {
        if (!CLUSTERED) {
            return;
        }
        String payload = encode(Node.name(), channel, message);
        if (payload.length() > MAX_PAYLOAD) {
            LOG.warning(() -> "Signal of " + channel + " too long, not sent: " + payload.length() + " characters");
            return;
        }
        try (Connection db = dataSource.getConnection();
             PreparedStatement notify = db.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, PG_CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Signal of " + channel + " not sent to the other nodes", e);
        }
    }

    private void listen() {
        try (Connection db = dataSource.getConnection()) {
            connection = db;
            PGConnection pg = db.unwrap(PGConnection.class);
            try (Statement listen = db.createStatement()) {
                listen.execute("LISTEN " + PG_CHANNEL);
            }
            listening = true;
            LOG.info(() -> "Listening to the other nodes' signals");
            long quietSince = System.nanoTime();
            while (!stopping) {
                PGNotification[] received = pg.getNotifications(1000);
                if (received != null && received.length > 0) {
                    quietSince = System.nanoTime();
                    for (PGNotification notification : received) {
                        deliver(notification.getParameter());
                    }
                } else if (System.nanoTime() - quietSince > CHECK_SECONDS * 1_000_000_000L) {
                    try (Statement check = db.createStatement()) {
                        check.execute("SELECT 1");
                    }
                    quietSince = System.nanoTime();
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (!stopping) {
                LOG.log(Level.WARNING, "Listening to the other nodes' signals stopped; trying again in a second", e);
            }
        } finally {
            listening = false;
            connection = null;
        }
        if (!stopping) {
            try {
                scheduler.schedule(this::startListener, 1, TimeUnit.SECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                // the server is stopping
            }
        }
    }

    private void deliver(String payload) {
        String[] parts = decode(payload);
        if (parts == null || parts[0].equals(Node.name())) {
            return;
        }
        try {
            signals.fire(new ClusterSignal(parts[1], parts[2]));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Signal of " + parts[1] + " from node " + parts[0] + " not passed on", e);
        }
    }

    /** node, channel and message, one a line (a node's and a channel's name have no line break). */
    static String encode(String node, String channel, String message) {
        return node + "\n" + channel + "\n" + (message == null ? "" : message);
    }

    /** The three parts, or null for a payload this application did not send. */
    static String[] decode(String payload) {
        if (payload == null) {
            return null;
        }
        String[] parts = payload.split("\n", 3);
        return parts.length == 3 ? parts : null;
    }
}
