package it.callcenter.simulators;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An SMS centre speaking SMPP 3.4 on 127.0.0.1, made with jsmpp's server session: it accepts the binds of one system
 * id and password, answers each {@code submit_sm} with a message id (or a refusal), sends the delivery receipt the
 * submit asked for after {@link Settings#receiptDelay()} ({@code deliver_sm} with the receipt text and the
 * {@code receipted_message_id} and {@code message_state} TLVs), and delivers what a phone sends back
 * ({@link #replyFrom}). It keeps its own limit of submits a second, as a provider does: over it, the submit is
 * refused with {@code ESME_RTHROTTLED}.
 *
 * <p>Number rules (the last two digits of the destination): {@code 99} unknown number, refused at the submit
 * ({@code ESME_RINVDSTADR}); {@code 98} undeliverable (receipt {@code UNDELIV}, error 001); {@code 97} expired
 * (receipt {@code EXPIRED}); every other number is delivered (receipt {@code DELIVRD}).
 */
public final class SmscSimulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SmscSimulator.class.getName());
    private static final int RETRY_RECEIPT_SECONDS = 1;
    private static final int RECEIPT_ATTEMPTS = 120;

    /** How the SMSC behaves: its account, its rate limit, how long a receipt takes. */
    public record Settings(String systemId, String password, int maxPerSecond, Duration receiptDelay) {

        public static Settings defaults() {
            return new Settings("callcenter", "smscdemo", 500, Duration.ofMillis(200));
        }

        public Settings withMaxPerSecond(int limit) {
            return new Settings(systemId, password, limit, receiptDelay);
        }

        public Settings withReceiptDelay(Duration delay) {
            return new Settings(systemId, password, maxPerSecond, delay);
        }
    }

    /** A message as the SMSC took it, its text decoded by the SMSC's own reading of the data coding. */
    public record Received(String messageId, String from, String to, String text, int dataCoding, boolean receiptAsked,
                           Instant at) {
    }

    private final Settings settings;
    private final ServerSocket socket;
    private final SMPPServerSessionListener listener;
    private final ExecutorService binds = Executors.newCachedThreadPool(daemon("smsc-bind"));
    private final ScheduledExecutorService receipts = Executors.newScheduledThreadPool(4, daemon("smsc-receipt"));
    private final List<SMPPServerSession> receivers = new CopyOnWriteArrayList<>();
    private final Map<String, Received> received = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(0x10000);
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong receiptsSent = new AtomicLong();
    private final AtomicInteger peakPerSecond = new AtomicInteger();
    private final Thread acceptor;
    private long currentSecond;
    private int inCurrentSecond;
    private volatile boolean closed;
    private volatile int maxPerSecond;

    private SmscSimulator(int port, Settings settings) throws IOException {
        this.settings = settings;
        this.maxPerSecond = settings.maxPerSecond();
        this.socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.listener = new SMPPServerSessionListener(socket.getLocalPort(), new ServerConnectionFactory() {
            @Override
            public ServerConnection listen(int p) {
                return new ServerSocketConnection(socket);
            }

            @Override
            public ServerConnection listen(int p, int timeout) {
                return listen(p);
            }

            @Override
            public ServerConnection listen(int p, int timeout, int backlog) {
                return listen(p);
            }
        });
        listener.setPduProcessorDegree(4);
        listener.setMessageReceiverListener(new Receiver());
        this.acceptor = new Thread(this::acceptLoop, "smsc-accept-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts the SMSC on 127.0.0.1:{@code port} (0: any free port). */
    public static SmscSimulator start(int port, Settings settings) {
        try {
            return new SmscSimulator(port, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the SMSC on port " + port, e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    public Settings settings() {
        return settings;
    }

    /** The settings that point the application's SMS gateway at this SMSC (system properties). */
    public Map<String, String> serverSettings() {
        return Map.of("callcenter.smpp.host", "127.0.0.1", "callcenter.smpp.port", String.valueOf(port()),
                "callcenter.smpp.system-id", settings.systemId(), "callcenter.smpp.password", settings.password());
    }

    /** Every message taken so far, by the message id the SMSC gave it. */
    public Map<String, Received> received() {
        return Map.copyOf(received);
    }

    /** The messages taken for one number, in the order they came. */
    public List<Received> receivedBy(String to) {
        return received.values().stream().filter(r -> r.to().equals(to))
                .sorted(java.util.Comparator.comparing(Received::at).thenComparing(Received::messageId)).toList();
    }

    public long submitted() {
        return submitted.get();
    }

    public long throttled() {
        return throttled.get();
    }

    public long receiptsSent() {
        return receiptsSent.get();
    }

    /** The most submits the SMSC took in one calendar second. */
    public int peakPerSecond() {
        return peakPerSecond.get();
    }

    /** Whether an application is bound and can be sent receipts and replies. */
    public boolean bound() {
        return receivers.stream().anyMatch(s -> s.getSessionState().isReceivable());
    }

    /** Changes the limit of submits a second while it runs (a test's busy provider); {@link #reset} restores the settings'. */
    public void limitTo(int perSecond) {
        this.maxPerSecond = perSecond;
    }

    /** Forgets what was received and the counts (the rate window too). */
    public synchronized void reset() {
        received.clear();
        submitted.set(0);
        throttled.set(0);
        receiptsSent.set(0);
        peakPerSecond.set(0);
        maxPerSecond = settings.maxPerSecond();
    }

    /**
     * A phone sends {@code text} to {@code to} (the application's sender): delivered to the bound application as a
     * {@code deliver_sm} that is not a receipt, in the default alphabet when it fits, else UCS-2.
     */
    public void replyFrom(String from, String to, String text) {
        byte[] gsm = GsmText.encodeOrNull(text);
        byte[] bytes = gsm != null ? gsm : text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        byte coding = gsm != null ? (byte) 0 : (byte) 0x08;
        SMPPServerSession session = receivers.stream().filter(s -> s.getSessionState().isReceivable()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No application is bound to the SMSC"));
        try {
            session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, digits(from),
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, to, new ESMClass(), (byte) 0, (byte) 0,
                    new RegisteredDelivery(0), DataCodings.newInstance(coding), bytes);
        } catch (Exception e) {
            throw new IllegalStateException("The reply from " + from + " was not taken: " + e.getMessage(), e);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SMPPServerSession session = listener.accept();
                binds.execute(() -> bind(session));
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "SMSC accept failed", e);
                }
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            if (!settings.systemId().equals(request.getSystemId())) {
                request.reject(SMPPConstant.STAT_ESME_RINVSYSID);
                return;
            }
            if (!settings.password().equals(request.getPassword())) {
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
                return;
            }
            request.accept("smsc-sim", InterfaceVersion.IF_34);
            if (request.getBindType() != BindType.BIND_TX) {
                receivers.add(session);
                session.addSessionStateListener((now, before, source) -> {
                    if (!now.isBound()) {
                        receivers.remove(session);
                    }
                });
            }
        } catch (PDUStringException | IOException | java.util.concurrent.TimeoutException | IllegalStateException e) {
            LOG.log(Level.FINE, "SMSC bind failed", e);
            session.close();
        }
    }

    /** Counts the submit in its calendar second; false when the second's limit is reached. */
    private synchronized boolean admit() {
        long second = System.nanoTime() / 1_000_000_000L;
        if (second != currentSecond) {
            currentSecond = second;
            inCurrentSecond = 0;
        }
        if (inCurrentSecond >= maxPerSecond) {
            return false;
        }
        inCurrentSecond++;
        peakPerSecond.accumulateAndGet(inCurrentSecond, Math::max);
        return true;
    }

    private SubmitSmResult submit(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
        if (!admit()) {
            throttled.incrementAndGet();
            throw new ProcessRequestException("throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
        }
        String to = submit.getDestAddress();
        if (to.endsWith("99")) {
            throw new ProcessRequestException("unknown number", SMPPConstant.STAT_ESME_RINVDSTADR);
        }
        byte[] body = submit.getShortMessage();
        OptionalParameter payload = submit.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
        if ((body == null || body.length == 0) && payload instanceof OptionalParameter.OctetString octets) {
            body = octets.getValue();
        }
        String id = Long.toHexString(nextId.incrementAndGet());
        boolean receiptAsked = SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(submit.getRegisteredDelivery())
                || SMSCDeliveryReceipt.SUCCESS.containedIn(submit.getRegisteredDelivery())
                || SMSCDeliveryReceipt.FAILURE.containedIn(submit.getRegisteredDelivery());
        Received taken = new Received(id, submit.getSourceAddr(), to, GsmText.decode(submit.getDataCoding(), body),
                submit.getDataCoding() & 0xff, receiptAsked, Instant.now());
        received.put(id, taken);
        submitted.incrementAndGet();
        if (receiptAsked) {
            receipts.schedule(() -> sendReceipt(taken, session, RECEIPT_ATTEMPTS), settings.receiptDelay().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        try {
            return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
        } catch (PDUStringException e) {
            throw new ProcessRequestException("bad id", SMPPConstant.STAT_ESME_RSYSERR, e);
        }
    }

    /** The receipt, to the session that submitted if it can still take it, else to any bound one; retried a while. */
    private void sendReceipt(Received message, SMPPServerSession preferred, int attemptsLeft) {
        if (closed) {
            return;
        }
        SMPPServerSession session = preferred.getSessionState().isReceivable() ? preferred
                : receivers.stream().filter(s -> s.getSessionState().isReceivable()).findFirst().orElse(null);
        try {
            if (session == null) {
                throw new IllegalStateException("no bound application");
            }
            DeliveryReceiptState state = message.to().endsWith("98") ? DeliveryReceiptState.UNDELIV
                    : message.to().endsWith("97") ? DeliveryReceiptState.EXPIRED : DeliveryReceiptState.DELIVRD;
            String error = state == DeliveryReceiptState.UNDELIV ? "001" : "000";
            Date now = new Date();
            DeliveryReceipt receipt = new DeliveryReceipt(message.messageId(), 1,
                    state == DeliveryReceiptState.DELIVRD ? 1 : 0, Date.from(message.at()), now, state, error,
                    message.text().length() > 20 ? message.text().substring(0, 20) : message.text());
            session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, message.to(),
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, message.from() == null ? "" : message.from(),
                    new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                    (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO,
                    receipt.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    new OptionalParameter.COctetString(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID.code(), message.messageId()),
                    new OptionalParameter.Byte(OptionalParameter.Tag.MESSAGE_STATE, messageState(state)));
            receiptsSent.incrementAndGet();
        } catch (Exception e) {
            if (attemptsLeft > 1 && !closed) {
                receipts.schedule(() -> sendReceipt(message, preferred, attemptsLeft - 1), RETRY_RECEIPT_SECONDS,
                        TimeUnit.SECONDS);
            } else {
                LOG.warning(() -> "Receipt of " + message.messageId() + " given up: " + e.getMessage());
            }
        }
    }

    /** SMPP 3.4 §5.2.28: 2 delivered, 3 expired, 5 undeliverable. */
    private static byte messageState(DeliveryReceiptState state) {
        return switch (state) {
            case DELIVRD -> 2;
            case EXPIRED -> 3;
            case DELETED -> 4;
            case UNDELIV -> 5;
            case ACCEPTD -> 6;
            case REJECTD -> 8;
            default -> 7;
        };
    }

    private static String digits(String number) {
        return number.startsWith("+") ? number.substring(1) : number;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        closed = true;
        for (SMPPServerSession session : new ArrayList<>(receivers)) {
            session.unbindAndClose();
        }
        try {
            listener.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "SMSC close", e);
        }
        receipts.shutdownNow();
        binds.shutdownNow();
    }

    @Override
    public String toString() {
        return "SMSC simulator on 127.0.0.1:" + port();
    }

    private final class Receiver implements ServerMessageReceiverListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
            return submit(submitSm, source);
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("submit_multi not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("query_sm not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("replace_sm not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("cancel_sm not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(org.jsmpp.bean.BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("broadcast_sm not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancel, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("cancel_broadcast_sm not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm query, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("query_broadcast_sm not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
