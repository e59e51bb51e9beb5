package it.callcenter.telephony.asterisk;

import it.callcenter.telephony.Pbx;
import it.callcenter.telephony.PbxEvent;
import it.callcenter.telephony.PbxException;
import it.callcenter.telephony.PbxListener;
import it.callcenter.telephony.TelephonyConfiguration;
import it.callcenter.telephony.TelephonySettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ManagerEventListenerProxy;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The PBX over Asterisk's manager interface, one {@link ManagerConnection} per node, opened at start from the settings
 * ({@link TelephonySettings}). The first login is tried every {@value #RETRY_SECONDS} s until it works; after that
 * Asterisk-Java reconnects by itself (10 tries 50 ms apart, then every 5 s). The connection counts as up from the
 * moment it is logged in again until it drops: then {@link PbxEvent.Connected} starts the reconciliation of calls.
 *
 * <p>Events: the calls' events are translated ({@link AsteriskEvents}) and handed to the {@link PbxListener} straight
 * from Asterisk-Java's event thread, in order and without waiting (the listener queues them). Connect and disconnect
 * go through a {@link ManagerEventListenerProxy}, on its own thread, since what follows them sends actions.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AsteriskPbx implements Pbx {

    static final int RETRY_SECONDS = 5;
    private static final long ACTION_TIMEOUT_MILLIS = 5_000;
    private static final Logger LOG = Logger.getLogger(AsteriskPbx.class.getName());

    @Inject
    private PbxListener listener;

    @Inject
    private TelephonyConfiguration configuration;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile ManagerConnection connection;
    private volatile boolean up;
    private volatile boolean stopped;
    private ManagerEventListenerProxy lifecycle;
    private volatile ScheduledFuture<?> firstLogin;

    @PostConstruct
    void start() {
        TelephonySettings settings = configuration.settings();
        if (!settings.configured()) {
            LOG.info("No PBX configured (callcenter.ami.host): telephony stays DOWN");
            return;
        }
        connection = new ManagerConnectionFactory(settings.host(), settings.port(), settings.username(), settings.secret())
                .createManagerConnection();
        connection.addEventListener(this::onCallEvent);
        lifecycle = new ManagerEventListenerProxy(this::onLifecycleEvent);
        connection.addEventListener(lifecycle);
        LOG.info(() -> "Connecting to the PBX at " + settings.host() + ":" + settings.port());
        firstLogin = scheduler.schedule(this::firstLogin, 0, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (firstLogin != null) {
            firstLogin.cancel(false);
        }
        ManagerConnection current = connection;
        if (current != null && current.getState() == ManagerConnectionState.CONNECTED) {
            try {
                current.logoff();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Logoff failed", e);
            }
        }
        if (lifecycle != null) {
            lifecycle.shutdown();
        }
    }

    /** Until the first login works; from then on Asterisk-Java keeps the connection. */
    private void firstLogin() {
        if (stopped) {
            return;
        }
        try {
            connection.login();
            announceWhenConnected();
        } catch (Exception e) {
            LOG.warning(() -> "Cannot log in to the PBX (" + e.getMessage() + "); trying again in " + RETRY_SECONDS + " s");
            if (!stopped) {
                firstLogin = scheduler.schedule(this::firstLogin, RETRY_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    private void onCallEvent(ManagerEvent event) {
        AsteriskEvents.of(event).ifPresent(translated -> {
            try {
                listener.on(translated);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "PBX event lost: " + translated, e);
            }
        });
    }

    private void onLifecycleEvent(ManagerEvent event) {
        if (event instanceof ConnectEvent) {
            announceWhenConnected();
        } else if (event instanceof DisconnectEvent && up) {
            up = false;
            listener.on(new PbxEvent.Disconnected(Instant.now()));
        }
    }

    /** The ConnectEvent comes before the login of a reconnect is done: wait for it, then say the PBX is up once. */
    private void announceWhenConnected() {
        announceWhenConnected(System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
    }

    /** Looked at again on the container's scheduler every 20 ms until the login is done, at most until the deadline. */
    private synchronized void announceWhenConnected(long deadline) {
        if (stopped) {
            return;
        }
        if (connection.getState() == ManagerConnectionState.CONNECTED) {
            if (!up) {
                up = true;
                LOG.info("Logged in to the PBX");
                listener.on(new PbxEvent.Connected(Instant.now()));
            }
        } else if (System.nanoTime() < deadline) {
            scheduler.schedule(() -> announceWhenConnected(deadline), 20, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public boolean isUp() {
        ManagerConnection current = connection;
        return up && current != null && current.getState() == ManagerConnectionState.CONNECTED;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void originate(Originate originate) throws PbxException {
        OriginateAction action = new OriginateAction();
        action.setActionId(originate.actionId());
        action.setChannel(originate.channel());
        action.setContext(originate.context());
        action.setExten(originate.exten());
        action.setPriority(1);
        action.setTimeout(originate.timeout().toMillis());
        action.setAsync(true);
        if (originate.callerId() != null) {
            action.setCallerId(originate.callerId());
        }
        action.setVariables(originate.variables());
        send(action);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void hangup(String channel) throws PbxException {
        send(new HangupAction(channel));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void redirect(String channel, String context, String exten) throws PbxException {
        send(new RedirectAction(channel, context, exten, 1));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean pause(String queue, String iface, boolean paused, String reason) throws PbxException {
        QueuePauseAction action = new QueuePauseAction(iface, queue, paused);
        if (paused && reason != null) {
            action.setReason(reason);
        }
        try {
            send(action);
            return true;
        } catch (PbxException e) {
            if (e.refused() && e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("not found")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LiveChannel> channels() throws PbxException {
        ManagerConnection current = connected();
        try {
            ResponseEvents answer = current.sendEventGeneratingAction(new CoreShowChannelsAction(), 10_000);
            if (answer.getResponse() instanceof ManagerError error) {
                throw new PbxException(error.getMessage(), true, null);
            }
            return answer.getEvents().stream().filter(CoreShowChannelEvent.class::isInstance)
                    .map(CoreShowChannelEvent.class::cast)
                    .map(c -> new LiveChannel(c.getChannel(), c.getUniqueid(), c.getLinkedid())).toList();
        } catch (IOException | org.asteriskjava.manager.EventTimeoutException | IllegalStateException e) {
            throw new PbxException("CoreShowChannels failed: " + e.getMessage(), false, e);
        }
    }

    private ManagerResponse send(ManagerAction action) throws PbxException {
        ManagerConnection current = connected();
        ManagerResponse response;
        try {
            response = current.sendAction(action, ACTION_TIMEOUT_MILLIS);
        } catch (IOException | org.asteriskjava.manager.TimeoutException | IllegalStateException e) {
            throw new PbxException(action.getAction() + " failed: " + e.getMessage(), false, e);
        }
        if (response == null) {
            throw new PbxException(action.getAction() + ": no answer", false, null);
        }
        if (response instanceof ManagerError || "Error".equalsIgnoreCase(response.getResponse())) {
            throw new PbxException(response.getMessage(), true, null);
        }
        return response;
    }

    private ManagerConnection connected() throws PbxException {
        ManagerConnection current = connection;
        if (current == null || !isUp()) {
            throw new PbxException("Not connected to the PBX", false, null);
        }
        return current;
    }
}
