package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server dies (SIGKILL) in the middle of an import: after the restart the job carries on from its last
 * committed chunk, and in the end every row is accounted for once: nobody imported twice, no row lost.
 */
@ExtendWith(TestServer.class)
class ImportCrashIT {

    private static final int ROWS = 120_000;
    /** Every 97th row has a codice fiscale that cannot be valid: rejected. */
    private static final int INVALID_EVERY = 97;
    /** Every 89th row repeats the mobile of the row before it: skipped as a duplicate. */
    private static final int REPEAT_EVERY = 89;

    private final Api supervisor = Api.as("supervisor", "demo");

    @Test
    void aKilledServerResumesTheImportAndEveryRowCountsOnce() {
        long run = System.nanoTime();
        String prefix = "Crash" + ImportIT.letters(run);
        // the 331 block is this test's alone; each run takes another slice of it
        long mobileBase = 3_310_000_000L + Math.floorMod(run, 10_000_000L / ROWS) * (long) ROWS;
        Expected expected = new Expected();
        byte[] file = file(prefix, mobileBase, expected);

        Api.Reply accepted = supervisor.postMultipart("/imports", Map.of("duplicates", "SKIP"), "crash.csv", file);
        assertEquals(202, accepted.status(), accepted.body());
        long id = accepted.json().get("id").asLong();

        JsonNode midway = Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> status(id), job -> job != null && job.get("read").asLong() > 0);
        assertEquals("RUNNING", midway.get("state").asText(), "the import ended before the server could be killed: " + midway);
        TestServer.server().killWildFly();
        TestServer.server().restartWildFly();

        JsonNode done = Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250))
                .until(() -> status(id), job -> job != null && !job.get("state").asText().matches("QUEUED|RUNNING"));
        assertEquals("DONE", done.get("state").asText(), done.toString());
        assertEquals(ROWS, done.get("read").asLong(), done.toString());
        assertEquals(expected.rejected, done.get("rejected").asLong(), done.toString());
        assertEquals(expected.skipped, done.get("skipped").asLong(), done.toString());
        assertEquals(ROWS - expected.rejected - expected.skipped, done.get("created").asLong(), done.toString());

        JsonNode found = supervisor.get("/parties?size=1&q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8)).json();
        assertEquals(ROWS - expected.rejected - expected.skipped, found.get("total").asLong(),
                "parties in the registry after the resumed import");
        String rejected = supervisor.download("/imports/" + id + "/rejected.csv").text();
        assertEquals(expected.rejected + 1, rejected.split("\r\n").length, "the rejected rows, each once, under the header");
        assertTrue(midway.get("read").asLong() < ROWS);
    }

    private static byte[] file(String prefix, long mobileBase, Expected expected) {
        StringBuilder csv = new StringBuilder(ROWS * 48).append("Cognome;Nome;Cellulare;Codice fiscale\r\n");
        for (int row = 1; row <= ROWS; row++) {
            boolean invalid = row % INVALID_EVERY == 0;
            boolean repeat = !invalid && row % REPEAT_EVERY == 0 && (row - 1) % INVALID_EVERY != 0;
            long mobile = mobileBase + (repeat ? row - 1 : row);
            csv.append(prefix).append(ImportIT.letters(row)).append(";Anna;").append(mobile).append(';')
                    .append(invalid ? "RSSMRA80A01H501X" : "").append("\r\n");
            if (invalid) {
                expected.rejected++;
            } else if (repeat) {
                expected.skipped++;
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode status(long id) {
        Api.Reply reply = supervisor.get("/imports/" + id);
        return reply.status() == 200 ? reply.json() : null;
    }

    private static final class Expected {
        long rejected;
        long skipped;
    }
}
