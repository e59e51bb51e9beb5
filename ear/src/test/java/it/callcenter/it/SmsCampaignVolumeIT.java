package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import it.callcenter.simulators.SmscSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static it.callcenter.it.MessageFixture.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An SMS campaign of 10,000 messages through the test SMSC (its own limit {@value TestServer#SMSC_PER_SECOND} a
 * second, the application set to {@value TestServer#SMS_RATE} with {@value TestServer#SMS_WINDOW} submits in flight), every delivery receipt applied: the numbers ending in
 * 97 expire, 98 are undeliverable and 99 are refused at the submit (the SMSC's rules), 100 of each in 1–10,000, so
 * exactly 9,700 are delivered and 300 failed. Prints the figures for BENCHMARKS.md ("Issue 16"): messages a second
 * against the SMSC's limit, the server's memory during the run, and a PostgreSQL baseline measured in the same run
 * (the database work of 10,000 messages alone: the rows written in one statement, then each updated twice, by key,
 * in batches as the sender and the receipts do).
 */
@ExtendWith(TestServer.class)
class SmsCampaignVolumeIT {

    private static final int MESSAGES = 10_000;

    private final MessageFixture f = new MessageFixture("Volume");
    private final SmscSimulator smsc = TestServer.smsc();

    @Test
    void tenThousandSmsGoThroughTheCentreWithEveryReceiptApplied() throws Exception {
        long template = f.create(f.person("Nadia", "Tanti", MessageFixture.mobile(), "marketing", "promotions"));
        MessageFixture.execute("DELETE FROM party_contact WHERE party_id = ?", template);
        MessageFixture.copies(template, MESSAGES);
        long campaign = f.createCampaign(f.campaign("SMS", "PROMOTIONS", null, "Ciao {nome}, i saldi sono iniziati!"));
        JsonNode preview = f.preview(campaign);
        assertEquals(MESSAGES, preview.get("count").asLong(), preview.toString());
        assertEquals(1, preview.get("excluded").get("noAddress").asLong(), "the template party, its mobile removed: " + preview);

        long baselineNanos = postgresBaseline();
        long submittedBefore = smsc.submitted();
        long receiptsBefore = smsc.receiptsSent();
        long rssBefore = ServerJvm.residentBytes();
        AtomicLong heapPeak = new AtomicLong();
        AtomicLong rssPeak = new AtomicLong(rssBefore);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleWithFixedDelay(() -> {
            heapPeak.accumulateAndGet(ServerJvm.heapUsed(), Math::max);
            rssPeak.accumulateAndGet(ServerJvm.residentBytes(), Math::max);
        }, 0, 1, TimeUnit.SECONDS);
        long started = System.nanoTime();
        JsonNode done;
        try {
            f.send(campaign);
            done = f.awaitDone(campaign, Duration.ofMinutes(6));
        } finally {
            sampler.shutdownNow();
        }
        long elapsedNanos = System.nanoTime() - started;

        assertEquals(MESSAGES, done.get("total").asLong(), done.toString());
        assertEquals(9_700, done.get("delivered").asLong(), done.toString());
        assertEquals(300, done.get("failed").asLong(), done.toString());
        assertEquals("100", single("SELECT count(*) FROM message WHERE campaign_id = ? AND address LIKE '%99'"
                + " AND state = 'FAILED'", campaign), "refused at the submit");
        assertEquals("200", single("SELECT count(*) FROM message WHERE campaign_id = ? AND state = 'FAILED'"
                + " AND gateway_id IS NOT NULL", campaign), "failed by their receipt (UNDELIV, EXPIRED)");
        assertEquals(9_900, smsc.submitted() - submittedBefore, "each accepted message submitted once");
        assertEquals(9_900, smsc.receiptsSent() - receiptsBefore);
        assertTrue(smsc.peakPerSecond() <= TestServer.SMSC_PER_SECOND);

        double sendSeconds = Double.parseDouble(single("SELECT extract(epoch FROM max(sent_at) - min(sent_at))"
                + " FROM message WHERE campaign_id = ? AND sent_at IS NOT NULL", campaign));
        double perSecond = 9_900 / Math.max(0.001, sendSeconds);
        System.out.printf("%n[Issue 16 benchmark] %d SMS: first to last submit %.1f s = %.0f SMS/s (application rate %d/s,"
                        + " window %d, SMSC limit %d/s: %.2f of the limit; SMSC peak %d in one second, throttled %d);"
                        + " send to DONE with every receipt %.1f s; PostgreSQL baseline (the rows alone) %.2f s,"
                        + " ratio %.1f; server heap peak %d MB, RSS %d -> peak %d MB%n",
                MESSAGES, sendSeconds, perSecond, TestServer.SMS_RATE, TestServer.SMS_WINDOW, TestServer.SMSC_PER_SECOND,
                perSecond / TestServer.SMSC_PER_SECOND, smsc.peakPerSecond(), smsc.throttled(),
                elapsedNanos / 1e9, baselineNanos / 1e9, (double) elapsedNanos / baselineNanos,
                heapPeak.get() >> 20, rssBefore >> 20, rssPeak.get() >> 20);
        // one submit at a time (one round trip a message) made about a third of the limit; the window reaches most of it
        assertTrue(perSecond >= TestServer.SMSC_PER_SECOND / 2.0, "submits in flight together: " + perSecond + " a second");
    }

    /** The database work of 10,000 messages alone, in a table shaped as {@code message}: written, then two updates each. */
    private static long postgresBaseline() throws Exception {
        try (Connection db = MessageFixture.connect()) {
            db.createStatement().execute("CREATE TEMP TABLE baseline_message (LIKE message INCLUDING DEFAULTS)");
            long started = System.nanoTime();
            db.createStatement().execute("INSERT INTO baseline_message (id, automation, automation_key, party_id, channel,"
                    + " purpose, address, state) SELECT n, 'BIRTHDAY', n::text, 1, 'SMS', 'PROMOTIONS', '+39339' || n, 'QUEUED'"
                    + " FROM generate_series(1, " + MESSAGES + ") n");
            db.createStatement().execute("ALTER TABLE baseline_message ADD PRIMARY KEY (id)");
            for (String update : new String[] {"UPDATE baseline_message SET state = 'SENT', gateway_id = ?, sent_at = now() WHERE id = ?",
                    "UPDATE baseline_message SET state = 'DELIVERED', done_at = now() WHERE id = ? AND gateway_id = ?"}) {
                db.setAutoCommit(false);
                try (PreparedStatement statement = db.prepareStatement(update)) {
                    for (int n = 1; n <= MESSAGES; n++) {
                        if (update.contains("gateway_id = ?,")) {
                            statement.setString(1, Integer.toHexString(n));
                            statement.setLong(2, n);
                        } else {
                            statement.setLong(1, n);
                            statement.setString(2, Integer.toHexString(n));
                        }
                        statement.addBatch();
                        if (n % 500 == 0) {
                            statement.executeBatch();
                            db.commit();
                        }
                    }
                }
                db.setAutoCommit(true);
            }
            long elapsed = System.nanoTime() - started;
            db.createStatement().execute("DROP TABLE baseline_message");
            return elapsed;
        }
    }
}
