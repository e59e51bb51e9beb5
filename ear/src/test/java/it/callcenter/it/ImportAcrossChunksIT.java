package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Chunks are written side by side (the next while the ones before are still uncommitted), yet the duplicates of a
 * file come out exactly as if its rows had been saved one after the other: a row repeating a row of a chunk before,
 * a row repeating a skipped row's other key (a new party: the skipped row made none), a row repeating a row of the
 * same chunk; with UPDATE, the party made by the chunk before is the one updated.
 */
@ExtendWith(TestServer.class)
class ImportAcrossChunksIT {

    private static final int CHUNK = 1000;
    private static final int ROWS = 3 * CHUNK;

    private final Api supervisor = Api.as("supervisor", "demo");

    /** One file of three chunks: each row a person with its own mobile, but for the rows changed by {@code rows}. */
    private static final class File {
        private final String prefix = "Acr" + ImportIT.letters(System.nanoTime());
        private final long mobileBase = 3_200_000_000L + (System.nanoTime() / 1000 % 40_000) * 10_000;
        private final Map<Integer, String[]> changed = new HashMap<>();

        String lastName(int row) {
            return prefix + ImportIT.letters(row);
        }

        String mobile(int row) {
            return String.valueOf(mobileBase + row);
        }

        /** Row {@code row} gets this codice fiscale, mobile and e-mail instead of its own. */
        void change(int row, String fiscalCode, String mobile, String email) {
            changed.put(row, new String[] {fiscalCode, mobile, email});
        }

        byte[] bytes() {
            StringBuilder csv = new StringBuilder("Cognome;Nome;Codice fiscale;Cellulare;Email\r\n");
            for (int row = 0; row < ROWS; row++) {
                String[] values = changed.getOrDefault(row, new String[] {"", mobile(row), ""});
                csv.append(lastName(row)).append(";Anna;").append(values[0]).append(';').append(values[1]).append(';')
                        .append(values[2]).append("\r\n");
            }
            return csv.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void skippedDuplicatesAcrossChunksAreThoseOfRowsSavedOneAfterTheOther() {
        File file = new File();
        for (int row = CHUNK; row < CHUNK + 100; row++) {
            file.change(row, "", file.mobile(row - 100), "");
        }
        String anotherKey = ImportParityIT.fiscalCode("Acr" + ImportIT.letters(System.nanoTime() + 7));
        file.change(1500, anotherKey, file.mobile(CHUNK - 2), "");
        file.change(1600, anotherKey, file.mobile(1600), "");
        file.change(2100, "", file.mobile(1700), "");
        file.change(2200, "", file.mobile(5000), "");
        file.change(2300, "", file.mobile(5000), "");
        file.change(50, "", file.mobile(10), "");
        file.change(2400, "", file.mobile(500), "");

        JsonNode job = ImportParityIT.Imports.run(supervisor, file.bytes(), "SKIP");

        assertEquals(ROWS, job.get("read").asLong(), job.toString());
        assertEquals(105, job.get("skipped").asLong(), "100 of the chunk before, rows 1500, 2100, 2300, 2400 and 50: " + job);
        assertEquals(ROWS - 105, job.get("created").asLong(), job.toString());
        assertEquals(0, job.get("rejected").asLong(), job.toString());
        assertEquals(ROWS - 105, total(file.prefix.toLowerCase()), "one party a created row, no more");
        JsonNode withTheOtherKey = supervisor.get("/parties?q=" + anotherKey).json();
        assertEquals(1, withTheOtherKey.get("total").asLong(), withTheOtherKey.toString());
        JsonNode card = supervisor.get("/parties/" + withTheOtherKey.get("items").get(0).get("id").asLong()).json();
        assertEquals(file.lastName(1600), card.get("lastName").asText(),
                "row 1500 was skipped, so row 1600 made the party with that codice fiscale");
        assertEquals(1, total(file.mobile(1700)), "row 2100 did not make a second party with row 1700's mobile");
        assertEquals(0, total(file.lastName(2100).toLowerCase()));
        assertEquals(1, total(file.mobile(500)), "row 2400 repeats a row two chunks before");
    }

    @Test
    void anUpdateReachesThePartyThatTheChunkBeforeCreated() {
        File file = new File();
        file.change(CHUNK, "", file.mobile(CHUNK - 1), "seguito@example.it");
        file.change(2 * CHUNK + 5, "", file.mobile(CHUNK + 5), "terzo@example.it");

        JsonNode job = ImportParityIT.Imports.run(supervisor, file.bytes(), "UPDATE");

        assertEquals(ROWS - 2, job.get("created").asLong(), job.toString());
        assertEquals(2, job.get("updated").asLong(), job.toString());
        assertEquals("seguito@example.it", email(file.mobile(CHUNK - 1)));
        assertEquals("terzo@example.it", email(file.mobile(CHUNK + 5)));
        assertEquals(ROWS - 2, total(file.prefix.toLowerCase()));
    }

    private long total(String query) {
        return supervisor.get("/parties?size=1&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json().get("total").asLong();
    }

    private String email(String mobile) {
        JsonNode found = supervisor.get("/parties?q=" + mobile).json();
        assertEquals(1, found.get("total").asLong(), found.toString());
        JsonNode card = supervisor.get("/parties/" + found.get("items").get(0).get("id").asLong()).json();
        for (JsonNode contact : card.get("contacts")) {
            if (contact.get("kind").asText().equals("EMAIL")) {
                return contact.get("value").asText();
            }
        }
        return null;
    }
}
