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
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The senders of this node, one per channel. A sending job's run ({@link SmsSending}, {@link EmailSending}) starts
 * its channel's sender on the container's executor when it is not already running, and returns; the sender then works
 * through the queue a batch at a time (about a second of sending each, at the gateway's rate), extending the job's
 * claim before each batch, so no other node starts a second sender of the channel meanwhile. It stops when the queue
 * is empty, the gateway is down, or the claim was lost; the next run starts it again.
 *
 * <p>The SMS sender keeps an SMPP window: {@code callcenter.smpp.window} threads of its own submit on the one bind at
 * once, so that many submits wait for their {@code submit_sm_resp} together (one at a time, a sender makes one round
 * trip a message, far under the centre's limit); all of them share one {@link Pacer}, so the rate holds. A batch's
 * results are written together once its last submit is answered.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Senders {

    private static final Logger LOG = Logger.getLogger(Senders.class.getName());
    static final int THROTTLED_TRIES = 10;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedThreadFactory threads;

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
        ExecutorService window = channel == Channel.SMS ? Executors.newFixedThreadPool(settings.smsWindow(), threads) : null;
        try {
            while (!stopped && claims.extend(job, node) && (channel != Channel.SMS || sms.isUp())) {
                List<OutgoingMessage> batch = outbox.claim(channel, node, Math.min(rate, 500));
                if (batch.isEmpty()) {
                    break;
                }
                SendResult[] results = new SendResult[batch.size()];
                try {
                    if (channel == Channel.SMS) {
                        sendSms(batch, results, pacer, settings, window);
                    } else {
                        sendMail(batch, results, pacer, settings);
                    }
                } finally {
                    List<SendResult> written = new ArrayList<>(batch.size());
                    for (int i = 0; i < results.length; i++) {
                        OutgoingMessage left = batch.get(i);
                        written.add(results[i] != null ? results[i]
                                : SendResult.retry(left, "INTERRUPTED", settings.retryDelay(left.attempts()), false));
                    }
                    outbox.record(written, settings.maxAttempts());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The " + channel + " sender stopped; it starts again at its job's next run", e);
        } finally {
            if (window != null) {
                window.shutdownNow();
            }
            running.get(channel).set(false);
        }
    }

    /**
     * The batch through the window: each message a task of the window's pool (as many threads as the window), each
     * result in its place; returns when every task is done. A message whose task did not run keeps no result.
     */
    private void sendSms(List<OutgoingMessage> batch, SendResult[] results, Pacer pacer, MessagingSettings settings,
                         ExecutorService window) throws InterruptedException {
        List<Future<?>> tasks = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            int index = i;
            OutgoingMessage message = batch.get(i);
            tasks.add(window.submit(() -> {
                if (stopped) {
                    return null;
                }
                MessageWriter.Sms text;
                try {
                    text = writer.sms(message);
                } catch (RuntimeException e) {
                    results[index] = SendResult.failed(message, "TEMPLATE " + e.getMessage(), null, null, null);
                    return null;
                }
                results[index] = submit(message, text, pacer, settings);
                return null;
            }));
        }
        try {
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("An SMS submit failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            // the submits not begun are dropped (their messages go back to the queue); those in flight are let finish,
            // so that what the centre took is written as sent and not sent again
            tasks.forEach(t -> t.cancel(false));
            window.shutdown();
            window.awaitTermination(15, TimeUnit.SECONDS);
            throw e;
        }
    }

    /**
     * One SMS: a throttled submit waits for the pacer's pause and is tried again, up to {@value #THROTTLED_TRIES}
     * times; then it goes back to the queue without counting the attempt.
     */
    private SendResult submit(OutgoingMessage message, MessageWriter.Sms text, Pacer pacer, MessagingSettings settings)
            throws InterruptedException {
        for (int tries = 1; ; tries++) {
            pacer.awaitSlot();
            try {
                String id = sms.submit(message.address(), text.text());
                return SendResult.sent(message, id, null, text.text().text(), text.text().segments());
            } catch (SendFailure failure) {
                if (failure.permanent()) {
                    return SendResult.failed(message, failure.reason(), null, text.text().text(), text.text().segments());
                }
                if (SmsThrottled.is(failure) && tries < THROTTLED_TRIES) {
                    pacer.backOff();
                    continue;
                }
                return SendResult.retry(message, failure.reason(), settings.retryDelay(message.attempts()),
                        !SmsThrottled.is(failure));
            }
        }
    }

    private void sendMail(List<OutgoingMessage> batch, SendResult[] results, Pacer pacer, MessagingSettings settings)
            throws InterruptedException {
        MailSender.Batch connection;
        try {
            connection = mail.open();
        } catch (SendFailure failure) {
            for (int i = 0; i < batch.size(); i++) {
                OutgoingMessage m = batch.get(i);
                results[i] = SendResult.retry(m, failure.reason(), settings.retryDelay(m.attempts()), true);
            }
            return;
        }
        try (connection) {
            for (int i = 0; i < batch.size(); i++) {
                OutgoingMessage message = batch.get(i);
                OutgoingMail email;
                try {
                    email = writer.mail(message);
                } catch (RuntimeException e) {
                    results[i] = SendResult.failed(message, "TEMPLATE " + e.getMessage(), null, null, null);
                    continue;
                }
                pacer.awaitSlot();
                try {
                    String id = connection.send(email);
                    results[i] = SendResult.sent(message, id, email.subject(), email.body(), null);
                } catch (SendFailure failure) {
                    results[i] = failure.permanent()
                            ? SendResult.failed(message, failure.reason(), email.subject(), email.body(), null)
                            : SendResult.retry(message, failure.reason(), settings.retryDelay(message.attempts()), true);
                }
                if (stopped) {
                    return;
                }
            }
        }
    }
}
