package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** {@code /imports}: a messy file as Italian Excel writes it, imported in the background with exact counts. */
@ExtendWith(TestServer.class)
class ImportIT {

    private final Api supervisor = Api.as("supervisor", "demo");
    private final Api operator1 = Api.as("operator1", "demo");

    @Test
    void importsAMessyWindows1252FileRejectingTheBadRowsWithTheirLines() throws Exception {
        long run = System.nanoTime();
        String lastName = "Imp" + letters(run);
        String mobile = String.format("347%07d", run % 10_000_000);
        String other = String.format("%07d", run % 10_000_000);
        String csv = "Cognome;Nome;Codice fiscale;Cellulare;Indirizzo;Comune;Provincia;CAP;Note\r\n"
                + lastName + ";Niccol\u00f2;;" + mobile + ";Via Emilia 1;Forl\u00ec;FC;;\"prima riga\r\nseconda \"\"citata\"\"\"\r\n"
                + "\r\n"
                + "Rossi;Mario;;\r\n"
                + "Verdi;Anna;RSSMRA80A01H501X;" + "348" + other + ";;Milano;MI;20121;\r\n"
                + "Neri;Luca;;" + "349" + other + ";;Atlantide;;;\r\n"
                + "Gal" + letters(run + 1) + ";Sara;;" + "340" + other + ";Via Po 3;Roma;RM;;\r\n"
                + "Ter" + letters(run + 2) + ";Pietro;;+39 " + mobile + ";;;;;doppione del cellulare\r\n";
        byte[] file = csv.getBytes(Charset.forName("windows-1252"));

        Api.Reply accepted = supervisor.postMultipart("/imports", Map.of("duplicates", "SKIP"), "clienti.csv", file);
        assertEquals(202, accepted.status(), accepted.body());
        long id = accepted.json().get("id").asLong();

        JsonNode job = awaitEnd(id);
        assertEquals("DONE", job.get("state").asText(), job.toString());
        assertEquals(6, job.get("read").asLong(), job.toString());
        assertEquals(2, job.get("created").asLong(), job.toString());
        assertEquals(0, job.get("updated").asLong(), job.toString());
        assertEquals(1, job.get("skipped").asLong(), job.toString());
        assertEquals(3, job.get("rejected").asLong(), job.toString());
        List<Long> lines = new ArrayList<>();
        job.get("errors").forEach(e -> lines.add(e.get("line").asLong()));
        assertEquals(List.of(5L, 6L, 7L), lines, job.toString());
        assertTrue(job.get("errors").get(0).get("message").asText().contains("COLUMN_COUNT"), job.toString());
        assertTrue(job.get("errors").get(1).get("message").asText().contains("fiscalCode"), job.toString());
        assertTrue(job.get("errors").get(2).get("message").asText().contains("UNKNOWN_COMUNE"), job.toString());
        List<String> trail = AuditTrail.of("IMPORT", id);
        assertEquals(2, trail.size(), trail.toString());
        assertTrue(trail.get(0).matches("CREATE supervisor file=clienti\\.csv,duplicates=SKIP,(estimatedRows|rows)=\\d+"), trail.toString());
        assertEquals("UPDATE supervisor state=DONE,file=clienti.csv,read=6,created=2,updated=0,skipped=1,rejected=3", trail.get(1));

        JsonNode found = supervisor.get("/parties?q=" + URLEncoder.encode(lastName, StandardCharsets.UTF_8)).json();
        assertEquals(1, found.get("total").asLong(), found.toString());
        JsonNode party = found.get("items").get(0);
        assertEquals("Forl\u00ec", party.get("comune").asText(), party.toString());
        assertEquals("FC", party.get("provinceAbbr").asText(), party.toString());

        Api.Download rejected = supervisor.download("/imports/" + id + "/rejected.csv");
        assertEquals(200, rejected.status());
        String text = rejected.text();
        assertTrue(text.startsWith("\uFEFFCognome;Nome;Codice fiscale;Cellulare;Indirizzo;Comune;Provincia;CAP;Note;riga;motivo\r\n"), text);
        assertEquals(4, text.split("\r\n").length, text);
        assertTrue(text.contains("Atlantide"), text);
    }

    @Test
    void operatorsMayNotImport() {
        byte[] file = "Cognome;Nome\r\nRossi;Mario\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(403, operator1.postMultipart("/imports", Map.of(), "x.csv", file).status());
        assertEquals(403, operator1.get("/imports/1").status());
    }

    private JsonNode awaitEnd(long id) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> {
                    Api.Reply reply = supervisor.get("/imports/" + id);
                    assertEquals(200, reply.status(), reply.body());
                    return reply.json();
                }, job -> job.get("state").asText().equals("DONE") || job.get("state").asText().equals("FAILED"));
    }

    /** Six letters from a number: names unique per run that the name search finds. */
    static String letters(long seed) {
        StringBuilder text = new StringBuilder();
        long value = Math.abs(seed);
        for (int i = 0; i < 6; i++) {
            text.append((char) ('a' + value % 26));
            value /= 26;
        }
        return text.toString();
    }
}
