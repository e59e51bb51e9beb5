package it.callcenter.messaging;

import it.callcenter.platform.JobClaims;
import it.callcenter.platform.Node;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The senders of this node, one per channel. A sending job's run ({@link SmsSending}, {@link EmailSending}) starts
 * its channel's sender on the container's executor when it is not already running, and returns; the sender then works
 * through the queue a batch at a time (about a second of sending each, at the gateway's rate), extending the job's
 * claim before each batch, so no other node starts a second sender of the channel meanwhile. It stops when the queue
 * is empty, the gateway is down, or the claim was lost; the next run starts it again.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Senders {

    private static final Logger LOG = Logger.getLogger(Senders.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private Outbox outbox;

    @EJB
    private JobClaims claims;

    @Inject
    private MessageWriter writer;

    @Inject
    private MessagingConfiguration configuration;

    @Inject
    private SmsGateway sms;

    @Inject
    private MailSender mail;

    private final Map<Channel, AtomicBoolean> running = new EnumMap<>(Map.of(Channel.SMS, new AtomicBoolean(),
            Channel.EMAIL, new AtomicBoolean()));
    private volatile boolean stopped;

    @PreDestroy
    void stop() {
        stopped = true;
    }

    /** Starts the channel's sender unless it runs or has nothing to do; answers what it did, for the job's row. */
    public String start(Channel channel, String job) {
        if (channel == Channel.SMS && !sms.isUp()) {
            return "SMS gateway down";
        }
        if (!outbox.anyDue(channel)) {
            return "nothing due";
        }
        if (!running.get(channel).compareAndSet(false, true)) {
            return "sending";
        }
        try {
            executor.submit(() -> send(channel, job));
        } catch (RuntimeException e) {
            running.get(channel).set(false);
            throw e;
        }
        return "started";
    }

    public boolean isRunning(Channel channel) {
        return running.get(channel).get();
    }

    private void send(Channel channel, String job) {
        MessagingSettings settings = configuration.settings();
        int rate = channel == Channel.SMS ? settings.smsRate() : settings.mailRate();
        Pacer pacer = new Pacer(rate);
        String node = Node.name();
        try {
            while (!stopped && claims.extend(job, node) && (channel != Channel.SMS || sms.isUp())) {
                List<OutgoingMessage> batch = outbox.claim(channel, node, Math.min(rate, 500));
                if (batch.isEmpty()) {
                    break;
                }
                List<SendResult> results = new ArrayList<>(batch.size());
                try {
                    if (channel == Channel.SMS) {
                        sendSms(batch, results, pacer, settings);
                    } else {
                        sendMail(batch, results, pacer, settings);
                    }
                } finally {
                    for (OutgoingMessage left : batch.subList(results.size(), batch.size())) {
                        results.add(SendResult.retry(left, "INTERRUPTED", settings.retryDelay(left.attempts()), false));
                    }
                    outbox.record(results, settings.maxAttempts());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The " + channel + " sender stopped; it starts again at its job's next run", e);
        } finally {
            running.get(channel).set(false);
        }
    }

    private void sendSms(List<OutgoingMessage> batch, List<SendResult> results, Pacer pacer, MessagingSettings settings)
            throws InterruptedException {
        for (OutgoingMessage message : batch) {
            MessageWriter.Sms text;
            try {
                text = writer.sms(message);
            } catch (RuntimeException e) {
                results.add(SendResult.failed(message, "TEMPLATE " + e.getMessage(), null, null, null));
                continue;
            }
            results.add(submit(message, text, pacer, settings));
            if (stopped) {
                return;
            }
        }
    }

    /** One SMS: a throttled submit waits a second and is tried again, twice; then it goes back to the queue. */
    private SendResult submit(OutgoingMessage message, MessageWriter.Sms text, Pacer pacer, MessagingSettings settings)
            throws InterruptedException {
        for (int tries = 0; ; tries++) {
            pacer.awaitSlot();
            try {
                String id = sms.submit(message.address(), text.text());
                return SendResult.sent(message, id, null, text.text().text(), text.text().segments());
            } catch (SendFailure failure) {
                if (failure.permanent()) {
                    return SendResult.failed(message, failure.reason(), null, text.text().text(), text.text().segments());
                }
                if (SmsThrottled.is(failure) && tries < 2) {
                    pacer.backOff();
                    continue;
                }
                return SendResult.retry(message, failure.reason(), settings.retryDelay(message.attempts()),
                        !SmsThrottled.is(failure));
            }
        }
    }

    private void sendMail(List<OutgoingMessage> batch, List<SendResult> results, Pacer pacer, MessagingSettings settings)
            throws InterruptedException {
        MailSender.Batch connection;
        try {
            connection = mail.open();
        } catch (SendFailure failure) {
            batch.forEach(m -> results.add(SendResult.retry(m, failure.reason(), settings.retryDelay(m.attempts()), true)));
            return;
        }
        try (connection) {
            for (OutgoingMessage message : batch) {
                OutgoingMail email;
                try {
                    email = writer.mail(message);
                } catch (RuntimeException e) {
                    results.add(SendResult.failed(message, "TEMPLATE " + e.getMessage(), null, null, null));
                    continue;
                }
                pacer.awaitSlot();
                try {
                    String id = connection.send(email);
                    results.add(SendResult.sent(message, id, email.subject(), email.body(), null));
                } catch (SendFailure failure) {
                    results.add(failure.permanent()
                            ? SendResult.failed(message, failure.reason(), email.subject(), email.body(), null)
                            : SendResult.retry(message, failure.reason(), settings.retryDelay(message.attempts()), true));
                }
                if (stopped) {
                    return;
                }
            }
        }
    }
}
