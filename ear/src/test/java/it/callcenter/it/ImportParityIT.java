package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.callcenter.BusinessException;
import it.callcenter.registry.FiscalCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The importer's set-based write leaves exactly what the registry's own create leaves: the same card, status
 * history, consent history and audit trail as the same person sent to {@code POST /parties}, recorded as the user
 * who started the import; duplicates found in the registry, in the same chunk and in a later chunk of the file.
 */
@ExtendWith(TestServer.class)
class ImportParityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong MOBILES = new AtomicLong(System.nanoTime() % 9_000_000);
    private static final String HEADER = "Cognome;Nome;Codice fiscale;Cellulare;Operatore;Telefono;Email;Indirizzo;Comune;"
            + "Provincia;CAP;Data di nascita;Sesso;Interessi\r\n";

    private final Api supervisor = Api.as("supervisor", "demo");
    private final Api operator1 = Api.as("operator1", "demo");

    @Test
    void anImportedPartyIsWhatTheApiCreatesForTheSameData() {
        String lastName = "Par" + ImportIT.letters(System.nanoTime());
        String fiscalCode = fiscalCode(lastName);
        String mobile = mobile();
        String csv = HEADER + lastName + ";Niccol\u00f2;" + fiscalCode + ";" + mobile + ";TIM;02 1234567;Niccolo.P@Example.it;"
                + "Via Dante 7;Milano;MI;20121;03/04/1985;m;Sport, Viaggi\r\n";
        JsonNode job = Imports.run(supervisor, csv.getBytes(StandardCharsets.UTF_8), "SKIP");
        assertEquals(1, job.get("created").asLong(), job.toString());

        long imported = onlyParty(lastName);
        ObjectNode same = JSON.createObjectNode().put("type", "PERSON").put("firstName", "Niccol\u00f2")
                .put("lastName", lastName).put("fiscalCode", fiscalCode).put("birthDate", "1985-04-03").put("gender", "m");
        same.putObject("address").put("street", "Via Dante 7").put("comuneIstat", "015146").put("postalCode", "20121");
        ArrayNode contacts = same.putArray("contacts");
        contacts.addObject().put("kind", "MOBILE").put("value", mobile).put("carrier", "TIM");
        contacts.addObject().put("kind", "PHONE").put("value", "02 1234567");
        contacts.addObject().put("kind", "EMAIL").put("value", "Niccolo.P@Example.it");
        same.putArray("interests").add("Sport").add("Viaggi");
        Api.Reply posted = supervisor.post("/parties?allowDuplicate=true", same.toString());
        assertEquals(201, posted.status(), posted.body());
        long created = posted.json().get("id").asLong();

        JsonNode card = supervisor.get("/parties/" + imported).json();
        assertEquals("supervisor", card.get("createdBy").asText(), card.toString());
        assertEquals(withoutIdsAndTimes(supervisor.get("/parties/" + created).json()), withoutIdsAndTimes(card));
        JsonNode fromImport = supervisor.get("/parties/" + imported + "/export").json();
        JsonNode fromApi = supervisor.get("/parties/" + created + "/export").json();
        for (String history : new String[] {"statusHistory", "consentHistory", "audit"}) {
            assertEquals(withoutIdsAndTimes(fromApi.get(history)), withoutIdsAndTimes(fromImport.get(history)), history);
        }
        assertEquals(1, fromImport.get("statusHistory").size(), fromImport.toString());
        assertEquals("CREATE", fromImport.get("audit").get(0).get("action").asText(), fromImport.toString());
        assertEquals("supervisor", fromImport.get("audit").get(0).get("username").asText(), fromImport.toString());
    }

    @Test
    void anImportedPartyWithConsentsIsWhatTheApiCreatesPlusTheProofOfTheConsents() {
        String lastName = "Con" + ImportIT.letters(System.nanoTime());
        String mobile = mobile();
        String csv = "Cognome;Nome;Cellulare;Consenso marketing;Consenso terzi;Consenso profilazione;Compleanno;Benvenuto;"
                + "Promozioni;Data consenso;Fonte consenso;Stato cliente;Valutazione;Responsabili;Note\r\n"
                + lastName + ";Giulia;" + mobile + ";S;N;SI;X;;1;2019-05-03 10:15;modulo web 2019;Interessato;A - Ottimo;"
                + "operator2;Cliente storico\r\n";
        JsonNode job = Imports.run(supervisor, csv.getBytes(StandardCharsets.UTF_8), "SKIP");
        assertEquals(1, job.get("created").asLong(), job.toString());

        long imported = onlyParty(lastName);
        ObjectNode same = JSON.createObjectNode().put("type", "PERSON").put("firstName", "Giulia").put("lastName", lastName)
                .put("status", "INTERESTED").put("rating", "A - Ottimo").put("note", "Cliente storico");
        same.putArray("contacts").addObject().put("kind", "MOBILE").put("value", mobile);
        same.putObject("consents").put("marketing", true).put("thirdParties", false).put("profiling", true)
                .put("birthday", true).put("welcome", false).put("promotions", true);
        same.putArray("owners").add("operator2");
        Api.Reply posted = supervisor.post("/parties?allowDuplicate=true", same.toString());
        assertEquals(201, posted.status(), posted.body());
        long created = posted.json().get("id").asLong();

        assertEquals(withoutIdsAndTimes(supervisor.get("/parties/" + created).json()),
                withoutIdsAndTimes(supervisor.get("/parties/" + imported).json()));
        JsonNode fromImport = supervisor.get("/parties/" + imported + "/export").json();
        JsonNode fromApi = supervisor.get("/parties/" + created + "/export").json();
        for (String history : new String[] {"statusHistory", "audit", "notifications"}) {
            assertEquals(withoutIdsAndTimes(fromApi.get(history)), withoutIdsAndTimes(fromImport.get(history)), history);
        }
        JsonNode consents = fromImport.get("consentHistory");
        assertEquals(withoutProof(fromApi.get("consentHistory")), withoutProof(consents));
        assertEquals(4, consents.size(), consents.toString());
        String given = java.time.LocalDateTime.of(2019, 5, 3, 10, 15).atZone(java.time.ZoneId.of("Europe/Rome")).toInstant().toString();
        for (JsonNode change : consents) {
            assertEquals("IMPORT", change.get("source").asText(), change.toString());
            assertEquals("supervisor", change.get("changedBy").asText(), change.toString());
            assertEquals(given, change.get("changedAt").asText(), change.toString());
            assertEquals("modulo web 2019", change.get("detail").asText(), change.toString());
            assertEquals("parity.csv (import " + job.get("id").asLong() + ")", change.get("reference").asText(), change.toString());
        }
        for (JsonNode change : fromApi.get("consentHistory")) {
            assertEquals("API", change.get("source").asText(), change.toString());
            assertTrue(change.get("detail").isNull() && change.get("reference").isNull(), change.toString());
        }
    }

    private static JsonNode withoutProof(JsonNode history) {
        JsonNode copy = withoutIdsAndTimes(history);
        copy.forEach(c -> ((ObjectNode) c).remove(java.util.List.of("source", "detail", "reference")));
        return copy;
    }

    @Test
    void aPersonTwiceInTheFileIsOnePartyInTheSameChunkAndInALaterOne() {
        String lastName = "Dup" + ImportIT.letters(System.nanoTime());
        StringBuilder csv = new StringBuilder(HEADER);
        String first = mobile();
        String fifth = null;
        for (int row = 1; row <= 1001; row++) {
            String mobile = row == 1 ? first : mobile();
            fifth = row == 5 ? mobile : fifth;
            csv.append(lastName).append(";Nome").append(ImportIT.letters(row)).append(";;").append(mobile).append(";;;;;;;;;;\r\n");
            if (row == 1) {
                csv.append(lastName).append(";Altro;;+39").append(first.replace(" ", "")).append(";;;;;;;;;;\r\n");
            }
        }
        csv.append("Altro").append(lastName).append(";Quinto;;").append(fifth).append(";;;;;;;;;;\r\n");

        JsonNode job = Imports.run(supervisor, csv.toString().getBytes(StandardCharsets.UTF_8), "SKIP");
        assertEquals(1003, job.get("read").asLong(), job.toString());
        assertEquals(1001, job.get("created").asLong(), job.toString());
        assertEquals(2, job.get("skipped").asLong(), job.toString());
        assertEquals(0, job.get("rejected").asLong(), job.toString());
        assertEquals(1001, supervisor.get("/parties?q=" + lastName).json().get("total").asLong());
        assertEquals(1, supervisor.get("/parties?q=" + URLEncoder.encode(fifth, StandardCharsets.UTF_8)).json().get("total").asLong());
    }

    @Test
    void updateAddsToTheRegistrysPartyAndToOneCreatedEarlierInTheSameChunkAsTheImportingUser() {
        String lastName = "Upd" + ImportIT.letters(System.nanoTime());
        String existingMobile = mobile();
        ObjectNode existing = JSON.createObjectNode().put("type", "PERSON").put("firstName", "Esistente").put("lastName", lastName);
        existing.putArray("contacts").addObject().put("kind", "MOBILE").put("value", existingMobile);
        long existingId = operator1.post("/parties", existing.toString()).json().get("id").asLong();
        String newMobile = mobile();
        String csv = HEADER
                + lastName + ";Nuovo;;" + newMobile + ";;;;;;;;;;\r\n"
                + lastName + ";Nuovo;;" + newMobile + ";;;nuovo@example.it;;;;;;;\r\n"
                + lastName + ";Esistente;;" + existingMobile + ";;;esistente@example.it;;;;;;;\r\n";

        JsonNode job = Imports.run(supervisor, csv.getBytes(StandardCharsets.UTF_8), "UPDATE");
        assertEquals(1, job.get("created").asLong(), job.toString());
        assertEquals(2, job.get("updated").asLong(), job.toString());

        JsonNode search = supervisor.get("/parties?q=" + URLEncoder.encode(newMobile, StandardCharsets.UTF_8)).json();
        assertEquals(1, search.get("total").asLong(), search.toString());
        long createdId = search.get("items").get(0).get("id").asLong();
        assertEquals("nuovo@example.it", supervisor.get("/parties/" + createdId).json().get("contacts").get(1).get("value").asText());
        assertEquals("[CREATE supervisor, UPDATE supervisor]", trail(createdId));
        assertEquals("esistente@example.it", supervisor.get("/parties/" + existingId).json().get("contacts").get(1).get("value").asText());
        assertEquals("[CREATE operator1, UPDATE supervisor]", trail(existingId));
    }

    private String trail(long id) {
        StringBuilder trail = new StringBuilder("[");
        supervisor.get("/parties/" + id + "/export").json().get("audit").forEach(a -> trail.append(trail.length() > 1 ? ", " : "")
                .append(a.get("action").asText()).append(' ').append(a.get("username").asText()));
        return trail.append(']').toString();
    }

    private long onlyParty(String lastName) {
        JsonNode found = supervisor.get("/parties?q=" + URLEncoder.encode(lastName, StandardCharsets.UTF_8)).json();
        assertEquals(1, found.get("total").asLong(), found.toString());
        return found.get("items").get(0).get("id").asLong();
    }

    private static JsonNode withoutIdsAndTimes(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(java.util.List.of("id", "createdAt", "updatedAt", "changedAt", "at"));
        }
        node.forEach(ImportParityIT::strip);
    }

    private static String mobile() {
        return String.format("389 %07d", MOBILES.incrementAndGet() % 10_000_000);
    }

    /** A codice fiscale of the right shape whose check character is right, unique with the name's letters 4 to 9. */
    static String fiscalCode(String lastName) {
        String body = lastName.substring(3, 9).toUpperCase() + "85D03F205";
        for (char check = 'A'; check <= 'Z'; check++) {
            try {
                return FiscalCode.of(body + check).value();
            } catch (BusinessException wrongCheck) {
                // the next letter
            }
        }
        throw new IllegalStateException("No check character for " + body);
    }

    /** Runs an import as the given user and waits for its end. */
    static final class Imports {

        private Imports() {
        }

        static JsonNode run(Api user, byte[] file, String duplicates) {
            Api.Reply accepted = user.postMultipart("/imports", Map.of("duplicates", duplicates), "parity.csv", file);
            assertEquals(202, accepted.status(), accepted.body());
            long id = accepted.json().get("id").asLong();
            JsonNode job = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> user.get("/imports/" + id).json(),
                            j -> j.get("state").asText().equals("DONE") || j.get("state").asText().equals("FAILED"));
            assertEquals("DONE", job.get("state").asText(), job.toString());
            return job;
        }
    }
}
