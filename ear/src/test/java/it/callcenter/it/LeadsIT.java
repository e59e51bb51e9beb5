package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * posts of one test do not spend another's budget, and posts from loopback addresses of its own (the whole
 * 127.0.0.0/8 is this machine), so that it does not spend the budget of 127.0.0.1, the other tests' address.
 */
@ExtendWith(TestServer.class)
class LeadsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    private static final String FORM_TYPE = "application/x-www-form-urlencoded";
    private static String key;
    private static String spareKey;
    private static String botKey;

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
            botKey = create(browser, "Pagina contatti " + System.nanoTime(), "", null);
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
                "mobile", mobile, "email", "lucia.ferri@example.it", "postalCode", "20121", "marketing", "on", "website", "",
                "privacy", "true")), JSON_TYPE);
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
                "mobile", PartiesIT.newMobile(), "privacy", "true")), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(201, reply.status(), reply.body());
        assertTrue(reply.body().contains("Grazie"), reply.body());
    }

    @Test
    void aJsonPostCreatesACompanyAndTheSameMobileAgainCreatesNothing() {
        String mobile = PartiesIT.newMobile();
        ObjectNode lead = JSON.createObjectNode().put("companyName", "Serramenti Bianchi Srl").put("vatNumber", newVatNumber())
                .put("mobile", mobile).put("comune", "015146").put("marketing", false).put("privacy", true);
        Api.Reply created = anonymous.post("/public/leads?key=" + key, lead.toString());
        assertEquals(201, created.status(), created.body());
        List<Long> ids = partiesWithMobile(mobile);
        assertEquals(1, ids.size());
        JsonNode party = supervisor.get("/parties/" + ids.get(0)).json();
        assertEquals("COMPANY", party.get("type").asText());
        assertEquals("Milano", party.get("address").get("comune").asText());

        Api.Reply again = anonymous.post("/public/leads?key=" + key,
                JSON.createObjectNode().put("firstName", "Marco").put("lastName", "Bianchi").put("mobile", "+39 " + mobile)
                        .put("privacy", true).toString());
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
    void definingAndRetiringASourceIsAudited() {
        long id = sourceId(key);
        List<String> trail = AuditTrail.of("LEAD_SOURCE", id);
        assertEquals(1, trail.size(), trail.toString());
        assertTrue(trail.get(0).matches("CREATE admin name=Sito fotovoltaico \\d+,defaultInterests=Pompe di calore Fotovoltaico,"
                + "defaultOwner=operator2"), trail.toString());

        long retired = sourceId(createRetiredSource());
        List<String> retiredTrail = AuditTrail.of("LEAD_SOURCE", retired);
        assertEquals(2, retiredTrail.size(), retiredTrail.toString());
        assertTrue(retiredTrail.get(0).startsWith("CREATE admin name=Da ritirare "), retiredTrail.toString());
        assertTrue(retiredTrail.get(1).matches("UPDATE admin retired,name=Da ritirare \\d+"), retiredTrail.toString());
    }

    private static long sourceId(String sourceKey) {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement("SELECT id FROM lead_source WHERE key = ?")) {
            query.setString(1, sourceKey);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "no source with key " + sourceKey);
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anInvalidMobileIs422NamingTheFormsField() {
        Api.Reply reply = anonymous.postForm("/public/leads?key=" + key,
                form(Map.of("firstName", "Piero", "lastName", "Sala", "mobile", "12ab", "privacy", "true")), JSON_TYPE);
        assertEquals(422, reply.status(), reply.body());
        JsonNode error = reply.json().get("errors").get(0);
        assertEquals("mobile", error.get("field").asText(), reply.body());
        assertFalse(error.get("message").asText().isBlank());

        Api.Reply noMobile = anonymous.post("/public/leads?key=" + key,
                JSON.createObjectNode().put("firstName", "Piero").put("lastName", "Sala").put("privacy", true).toString());
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
    void withoutTheAcknowledgementOfThePrivacyNoticeIs422AndNothingIsSaved() {
        String mobile = PartiesIT.newMobile();
        for (String privacy : List.of("", "false")) {
            String fields = form(Map.of("firstName", "Rita", "lastName", "Sordi", "mobile", mobile))
                    + (privacy.isEmpty() ? "" : "&privacy=" + privacy);
            Api.Reply reply = anonymous.postForm("/public/leads?key=" + key, fields, JSON_TYPE);
            assertEquals(422, reply.status(), reply.body());
            JsonNode error = reply.json().get("errors").get(0);
            assertEquals("privacy", error.get("field").asText(), reply.body());
            assertEquals("PRIVACY_NOT_ACKNOWLEDGED", error.get("code").asText(), reply.body());
            assertTrue(error.get("message").asText().contains("informativa"), reply.body());
        }
        Api.Reply json = anonymous.post("/public/leads?key=" + key,
                JSON.createObjectNode().put("firstName", "Rita").put("lastName", "Sordi").put("mobile", mobile).toString());
        assertEquals(422, json.status(), json.body());
        assertEquals("privacy", json.json().get("errors").get(0).get("field").asText(), json.body());
        assertTrue(partiesWithMobile(mobile).isEmpty());
    }

    @Test
    void aWrongKeyIsRefusedBeforeTheBodyIsRead() {
        // 10 MB announced, 64 KB sent: a server that read the body first would wait for the rest and never answer
        RawHttp.Answer refused = RawHttp.post("127.0.0.1", "/public/leads?key=not-a-key", "application/x-www-form-urlencoded",
                10_485_760, "firstName=Bot&".repeat(4_700).getBytes(StandardCharsets.UTF_8), 10_000);
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.body().contains("UNKNOWN_LEAD_SOURCE"), refused.body());
    }

    @Test
    void aBodyOver16KbIs413() {
        String big = form(Map.of("firstName", "Gianna", "lastName", "Lunga", "mobile", PartiesIT.newMobile(), "privacy", "true",
                "companyName", "x".repeat(17 * 1024)));
        Api.Reply refused = anonymous.postForm("/public/leads?key=" + key, big, JSON_TYPE);
        assertEquals(413, refused.status(), refused.body());
        assertEquals("PAYLOAD_TOO_LARGE", refused.json().get("errors").get(0).get("code").asText());
        String json = JSON.createObjectNode().put("firstName", "Gianna").put("lastName", "Lunga").put("privacy", true)
                .put("companyName", "x".repeat(17 * 1024)).toString();
        assertEquals(413, anonymous.post("/public/leads?key=" + key, json).status());
    }

    @Test
    void aBodyOfUnknownLengthIs411() throws Exception {
        byte[] lead = form(Map.of("firstName", "Carla", "lastName", "Spezzata", "mobile", PartiesIT.newMobile(), "privacy", "true"))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/api/public/leads?key=" + key))
                        .header("Content-Type", FORM_TYPE).header("Accept", JSON_TYPE)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(lead)))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(411, refused.statusCode(), "sent in chunks: " + refused.body());
        assertEquals("LENGTH_REQUIRED", JSON.readTree(refused.body()).get("errors").get(0).get("code").asText());
    }

    @Test
    void oneAddressOverItsLimitIs429WhileTheFormKeepsWorkingForOthers() {
        byte[] bot = form(Map.of("firstName", "Bot", "lastName", "Spam", "mobile", PartiesIT.newMobile(), "website", "x"))
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < TestServer.LEAD_POSTS_PER_ADDRESS; i++) {
            assertEquals(201, RawHttp.post("127.0.0.3", "/public/leads?key=" + botKey, FORM_TYPE, bot).status(), "post " + (i + 1));
        }
        RawHttp.Answer refused = RawHttp.post("127.0.0.3", "/public/leads?key=" + botKey, FORM_TYPE, bot);
        assertEquals(429, refused.status(), refused.body());
        assertTrue(refused.body().contains("TOO_MANY_LEADS"), refused.body());
        long wait = Long.parseLong(refused.header("Retry-After"));
        assertTrue(wait > 0 && wait <= 60, "Retry-After " + wait);
        assertEquals(429, RawHttp.post("127.0.0.3", "/public/leads?key=" + spareKey, FORM_TYPE, bot).status(),
                "the address is braked on every form");

        String mobile = PartiesIT.newMobile();
        RawHttp.Answer person = RawHttp.post("127.0.0.4", "/public/leads?key=" + botKey, FORM_TYPE,
                form(Map.of("firstName", "Irene", "lastName", "Vera", "mobile", mobile, "privacy", "true")).getBytes(StandardCharsets.UTF_8));
        assertEquals(201, person.status(), "another visitor of the same form: " + person.body());
        assertEquals(1, partiesWithMobile(mobile).size());
    }

    @Test
    void manyAddressesTogetherOverTheFormsLimitAre429() {
        byte[] bot = form(Map.of("firstName", "Bot", "lastName", "Spam", "mobile", PartiesIT.newMobile(), "website", "x"))
                .getBytes(StandardCharsets.UTF_8);
        int posted = 0;
        for (int address = 1; posted < TestServer.LEAD_POSTS_PER_KEY; address++) {
            for (int i = 0; i < TestServer.LEAD_POSTS_PER_ADDRESS / 2 && posted < TestServer.LEAD_POSTS_PER_KEY; i++, posted++) {
                assertEquals(201, RawHttp.post("127.0.1." + address, "/public/leads?key=" + spareKey, FORM_TYPE, bot).status(),
                        "post " + (posted + 1));
            }
        }
        RawHttp.Answer refused = RawHttp.post("127.0.1.99", "/public/leads?key=" + spareKey, FORM_TYPE, bot);
        assertEquals(429, refused.status(), refused.body());
        assertTrue(refused.body().contains("TOO_MANY_LEADS"), refused.body());
        assertEquals(201, RawHttp.post("127.0.1.99", "/public/leads?key=" + key, FORM_TYPE, bot).status(), "another source is not limited");
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
        assertTrue(html.contains("name=\"privacy\" value=\"true\" required"), "the acknowledgement of the privacy notice");
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
