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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry through {@code /parties}: the answers and codes API.md fixes. */
@ExtendWith(TestServer.class)
class PartiesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong MOBILES = new AtomicLong(System.nanoTime() % 1_000_000);

    private final Api operator1 = Api.as("operator1", "demo");
    private final Api operator2 = Api.as("operator2", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");

    /** A mobile no other test uses, national form "33x xxx xxxx". */
    static String newMobile() {
        return String.format("338 %03d %04d", MOBILES.get() % 1000, MOBILES.incrementAndGet() % 10_000);
    }

    static ObjectNode person(String firstName, String lastName, String mobile) {
        ObjectNode party = JSON.createObjectNode().put("type", "PERSON").put("firstName", firstName).put("lastName", lastName);
        party.putObject("address").put("street", "Via Roma 1").put("comuneIstat", "015146").put("postalCode", "20121");
        party.putArray("contacts").addObject().put("kind", "MOBILE").put("value", mobile).put("carrier", "TIM");
        party.putObject("consents").put("marketing", true);
        party.putArray("interests").add("Fotovoltaico");
        return party;
    }

    @Test
    void createsAPersonAndAnswersItWithProvinceRegionAndE164() {
        String mobile = newMobile();
        ObjectNode giulia = person("Giulia", "Verdi", mobile);
        ((ObjectNode) giulia.withArray("contacts").get(0)).put("label", "Personale");
        Api.Reply created = operator1.post("/parties", giulia.toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();

        JsonNode party = operator1.get("/parties/" + id).json();
        assertEquals("Verdi Giulia", party.get("displayName").asText());
        assertEquals("MI", party.get("address").get("provinceAbbr").asText());
        assertEquals("Lombardia", party.get("address").get("region").asText());
        assertEquals("Milano", party.get("address").get("comune").asText());
        assertEquals("+39" + mobile.replace(" ", ""), party.get("contacts").get(0).get("value").asText());
        assertEquals("Personale", party.get("contacts").get(0).get("label").asText());
        assertTrue(party.get("consents").get("marketing").asBoolean());
        assertEquals("Fotovoltaico", party.get("interests").get(0).asText());
        assertEquals("NEW", party.get("status").asText());
    }

    @Test
    void invalidInputIs422WithTheFieldAndCreatesNothing() {
        ObjectNode party = person("Carlo", "Neri", newMobile()).put("fiscalCode", "NRICRL80A01H501X");
        party.withArray("contacts").addObject().put("kind", "EMAIL").put("value", "not-an-email");
        Api.Reply reply = operator1.post("/parties", party.toString());
        assertEquals(422, reply.status(), reply.body());
        JsonNode errors = reply.json().get("errors");
        assertTrue(contains(errors, "fiscalCode", "INVALID_CHECK_DIGIT"), errors.toString());
        assertTrue(contains(errors, "contacts[1].value", "INVALID_FORMAT"), errors.toString());
        assertFalse(errors.get(0).get("message").asText().isBlank());
        assertEquals(0, operator1.get("/parties?q=neri%20carlo").json().get("total").asLong());
    }

    @Test
    void aPersonWithoutMobileIsRefused() {
        ObjectNode party = person("Sara", "Bassi", newMobile());
        party.putArray("contacts");
        Api.Reply reply = operator1.post("/parties", party.toString());
        assertEquals(422, reply.status());
        assertTrue(contains(reply.json().get("errors"), "contacts", "MOBILE_REQUIRED"));
    }

    @Test
    void theSameMobileIs409WithTheExistingPartyUnlessAllowed() {
        String mobile = newMobile();
        long first = operator1.post("/parties", person("Anna", "Galli", mobile).toString()).json().get("id").asLong();
        String sameNumberOtherFormat = "+39 " + mobile;
        Api.Reply duplicate = operator1.post("/parties", person("Anna", "Galli", sameNumberOtherFormat).toString());
        assertEquals(409, duplicate.status(), duplicate.body());
        assertEquals(first, duplicate.json().get("existingId").asLong());
        Api.Reply allowed = operator1.post("/parties?allowDuplicate=true", person("Anna", "Galli", sameNumberOtherFormat).toString());
        assertEquals(201, allowed.status(), allowed.body());
    }

    @Test
    void theSameFiscalCodeOrVatNumberIs409() {
        ObjectNode matteo = person("Matteo", "Moretti", newMobile()).put("fiscalCode", "MRTMTT25D09F205Z");
        Api.Reply first = operator1.post("/parties", matteo.toString());
        assertEquals(201, first.status(), first.body());
        Api.Reply again = operator1.post("/parties", person("Matteo", "Moretti", newMobile()).put("fiscalCode", "mrtmtt25d09f205z").toString());
        assertEquals(409, again.status());
        assertEquals(first.json().get("id").asLong(), again.json().get("existingId").asLong());

        ObjectNode company = JSON.createObjectNode().put("type", "COMPANY").put("companyName", "Fiat Spa").put("vatNumber", "00159560366");
        assertEquals(201, operator1.post("/parties", company.toString()).status());
        assertEquals(409, operator1.post("/parties", company.put("vatNumber", "IT 00159560366").toString()).status());
        assertEquals(1, operator1.get("/parties?q=IT00159560366").json().get("total").asLong(), "found by partita IVA");
        assertEquals(1, operator1.get("/parties?q=" + URLEncoder.encode("mrtmtt25d09f205z", StandardCharsets.UTF_8)).json().get("total").asLong(),
                "found by codice fiscale");
    }

    @Test
    void aPartyOutsideTheCallersVisibilityIs404AndNeverFound() {
        ObjectNode party = person("Riservato", "Privato", newMobile()).put("visibility", "OWNERS");
        party.putArray("owners").add("operator1");
        long id = operator1.post("/parties", party.toString()).json().get("id").asLong();

        assertEquals(200, operator1.get("/parties/" + id).status());
        assertEquals(404, operator2.get("/parties/" + id).status());
        assertEquals(404, operator2.put("/parties/" + id, party.put("version", 1).toString()).status());
        assertEquals(0, operator2.get("/parties?q=privato").json().get("total").asLong());
        assertEquals(1, operator1.get("/parties?q=privato").json().get("total").asLong());
        assertEquals(200, supervisor.get("/parties/" + id).status(), "a supervisor sees every party");
        assertEquals(404, operator2.get("/parties/999999999").status());
    }

    @Test
    void aDuplicateOfAPartyTheCallerMayNotSeeIs409WithoutNamingIt() {
        String mobile = newMobile();
        ObjectNode hidden = person("Celata", "Doppia", mobile).put("visibility", "OWNERS");
        hidden.putArray("owners").add("operator2");
        long id = operator2.post("/parties", hidden.toString()).json().get("id").asLong();

        Api.Reply refused = operator1.post("/parties", person("Celata", "Doppia", mobile).toString());
        assertEquals(409, refused.status(), refused.body());
        assertFalse(refused.json().has("existingId"), refused.body());
        assertTrue(contains(refused.json().get("errors"), "mobile", "DUPLICATE"), refused.body());

        Api.Reply named = supervisor.post("/parties", person("Celata", "Doppia", mobile).toString());
        assertEquals(409, named.status(), named.body());
        assertEquals(id, named.json().get("existingId").asLong(), "a supervisor sees every party");
        assertEquals(201, operator1.post("/parties?allowDuplicate=true", person("Celata", "Doppia", mobile).toString()).status());
    }

    @Test
    void aCompanyNamesOnlyTheRepresentativeAndAdministratorsTheCallerMaySeeAndKeepsTheOthers() {
        ObjectNode secret = person("Segreto", "Rappresentante", newMobile()).put("visibility", "OWNERS");
        secret.putArray("owners").add("operator2");
        long hiddenId = operator2.post("/parties", secret.toString()).json().get("id").asLong();
        long visibleId = operator1.post("/parties", person("Palese", "Amministratore", newMobile()).toString()).json().get("id").asLong();
        ObjectNode company = JSON.createObjectNode().put("type", "COMPANY").put("companyName", "Celatrice Srl")
                .put("vatNumber", "00743110157").put("legalRepresentativeId", hiddenId);
        company.putArray("administratorIds").add(hiddenId).add(visibleId);
        Api.Reply created = supervisor.post("/parties?allowDuplicate=true", company.toString());
        assertEquals(201, created.status(), created.body());
        long companyId = created.json().get("id").asLong();

        Api.Reply read = operator1.get("/parties/" + companyId);
        JsonNode card = read.json();
        assertTrue(card.get("legalRepresentativeId").isNull(), read.body());
        assertTrue(card.get("legalRepresentativeName").isNull(), read.body());
        assertTrue(card.get("legalRepresentativeHidden").asBoolean(), read.body());
        assertEquals("[" + visibleId + "]", card.get("administratorIds").toString());
        assertEquals(1, card.get("hiddenAdministrators").asInt());
        assertFalse(read.body().contains("Segreto"), read.body());
        JsonNode full = supervisor.get("/parties/" + companyId).json();
        assertEquals(hiddenId, full.get("legalRepresentativeId").asLong());
        assertEquals("Rappresentante Segreto", full.get("legalRepresentativeName").asText());
        assertFalse(full.get("legalRepresentativeHidden").asBoolean());

        ObjectNode edit = (ObjectNode) card.deepCopy();
        edit.put("companyName", "Celatrice Nuova Srl");
        Api.Reply saved = operator1.put("/parties/" + companyId + "?allowDuplicate=true", edit.toString());
        assertEquals(200, saved.status(), saved.body());
        JsonNode after = supervisor.get("/parties/" + companyId).json();
        assertEquals("Celatrice Nuova Srl", after.get("companyName").asText());
        assertEquals(hiddenId, after.get("legalRepresentativeId").asLong(), "what operator1 was not shown stays");
        assertEquals("[" + Math.min(hiddenId, visibleId) + "," + Math.max(hiddenId, visibleId) + "]",
                after.get("administratorIds").toString());

        edit.put("version", after.get("version").asLong()).put("legalRepresentativeId", visibleId);
        assertEquals(200, operator1.put("/parties/" + companyId + "?allowDuplicate=true", edit.toString()).status());
        assertEquals(visibleId, supervisor.get("/parties/" + companyId).json().get("legalRepresentativeId").asLong(),
                "naming another representative replaces the hidden one");
    }

    @Test
    void ownersAndVisibilityChangeOnlyByAnOwnerOrASupervisor() {
        ObjectNode party = person("Conteso", "Cliente", newMobile());
        party.putArray("owners").add("operator1");
        long id = operator1.post("/parties", party.toString()).json().get("id").asLong();

        ObjectNode takeover = (ObjectNode) operator2.get("/parties/" + id).json().deepCopy();
        takeover.put("lastName", "Preso");
        takeover.putArray("owners").add("operator2");
        Api.Reply refused = operator2.put("/parties/" + id, takeover.toString());
        assertEquals(403, refused.status(), refused.body());
        assertTrue(contains(refused.json().get("errors"), "owners", "OWNERS_CHANGE_FORBIDDEN"), refused.body());
        takeover.putArray("owners").add("operator1");
        takeover.put("visibility", "OWNERS");
        assertEquals(403, operator2.put("/parties/" + id, takeover.toString()).status(), "nor the visibility");
        JsonNode unchanged = operator1.get("/parties/" + id).json();
        assertEquals("Cliente", unchanged.get("lastName").asText(), "nothing of a refused edit is saved");
        assertEquals("[\"operator1\"]", unchanged.get("owners").toString());

        takeover.put("visibility", "ALL");
        assertEquals(200, operator2.put("/parties/" + id, takeover.toString()).status(), "other fields stay open to all");

        ObjectNode byOwner = (ObjectNode) operator1.get("/parties/" + id).json().deepCopy();
        byOwner.putArray("owners").add("operator1").add("operator3");
        assertEquals(200, operator1.put("/parties/" + id, byOwner.toString()).status());
        ObjectNode bySupervisor = (ObjectNode) supervisor.get("/parties/" + id).json().deepCopy();
        bySupervisor.putArray("owners").add("operator2");
        assertEquals(200, supervisor.put("/parties/" + id, bySupervisor.toString()).status());
        assertEquals("[\"operator2\"]", operator2.get("/parties/" + id).json().get("owners").toString());
    }

    @Test
    void aStaleVersionIs409AndChangesNothing() {
        long id = operator1.post("/parties", person("Luca", "Fontana", newMobile()).toString()).json().get("id").asLong();
        JsonNode read = operator1.get("/parties/" + id).json();
        long version = read.get("version").asLong();
        ObjectNode first = person("Luca", "Fontana", read.get("contacts").get(0).get("value").asText());
        first.put("version", version);
        first.with("address").put("street", "Via Dante 2");
        Api.Reply saved = operator1.put("/parties/" + id, first.toString());
        assertEquals(200, saved.status(), saved.body());

        ObjectNode stale = person("Luca", "Fontanelli", read.get("contacts").get(0).get("value").asText()).put("version", version);
        Api.Reply refused = operator2.put("/parties/" + id, stale.toString());
        assertEquals(409, refused.status(), refused.body());
        JsonNode now = operator1.get("/parties/" + id).json();
        assertEquals("Fontana", now.get("lastName").asText());
        assertEquals("Via Dante 2", now.get("address").get("street").asText());
    }

    @Test
    void searchByPhoneInAnyFormatFindsTheE164Number() {
        String mobile = newMobile();
        long id = operator1.post("/parties", person("Elena", "Telefono", mobile).toString()).json().get("id").asLong();
        String digits = mobile.replace(" ", "");
        for (String query : new String[] {mobile, digits, "+39" + digits, "0039 " + mobile, digits.substring(0, 3) + "/" + digits.substring(3)}) {
            JsonNode page = operator1.get("/parties?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json();
            assertEquals(1, page.get("total").asLong(), query);
            assertEquals(id, page.get("items").get(0).get("id").asLong(), query);
        }
    }

    @Test
    void deleteIsForSupervisorsAndKeepsTheInterests() throws SQLException {
        ObjectNode party = person("Da", "Cancellare", newMobile());
        party.withArray("interests").add("Interesse che resta");
        long id = operator1.post("/parties", party.toString()).json().get("id").asLong();
        assertEquals(403, operator1.delete("/parties/" + id).status());
        assertEquals(204, supervisor.delete("/parties/" + id).status());
        assertEquals(404, supervisor.get("/parties/" + id).status());
        try (Connection db = DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
             ResultSet rs = db.createStatement().executeQuery("SELECT count(*) FROM interest WHERE name = 'Interesse che resta'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
        try (Connection db = DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
             ResultSet rs = db.createStatement().executeQuery("SELECT string_agg(action, ',' ORDER BY id) FROM audit_entry"
                     + " WHERE entity_type = 'PARTY' AND entity_id = " + id)) {
            rs.next();
            assertEquals("CREATE,DELETE", rs.getString(1));
        }
    }

    @Test
    void partiesSavedAtOnceWithTheSameNewInterestAreAllSavedAndTheInterestIsOne() throws Exception {
        String interest = "Interesse nuovo " + System.nanoTime();
        int parties = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(parties);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < parties; i++) {
                ObjectNode party = person("Contemporaneo", "N" + i, newMobile());
                party.withArray("interests").add(interest);
                Api caller = i % 2 == 0 ? operator1 : operator2;
                statuses.add(callers.submit(() -> {
                    start.await();
                    return caller.post("/parties?allowDuplicate=true", party.toString()).status();
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertEquals(201, status.get(60, TimeUnit.SECONDS));
            }
        } finally {
            callers.shutdownNow();
        }
        try (Connection db = DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
             PreparedStatement count = db.prepareStatement("SELECT count(*), (SELECT count(*) FROM party_interest pi"
                     + " JOIN interest i ON i.id = pi.interest_id WHERE i.name = ?) FROM interest WHERE name = ?")) {
            count.setString(1, interest);
            count.setString(2, interest);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), "one interest");
                assertEquals(parties, rs.getInt(2), "every party has it");
            }
        }
    }

    private static boolean contains(JsonNode errors, String field, String code) {
        for (JsonNode error : errors) {
            if (field.equals(error.path("field").asText()) && code.equals(error.path("code").asText())) {
                return true;
            }
        }
        return false;
    }
}
