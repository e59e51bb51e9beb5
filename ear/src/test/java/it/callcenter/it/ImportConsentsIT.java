package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 through {@code /imports}: the six consents in the forms real lists write them, with their date and source
 * in the consent history (source IMPORT, the file, the importing user); an UPDATE that records only the consents it
 * changes; a campaign that needs the marketing consent filled with the imported parties that gave it; custom fields,
 * status, rating, owners and a note.
 */
@ExtendWith(TestServer.class)
class ImportConsentsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final Api supervisor = Api.as("supervisor", "demo");
    private final String run = "Cons" + ImportIT.letters(System.nanoTime());

    @Test
    void everyFormOfAConsentIsReadAndAnUnknownOneRefusedWithItsReason() {
        Map<String, Boolean> forms = new LinkedHashMap<>();
        for (String given : List.of("S", "si", "S\u00ec", "X", "1", "true", "VERO", "Y", " yes ")) {
            forms.put(given, true);
        }
        for (String notGiven : List.of("N", "NO", "", "0", "false", "Falso", "n")) {
            forms.put(notGiven, false);
        }
        StringBuilder csv = new StringBuilder("Cognome;Nome;Cellulare;Consenso marketing;Promozioni\r\n");
        List<String> names = new ArrayList<>();
        int i = 0;
        for (String form : forms.keySet()) {
            String lastName = run + ImportIT.letters(++i);
            names.add(lastName);
            csv.append(lastName).append(";Mario;").append(PartiesIT.newMobile()).append(';').append(form).append(';').append(form)
                    .append("\r\n");
        }
        csv.append(run).append("zz;Mario;").append(PartiesIT.newMobile()).append(";forse;S\r\n");

        JsonNode job = ImportParityIT.Imports.run(supervisor, csv.toString().getBytes(StandardCharsets.UTF_8), "SKIP");
        assertEquals(forms.size(), job.get("created").asLong(), job.toString());
        assertEquals(1, job.get("rejected").asLong(), job.toString());
        assertEquals(forms.size() + 2, job.get("errors").get(0).get("line").asLong(), job.toString());
        assertEquals("consentMarketing: INVALID_CONSENT", job.get("errors").get(0).get("message").asText(), job.toString());
        i = 0;
        for (Map.Entry<String, Boolean> form : forms.entrySet()) {
            JsonNode consents = card(only(names.get(i++))).get("consents");
            assertEquals(form.getValue(), consents.get("marketing").asBoolean(), "'" + form.getKey() + "': " + consents);
            assertEquals(form.getValue(), consents.get("promotions").asBoolean(), "'" + form.getKey() + "': " + consents);
            assertEquals(false, consents.get("profiling").asBoolean(), consents.toString());
        }
        String rejected = supervisor.download("/imports/" + job.get("id").asLong() + "/rejected.csv").text();
        assertTrue(rejected.contains("Consenso marketing: Valore del consenso non riconosciuto"), rejected);
    }

    @Test
    void anUpdateRecordsTheConsentsItChangesAndNothingForTheOthers() {
        String lastName = run + "upd";
        String mobile = PartiesIT.newMobile();
        ObjectNode party = PartiesIT.person("Anna", lastName, mobile);
        party.putObject("consents").put("marketing", true).put("thirdParties", true).put("profiling", false);
        Api.Reply created = Api.as("operator1", "demo").post("/parties", party.toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        String csv = "Cognome;Nome;Cellulare;Consenso marketing;Consenso terzi;Consenso profilazione;Data consenso;Fonte consenso\r\n"
                + lastName + ";Anna;" + mobile + ";S;N;S;12/03/2021 09:30;modulo cartaceo negozio\r\n";

        JsonNode job = ImportParityIT.Imports.run(supervisor, csv.getBytes(StandardCharsets.UTF_8), "UPDATE");
        assertEquals(1, job.get("updated").asLong(), job.toString());
        JsonNode consents = card(id).get("consents");
        assertEquals(true, consents.get("marketing").asBoolean(), consents.toString());
        assertEquals(false, consents.get("thirdParties").asBoolean(), consents.toString());
        assertEquals(true, consents.get("profiling").asBoolean(), consents.toString());

        List<JsonNode> imported = importedChanges(id);
        assertEquals(2, imported.size(), history(id).toString());
        String when = LocalDateTime.of(2021, 3, 12, 9, 30).atZone(ROME).toInstant().toString();
        assertEquals("thirdParties false " + when + " supervisor modulo cartaceo negozio", line(imported.get(0)));
        assertEquals("profiling true " + when + " supervisor modulo cartaceo negozio", line(imported.get(1)));
        assertTrue(imported.get(0).get("reference").asText().startsWith("parity.csv (import "), imported.get(0).toString());
        assertEquals(4, history(id).size(), "two from the API's create, the two the import changed: " + history(id));

        ImportParityIT.Imports.run(supervisor, csv.getBytes(StandardCharsets.UTF_8), "UPDATE");
        assertEquals(2, importedChanges(id).size(), "the same file again changes nothing: " + history(id));
    }

    @Test
    void aCampaignThatNeedsTheMarketingConsentIsFilledWithTheImportedPartiesThatGaveIt() {
        StringBuilder csv = new StringBuilder("Cognome;Nome;Cellulare;Indirizzo;Comune;Provincia;Interessi;Privacy marketing\r\n");
        String[] marketing = {"S", "s", "SI", "N", "", "S"};
        for (int i = 0; i < marketing.length; i++) {
            csv.append(run).append(ImportIT.letters(100 + i)).append(";Luca;").append(PartiesIT.newMobile())
                    .append(";Frazione 1;Allein;AO;").append(run).append(';').append(marketing[i]).append("\r\n");
        }
        JsonNode job = ImportParityIT.Imports.run(supervisor, csv.toString().getBytes(StandardCharsets.UTF_8), "SKIP");
        assertEquals(6, job.get("created").asLong(), job.toString());

        long campaign = supervisor.post("/campaigns", JSON.createObjectNode().put("name", run + "-mkt")
                .put("requiredConsent", "MARKETING").toString()).json().get("id").asLong();
        ObjectNode criteria = JSON.createObjectNode();
        criteria.putArray("comuni").add(CampaignsIT.ALLEIN);
        criteria.putArray("interests").add(run);
        JsonNode preview = supervisor.post("/campaigns/" + campaign + "/preview", criteria.toString()).json();
        assertEquals(4, preview.get("count").asLong(), preview.toString());
        assertEquals(2, preview.get("excluded").get("noConsent").asLong(), preview.toString());
        JsonNode fill = supervisor.post("/campaigns/" + campaign + "/fill", criteria.toString()).json();
        assertEquals(4, fill.get("added").asLong(), fill.toString());
    }

    @Test
    void customFieldsStatusRatingOwnersAndANote() throws SQLException {
        String code = "ramo" + System.nanoTime() % 1_000_000_000L;
        String label = "Ramo " + run;
        execute("INSERT INTO custom_field (id, code, label, type, applies_to, required, choices, position)"
                + " VALUES (nextval('configuration_seq'), ?, ?, 'CHOICE', 'BOTH', false, ?, 99)", code, label, "Commercio\nEdilizia");
        try {
            String csv = "Cognome;Nome;Cellulare;" + label + ";Stato cliente;Valutazione;Responsabili;Note\r\n"
                    + run + "ok;Sara;" + PartiesIT.newMobile() + ";edilizia;Ex cliente;b - buono;operator1, operator2;\"Richiamare\r\ndopo le 18\"\r\n"
                    + run + "ra;Sara;" + PartiesIT.newMobile() + ";;;Z - Pessimo;;\r\n"
                    + run + "ow;Sara;" + PartiesIT.newMobile() + ";;;;nessuno;\r\n"
                    + run + "ch;Sara;" + PartiesIT.newMobile() + ";Fumetti;;;;\r\n"
                    + run + "st;Sara;" + PartiesIT.newMobile() + ";;Italia;;;\r\n";
            JsonNode job = ImportParityIT.Imports.run(supervisor, csv.getBytes(StandardCharsets.UTF_8), "SKIP");
            assertEquals(1, job.get("created").asLong(), job.toString());
            List<String> reasons = new ArrayList<>();
            job.get("errors").forEach(e -> reasons.add(e.get("message").asText()));
            assertEquals(List.of("rating: UNKNOWN_RATING", "owners: UNKNOWN_USER", "customFields." + code + ": INVALID_VALUE",
                    "status: UNKNOWN_STATUS"), reasons);

            // the field was added behind the server's back: the card's custom fields are kept a second in its memory
            long ok = only(run + "ok");
            JsonNode card = await().atMost(Duration.ofSeconds(10)).until(() -> card(ok), c -> c.get("customFields").has(code));
            assertEquals("Edilizia", card.get("customFields").get(code).asText(), card.toString());
            assertEquals("FORMER_CUSTOMER", card.get("status").asText(), card.toString());
            assertEquals("B - Buono", card.get("rating").asText(), card.toString());
            assertEquals("[\"operator1\",\"operator2\"]", card.get("owners").toString(), card.toString());
            assertEquals("Richiamare\ndopo le 18", card.get("note").asText(), card.toString());
            String rejected = supervisor.download("/imports/" + job.get("id").asLong() + "/rejected.csv").text();
            assertTrue(rejected.contains("Valutazione: Valutazione non presente nella lista"), rejected);
            assertTrue(rejected.contains("Campo personalizzato " + code + ": "), rejected);
        } finally {
            execute("UPDATE custom_field SET active = false WHERE code = ?", code);
        }
    }

    private static String line(JsonNode change) {
        return change.get("consent").asText() + " " + change.get("granted").asBoolean() + " " + change.get("changedAt").asText()
                + " " + change.get("changedBy").asText() + " " + change.get("detail").asText();
    }

    private List<JsonNode> importedChanges(long id) {
        List<JsonNode> imported = new ArrayList<>();
        history(id).forEach(c -> {
            if (c.get("source").asText().equals("IMPORT")) {
                imported.add(c);
            }
        });
        return imported;
    }

    private JsonNode history(long id) {
        return supervisor.get("/parties/" + id + "/export").json().get("consentHistory");
    }

    private JsonNode card(long id) {
        return supervisor.get("/parties/" + id).json();
    }

    private long only(String lastName) {
        JsonNode found = supervisor.get("/parties?q=" + URLEncoder.encode(lastName, StandardCharsets.UTF_8)).json();
        assertEquals(1, found.get("total").asLong(), lastName + ": " + found);
        return found.get("items").get(0).get("id").asLong();
    }

    private static void execute(String sql, Object... values) throws SQLException {
        try (Connection db = DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
