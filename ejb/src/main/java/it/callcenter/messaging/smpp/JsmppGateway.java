package it.callcenter.messaging.smpp;

import it.callcenter.messaging.GatewayInbox;
import it.callcenter.messaging.MessagingConfiguration;
import it.callcenter.messaging.MessagingSettings;
import it.callcenter.messaging.SendFailure;
import it.callcenter.messaging.SmsGateway;
import it.callcenter.messaging.SmsText;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.InvalidDeliveryReceiptException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SMS centre over SMPP 3.4 (jsmpp), bound at start from the settings ({@code callcenter.smpp.*}) and bound again
 * {@value #RETRY_SECONDS} s after the session closes (the centre restarted, the network dropped). Each submit asks for
 * a delivery receipt; a text longer than one segment travels whole in the {@code message_payload} TLV (the centre
 * splits it and bills the segments). What the centre delivers is handed to {@link GatewayInbox} before it is answered:
 * receipts (id from {@code receipted_message_id}, state from {@code message_state}, else from the receipt's text) and
 * replies from phones; a refusal to store makes the centre deliver it again.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JsmppGateway implements SmsGateway {

    static final int RETRY_SECONDS = 5;
    private static final int SHORT_MESSAGE_MAX = 254;
    private static final Logger LOG = Logger.getLogger(JsmppGateway.class.getName());

    @Inject
    private MessagingConfiguration configuration;

    @EJB
    private GatewayInbox inbox;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile SMPPSession transmitter;
    private volatile SMPPSession receiver;
    private volatile boolean stopped;
    private volatile ScheduledFuture<?> reconnect;

    @PostConstruct
    void start() {
        MessagingSettings settings = configuration.settings();
        if (!settings.smsConfigured()) {
            LOG.info("No SMS centre configured (callcenter.smpp.host): SMS wait in the queue");
            return;
        }
        LOG.info(() -> "Binding to the SMS centre at " + settings.smppHost() + ":" + settings.smppPort());
        reconnect = scheduler.schedule(this::bind, 0, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (reconnect != null) {
            reconnect.cancel(false);
        }
        close(transmitter);
        close(receiver);
    }

    @Override
    public boolean isUp() {
        SMPPSession session = transmitter;
        SMPPSession rx = receiver;
        return session != null && session.getSessionState().isTransmittable()
                && (!configuration.settings().separateBinds() || rx != null && rx.getSessionState().isReceivable());
    }

    @Override
    public String submit(String to, SmsText text) throws SendFailure {
        SMPPSession session = transmitter;
        if (session == null || !session.getSessionState().isTransmittable()) {
            throw new SendFailure("SMPP_NOT_BOUND", false);
        }
        MessagingSettings settings = configuration.settings();
        byte[] bytes = text.bytes();
        boolean payload = bytes.length > SHORT_MESSAGE_MAX || text.segments() > 1;
        String source = settings.sourceAddress();
        boolean numeric = source.replace("+", "").chars().allMatch(Character::isDigit);
        try {
            return session.submitShortMessage(settings.systemType(),
                    numeric ? TypeOfNumber.INTERNATIONAL : TypeOfNumber.ALPHANUMERIC,
                    numeric ? NumberingPlanIndicator.ISDN : NumberingPlanIndicator.UNKNOWN, source.replace("+", ""),
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, to.replace("+", ""), new ESMClass(),
                    (byte) 0, (byte) 1, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                    DataCodings.newInstance(text.encoding().dataCoding()), (byte) 0, payload ? new byte[0] : bytes,
                    payload ? new OptionalParameter[]{new OptionalParameter.OctetString(
                            OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), bytes)} : new OptionalParameter[0])
                    .getMessageId();
        } catch (NegativeResponseException e) {
            throw refusal(e.getCommandStatus());
        } catch (ResponseTimeoutException e) {
            throw new SendFailure("SMPP_TIMEOUT", false, e);
        } catch (PDUException e) {
            throw new SendFailure("SMPP_PDU " + e.getMessage(), true, e);
        } catch (InvalidResponseException | IOException e) {
            throw new SendFailure("SMPP_IO " + e.getMessage(), false, e);
        }
    }

    /** The centre's refusal: throttling, a full queue or its own trouble pass; a wrong number or text does not. */
    static SendFailure refusal(int status) {
        return switch (status) {
            case SMPPConstant.STAT_ESME_RTHROTTLED -> new SendFailure("ESME_RTHROTTLED", false);
            case SMPPConstant.STAT_ESME_RMSGQFUL -> new SendFailure("ESME_RMSGQFUL", false);
            case SMPPConstant.STAT_ESME_RSYSERR -> new SendFailure("ESME_RSYSERR", false);
            case SMPPConstant.STAT_ESME_RSUBMITFAIL -> new SendFailure("ESME_RSUBMITFAIL", false);
            case SMPPConstant.STAT_ESME_RINVDSTADR -> new SendFailure("ESME_RINVDSTADR", true);
            default -> new SendFailure(String.format("ESME_%08X", status), true);
        };
    }

    private void bind() {
        if (stopped) {
            return;
        }
        MessagingSettings settings = configuration.settings();
        try {
            if (settings.separateBinds()) {
                SMPPSession rx = open(settings, BindType.BIND_RX);
                receiver = rx;
                transmitter = open(settings, BindType.BIND_TX);
            } else {
                transmitter = open(settings, BindType.BIND_TRX);
            }
            LOG.info(() -> "Bound to the SMS centre at " + settings.smppHost() + ":" + settings.smppPort());
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Cannot bind to the SMS centre (" + e.getMessage() + "); trying again in " + RETRY_SECONDS + " s");
            close(transmitter);
            close(receiver);
            scheduleBind();
        }
    }

    private SMPPSession open(MessagingSettings settings, BindType type) throws IOException {
        SMPPSession session = new SMPPSession();
        session.setEnquireLinkTimer(30_000);
        session.setTransactionTimer(10_000);
        session.setPduProcessorDegree(4);
        if (type != BindType.BIND_TX) {
            session.setMessageReceiverListener(new Receiver());
        }
        session.connectAndBind(settings.smppHost(), settings.smppPort(), new BindParameter(type, settings.systemId(),
                settings.password(), settings.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null), 10_000);
        session.addSessionStateListener((now, before, source) -> {
            if (!now.isBound() && !stopped && before.isBound()) {
                LOG.warning(() -> "The SMS centre's session closed (" + type + "); binding again in " + RETRY_SECONDS + " s");
                close(transmitter);
                close(receiver);
                scheduleBind();
            }
        });
        return session;
    }

    private synchronized void scheduleBind() {
        if (!stopped && (reconnect == null || reconnect.isDone())) {
            reconnect = scheduler.schedule(this::bind, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static void close(SMPPSession session) {
        if (session != null && session.getSessionState().isNotClosed()) {
            try {
                session.unbindAndClose();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Closing the SMPP session", e);
            }
        }
    }

    private void onDeliver(DeliverSm deliver) throws ProcessRequestException {
        try {
            if (deliver.isSmscDeliveryReceipt()) {
                receipt(deliver);
            } else {
                byte[] bytes = deliver.getShortMessage();
                OptionalParameter payload = deliver.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
                if ((bytes == null || bytes.length == 0) && payload instanceof OptionalParameter.OctetString octets) {
                    bytes = octets.getValue();
                }
                String from = deliver.getSourceAddr();
                if (deliver.getSourceAddrTon() == TypeOfNumber.INTERNATIONAL.value() && !from.startsWith("+")) {
                    from = "+" + from;
                }
                inbox.reply(from, deliver.getDestAddress(), SmsText.decode(deliver.getDataCoding(), bytes));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A delivery from the SMS centre was not stored; the centre delivers it again", e);
            throw new ProcessRequestException("not stored", SMPPConstant.STAT_ESME_RSYSERR);
        }
    }

    private void receipt(DeliverSm deliver) {
        String id = null;
        String status = null;
        String error = null;
        try {
            DeliveryReceipt receipt = deliver.getShortMessageAsDeliveryReceipt();
            id = receipt.getId();
            status = receipt.getFinalStatus() == null ? null : receipt.getFinalStatus().name();
            error = receipt.getError();
        } catch (InvalidDeliveryReceiptException e) {
            LOG.log(Level.FINE, "A receipt without its text", e);
        }
        if (deliver.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID) instanceof OptionalParameter.OctetString tlv) {
            id = new String(tlv.getValue(), StandardCharsets.US_ASCII).replace("\0", "");
        }
        if (deliver.getOptionalParameter(OptionalParameter.Tag.MESSAGE_STATE) instanceof OptionalParameter.Byte state) {
            status = ReceiptStatus.ofMessageState(state.getValue());
        }
        if (id == null || status == null || !ReceiptStatus.isFinal(status)) {
            return;
        }
        inbox.receipt(id, ReceiptStatus.DELIVERED.equals(status), status, error);
    }

    private final class Receiver implements MessageReceiverListener {
        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            onDeliver(deliverSm);
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
