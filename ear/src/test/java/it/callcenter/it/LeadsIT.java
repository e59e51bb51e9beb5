package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Web-to-lead end to end: an administrator creates a lead source on its screen, then a web site posts to
 * {@code /api/public/leads} with no user at all. Each rate-limited test gets a source of its own, so that the
 * posts of one test do not spend another's budget.
 */
@ExtendWith(TestServer.class)
class LeadsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    private static String key;
    private static String spareKey;

    private final Api anonymous = Api.anonymous();
    private final Api supervisor = Api.as("supervisor", "demo");

    @BeforeAll
    static void anAdministratorCreatesTheSourcesOnTheScreen() {
        try (Browser browser = new Browser()) {
            browser.loginSuccessfully("admin", "demo");
            browser.openFromMenu("menu-leadSources");
            key = create(browser, "Sito fotovoltaico " + System.nanoTime(), "Pompe di calore\nFotovoltaico", "operator2");
            String snippet = browser.driver.findElement(By.id("sources:snippet")).getAttribute("value");
            assertTrue(snippet.contains("<form method=\"post\""), snippet);
            assertTrue(snippet.contains("/callcenter/api/public/leads?key=" + key), snippet);
            spareKey = create(browser, "Pagina promozioni " + System.nanoTime(), "", null);
        }
    }

    private static String create(Browser browser, String name, String interests, String owner) {
        browser.type(By.id("sources:name"), name);
        if (!interests.isEmpty()) {
            browser.type(By.id("sources:defaultInterests"), interests);
        }
        if (owner != null) {
            browser.pickSelectOne("sources:defaultOwner", owner);
        }
        browser.driver.findElement(By.id("sources:create")).click();
        browser.awaitText(By.id("sources:shownPanel"), name);
        browser.awaitText(By.id("sources:table"), name);
        String shown = browser.await(By.id("sources:key")).getText().strip();
        assertEquals(32, shown.length(), shown);
        return shown;
    }

    @Test
    void aFormPostCreatesThePersonWithTheSourcesInterestsOwnerAndConsent() throws SQLException {
        String mobile = PartiesIT.newMobile();
        Api.Reply reply = anonymous.postForm("/public/leads?key=" + key, form(Map.of("firstName", "Lucia", "lastName", "Ferri",
                "mobile", mobile, "email", "lucia.ferri@example.it", "postalCode", "20121", "marketing", "on", "website", "")), JSON_TYPE);
        assertEquals(201, reply.status(), reply.body());
        assertTrue(reply.json().get("received").asBoolean(), reply.body());

        List<Long> ids = partiesWithMobile(mobile);
        assertEquals(1, ids.size());
        JsonNode party = supervisor.get("/parties/" + ids.get(0)).json();
        assertEquals("Ferri Lucia", party.get("displayName").asText());
        assertTrue(texts(party.get("interests")).containsAll(List.of("Pompe di calore", "Fotovoltaico")), party.toString());
        assertEquals(List.of("operator2"), texts(party.get("owners")));
        assertEquals("ALL", party.get("visibility").asText());
        assertTrue(party.get("consents").get("marketing").asBoolean());
        assertFalse(party.get("consents").get("profiling").asBoolean());
        assertEquals("anonymous", party.get("createdBy").asText(), "no user posted it: the registry records the web's anonymous caller");
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(
                "SELECT source FROM consent_change WHERE party_id = ? AND consent = 'MARKETING' AND granted")) {
            query.setLong(1, ids.get(0));
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "the marketing consent is in the history");
                assertEquals("WEB_LEAD", rows.getString(1));
            }
        }
    }

    @Test
    void aBrowserPostingThePastedFormGetsAThankYouPage() {
        Api.Reply reply = anonymous.postForm("/public/leads?key=" + key, form(Map.of("firstName", "Ugo", "lastName", "Lenti",
                "mobile", PartiesIT.newMobile())), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(201, reply.status(), reply.body());
        assertTrue(reply.body().contains("Grazie"), reply.body());
    }

    @Test
    void aJsonPostCreatesACompanyAndTheSameMobileAgainCreatesNothing() {
        String mobile = PartiesIT.newMobile();
        ObjectNode lead = JSON.createObjectNode().put("companyName", "Serramenti Bianchi Srl").put("vatNumber", newVatNumber())
                .put("mobile", mobile).put("comune", "015146").put("marketing", false);
        Api.Reply created = anonymous.post("/public/leads?key=" + key, lead.toString());
        assertEquals(201, created.status(), created.body());
        List<Long> ids = partiesWithMobile(mobile);
        assertEquals(1, ids.size());
        JsonNode party = supervisor.get("/parties/" + ids.get(0)).json();
        assertEquals("COMPANY", party.get("type").asText());
        assertEquals("Milano", party.get("address").get("comune").asText());

        Api.Reply again = anonymous.post("/public/leads?key=" + key,
                JSON.createObjectNode().put("firstName", "Marco").put("lastName", "Bianchi").put("mobile", "+39 " + mobile).toString());
        assertEquals(201, again.status(), again.body());
        assertEquals(created.body(), again.body(), "a stranger cannot tell a known mobile from a new one");
        assertEquals(ids, partiesWithMobile(mobile), "no second party");
    }

    @Test
    void anUnknownOrRetiredKeyIs403() {
        String person = JSON.createObjectNode().put("firstName", "Ada").put("lastName", "Neri").put("mobile", PartiesIT.newMobile()).toString();
        Api.Reply unknown = anonymous.post("/public/leads?key=not-a-key", person);
        assertEquals(403, unknown.status(), unknown.body());
        assertEquals("UNKNOWN_LEAD_SOURCE", unknown.json().get("errors").get(0).get("code").asText());
        assertEquals(403, anonymous.post("/public/leads", person).status(), "no key at all");
        assertEquals(403, anonymous.download("/public/leads/form.html?key=not-a-key").status());

        String retiredKey = createRetiredSource();
        assertEquals(403, anonymous.post("/public/leads?key=" + retiredKey, person).status());
    }

    @Test
    void anInvalidMobileIs422NamingTheFormsField() {
        Api.Reply reply = anonymous.postForm("/public/leads?key=" + key,
                form(Map.of("firstName", "Piero", "lastName", "Sala", "mobile", "12ab")), JSON_TYPE);
        assertEquals(422, reply.status(), reply.body());
        JsonNode error = reply.json().get("errors").get(0);
        assertEquals("mobile", error.get("field").asText(), reply.body());
        assertFalse(error.get("message").asText().isBlank());

        Api.Reply noMobile = anonymous.post("/public/leads?key=" + key,
                JSON.createObjectNode().put("firstName", "Piero").put("lastName", "Sala").toString());
        assertEquals(422, noMobile.status(), noMobile.body());
        assertEquals("mobile", noMobile.json().get("errors").get(0).get("field").asText(), noMobile.body());
    }

    @Test
    void aFilledHoneypotIsAnsweredAsUsualButSavesNothing() {
        String mobile = PartiesIT.newMobile();
        Api.Reply reply = anonymous.postForm("/public/leads?key=" + key, form(Map.of("firstName", "Bot", "lastName", "Spam",
                "mobile", mobile, "website", "http://spam.example")), JSON_TYPE);
        assertEquals(201, reply.status(), reply.body());
        assertTrue(reply.json().get("received").asBoolean());
        assertTrue(partiesWithMobile(mobile).isEmpty());
    }

    @Test
    void overThirtyPostsAMinuteIs429() {
        String bot = form(Map.of("firstName", "Bot", "lastName", "Spam", "mobile", PartiesIT.newMobile(), "website", "x"));
        for (int i = 0; i < 30; i++) {
            assertEquals(201, anonymous.postForm("/public/leads?key=" + spareKey, bot, JSON_TYPE).status(), "post " + (i + 1));
        }
        Api.Reply refused = anonymous.postForm("/public/leads?key=" + spareKey, bot, JSON_TYPE);
        assertEquals(429, refused.status(), refused.body());
        assertEquals("TOO_MANY_LEADS", refused.json().get("errors").get(0).get("code").asText());
        assertEquals(201, anonymous.postForm("/public/leads?key=" + key, bot, JSON_TYPE).status(), "another source is not limited");
    }

    @Test
    void theSnippetOfAValidKeyIsAReadyForm() {
        Api.Download snippet = anonymous.download("/public/leads/form.html?key=" + key);
        assertEquals(200, snippet.status());
        assertTrue(snippet.contentType().startsWith("text/html"), snippet.contentType());
        String html = snippet.text();
        assertTrue(html.contains("<form method=\"post\" action=\"" + TestServer.baseUrl() + "/api/public/leads?key=" + key + "\""), html);
        assertTrue(html.contains("name=\"website\""), "the honeypot");
        assertTrue(html.contains("name=\"marketing\""), "the marketing consent");
        assertTrue(html.contains("Cellulare"), "Italian labels");
        assertTrue(html.contains("l&#39;informativa"), "labels are escaped");
    }

    private static String createRetiredSource() {
        try (Browser browser = new Browser()) {
            browser.loginSuccessfully("admin", "demo");
            browser.open("/admin/lead-sources.xhtml");
            String name = "Da ritirare " + System.nanoTime();
            String retired = create(browser, name, "", null);
            browser.driver.findElement(By.xpath("//tr[td[contains(., '" + name + "')]]//button[contains(@id, ':retire')]")).click();
            browser.awaitText(By.id("sources:messages"), "Modulo \u00ab" + name + "\u00bb disattivato");
            return retired;
        }
    }

    /** A partita IVA no other test uses: random number, the Milan office (015), the right check digit. */
    private static String newVatNumber() {
        String digits = String.format("%07d", (System.nanoTime() / 1000) % 10_000_000) + "015";
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = digits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : (digit * 2 > 9 ? digit * 2 - 9 : digit * 2);
        }
        return digits + (10 - sum % 10) % 10;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<Long> partiesWithMobile(String mobile) {
        String e164 = "+39" + mobile.replace(" ", "");
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(
                "SELECT party_id FROM party_contact WHERE kind = 'MOBILE' AND search_key = ? ORDER BY party_id")) {
            query.setString(1, e164);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
    }
}
