package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Next customer" and outcomes through the API, each test with operators and parties of its own (other tests'
 * campaigns never reach them): order, one holder per entry even under many threads, retries and the attempt
 * limit, callbacks for me then anyone, do-not-call after the fill, the calling windows, the lease.
 */
@ExtendWith(TestServer.class)
class QueueIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "Prova-Coda-2026";

    private final Api admin = Api.as("admin", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");
    private final String run = "Coda" + System.nanoTime();

    /** A new operator of this test's own. */
    static Api operator(Api admin, String username) {
        ObjectNode user = JSON.createObjectNode().put("username", username).put("fullName", "Operatore " + username)
                .put("password", PASSWORD);
        user.putArray("roles").add("OPERATOR");
        Api.Reply created = admin.post("/users", user.toString());
        assertEquals(201, created.status(), created.body());
        return Api.as(username, PASSWORD);
    }

    /** A campaign of {@code parties} new parties, calling at any hour, assigned to the operators, active. */
    static long activeCampaign(Api admin, Api supervisor, String name, int parties, String mode, String... operators) {
        long id = CampaignFixture.filled(supervisor, name, parties);
        allDayWindows(admin, id);
        ObjectNode assignment = JSON.createObjectNode().put("mode", mode);
        for (String operator : operators) {
            assignment.withArray("operators").add(operator);
        }
        assertEquals(200, supervisor.post("/campaigns/" + id + "/assignments", assignment.toString()).status());
        assertEquals(200, supervisor.put("/campaigns/" + id + "/state", "{\"state\":\"ACTIVE\"}").status());
        return id;
    }

    static void allDayWindows(Api admin, long campaign) {
        Api.Reply windows = admin.put("/campaigns/" + campaign + "/call-windows", "{\"windows\":[{\"days\":"
                + "[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\",\"SAT\",\"SUN\"],\"from\":\"00:00\",\"to\":\"24:00\"}],\"holidays\":true}");
        assertEquals(200, windows.status(), windows.body());
    }

    private static HttpResponse<String> next(Api operator) {
        return operator.raw("POST", "/queue/next", "application/json", "");
    }

    private static JsonNode taken(Api operator) {
        HttpResponse<String> next = next(operator);
        assertEquals(200, next.statusCode(), next.body() + " " + next.headers().map());
        return json(next.body());
    }

    private static String reason(HttpResponse<String> next) {
        assertEquals(204, next.statusCode(), next.body());
        return next.headers().firstValue("X-Queue-Reason").orElse(null);
    }

    private static Api.Reply outcome(Api operator, long entry, String body) {
        return operator.post("/queue/entries/" + entry + "/outcome", body);
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }

    @Test
    void entriesComeInOrderOneHolderEachAndOnlyTheHolderRecords() {
        Api anna = operator(admin, (run + "a").toLowerCase());
        Api bruno = operator(admin, (run + "b").toLowerCase());
        long campaign = activeCampaign(admin, supervisor, run, 3, "SHARED", (run + "a").toLowerCase(), (run + "b").toLowerCase());

        JsonNode first = taken(anna);
        assertEquals(campaign, first.get("campaignId").asLong());
        assertTrue(first.get("phone").asText().startsWith("+39"), first.toString());
        assertEquals("PERSON", first.get("party").get("type").asText(), "the card comes with the entry");
        JsonNode second = taken(bruno);
        assertNotEquals(first.get("entryId").asLong(), second.get("entryId").asLong());
        assertTrue(first.get("entryId").asLong() < second.get("entryId").asLong(), "oldest first");
        assertEquals(first.get("entryId").asLong(), taken(anna).get("entryId").asLong(), "asking again gives what one holds");

        long entry = first.get("entryId").asLong();
        Api.Reply notTheHolder = outcome(bruno, entry, "{\"outcome\":\"NOT_INTERESTED\"}");
        assertEquals(409, notTheHolder.status(), notTheHolder.body());
        assertEquals("ENTRY_NOT_HELD", notTheHolder.json().get("errors").get(0).get("code").asText());
        Api.Reply done = outcome(anna, entry, "{\"outcome\":\"NOT_INTERESTED\",\"note\":\"Ha già un contratto\"}");
        assertEquals(200, done.status(), done.body());
        assertEquals("DONE", done.json().get("state").asText());
        assertEquals(409, outcome(anna, entry, "{\"outcome\":\"NOT_INTERESTED\"}").status(), "recorded once");

        Api.Reply unknown = outcome(bruno, second.get("entryId").asLong(), "{\"outcome\":\"NON_ESISTE\"}");
        assertEquals(422, unknown.status(), unknown.body());
        assertEquals("UNKNOWN_OUTCOME", unknown.json().get("errors").get(0).get("code").asText());
        Api.Reply none = outcome(bruno, second.get("entryId").asLong(), "{\"note\":\"senza esito\"}");
        assertEquals(422, none.status(), none.body());
        assertEquals("REQUIRED", none.json().get("errors").get(0).get("code").asText());
        assertEquals(second.get("entryId").asLong(), taken(bruno).get("entryId").asLong(), "refused: still held");

        JsonNode figures = supervisor.get("/campaigns/" + campaign).json();
        assertEquals(1, figures.get("byOutcome").get("NOT_INTERESTED").asInt(), figures.toString());
        assertEquals(2, figures.get("open").asInt(), figures.toString());
    }

    @Test
    void manyOperatorsAtOnceNeverGetTheSameEntry() throws Exception {
        int operators = 8;
        int entries = 80;
        List<String> names = new ArrayList<>();
        List<Api> apis = new ArrayList<>();
        for (int i = 0; i < operators; i++) {
            String name = (run + "m" + i).toLowerCase();
            names.add(name);
            apis.add(operator(admin, name));
        }
        activeCampaign(admin, supervisor, run + "M", entries, "SHARED", names.toArray(String[]::new));
        ExecutorService pool = Executors.newFixedThreadPool(operators);
        List<Future<List<Long>>> work = new ArrayList<>();
        for (Api api : apis) {
            work.add(pool.submit((Callable<List<Long>>) () -> {
                List<Long> mine = new ArrayList<>();
                while (true) {
                    HttpResponse<String> next = next(api);
                    if (next.statusCode() == 204) {
                        return mine;
                    }
                    assertEquals(200, next.statusCode(), next.body());
                    long entry = json(next.body()).get("entryId").asLong();
                    mine.add(entry);
                    Api.Reply recorded = outcome(api, entry, "{\"outcome\":\"WRONG_NUMBER\"}");
                    assertEquals(200, recorded.status(), recorded.body());
                }
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : work) {
            all.addAll(future.get());
        }
        pool.shutdown();
        assertEquals(entries, all.size(), "every entry handed out");
        assertEquals(entries, new HashSet<>(all).size(), "none twice: " + duplicates(all));
    }

    private static List<Long> duplicates(List<Long> all) {
        List<Long> seen = new ArrayList<>(all);
        Collections.sort(seen);
        List<Long> twice = new ArrayList<>();
        for (int i = 1; i < seen.size(); i++) {
            if (seen.get(i).equals(seen.get(i - 1))) {
                twice.add(seen.get(i));
            }
        }
        return twice;
    }

    @Test
    void aRetryComesBackUntilTheAttemptsAreUsedUp() {
        String name = (run + "r").toLowerCase();
        Api carla = operator(admin, name);
        long campaign = activeCampaign(admin, supervisor, run + "R", 1, "SHARED", name);
        JsonNode dispatch = supervisor.get("/campaigns/" + campaign + "/dispatch").json();
        Api.Reply rules = supervisor.put("/campaigns/" + campaign + "/dispatch", "{\"order\":\"OLDEST_FIRST\",\"maxAttempts\":2,"
                + "\"leaseSeconds\":900,\"callbackGraceMinutes\":30,\"version\":" + dispatch.get("version").asLong() + "}");
        assertEquals(200, rules.status(), rules.body());
        Api.Reply retry = supervisor.post("/campaigns/" + campaign + "/outcomes", "{\"code\":\"RIPROVA_SUBITO\",\"labelIt\":"
                + "\"Riprova subito\",\"labelEn\":\"Retry now\",\"kind\":\"RETRY\",\"retryDelayMinutes\":0}");
        assertEquals(201, retry.status(), retry.body());

        long entry = taken(carla).get("entryId").asLong();
        Api.Reply first = outcome(carla, entry, "{\"outcome\":\"RIPROVA_SUBITO\"}");
        assertEquals("OPEN", first.json().get("state").asText(), first.body());
        JsonNode again = taken(carla);
        assertEquals(entry, again.get("entryId").asLong());
        assertEquals(1, again.get("attempts").asInt());
        Api.Reply second = outcome(carla, entry, "{\"outcome\":\"RIPROVA_SUBITO\"}");
        assertEquals("DONE", second.json().get("state").asText(), "two attempts, the campaign's limit: " + second.body());
        assertEquals("NOTHING_DUE", reason(next(carla)));

        Api.Reply busy = outcome(carla, entry, "{\"outcome\":\"BUSY\"}");
        assertEquals(409, busy.status());
    }

    @Test
    void aPersonalCallbackIsTheOperatorsThenAnyones() {
        String aName = (run + "ca").toLowerCase();
        String bName = (run + "cb").toLowerCase();
        Api anna = operator(admin, aName);
        Api bruno = operator(admin, bName);
        long campaign = activeCampaign(admin, supervisor, run + "C", 1, "SHARED", aName, bName);
        JsonNode dispatch = supervisor.get("/campaigns/" + campaign + "/dispatch").json();
        assertEquals(200, supervisor.put("/campaigns/" + campaign + "/dispatch", "{\"order\":\"OLDEST_FIRST\",\"maxAttempts\":5,"
                + "\"leaseSeconds\":900,\"callbackGraceMinutes\":0,\"version\":" + dispatch.get("version").asLong() + "}").status());

        long entry = taken(anna).get("entryId").asLong();
        Api.Reply late = outcome(anna, entry, "{\"outcome\":\"CALLBACK\"}");
        assertEquals(422, late.status(), "a callback needs its time: " + late.body());
        Instant at = Instant.now().plusSeconds(3);
        Api.Reply booked = outcome(anna, entry, "{\"outcome\":\"CALLBACK\",\"callbackAt\":\"" + at + "\",\"callbackFor\":\"ME\"}");
        assertEquals(200, booked.status(), booked.body());
        assertEquals("CALLBACK", booked.json().get("state").asText());
        assertEquals("NOTHING_DUE", reason(next(bruno)), "not due yet, and not his");

        // due, and with no grace it becomes anyone's at once: Bruno gets it once the promotion job has run
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).until(() -> next(bruno).statusCode() == 200);
        JsonNode callback = taken(bruno);
        assertEquals(entry, callback.get("entryId").asLong());
        assertTrue(callback.get("callback").asBoolean());
    }

    @Test
    void aNumberPutOnDoNotCallAfterTheFillIsNeverDispatched() {
        String name = (run + "d").toLowerCase();
        Api dario = operator(admin, name);
        long campaign = activeCampaign(admin, supervisor, run + "D", 2, "SHARED", name);
        JsonNode entries = supervisor.get("/campaigns/" + campaign + "/entries").json().get("entries");
        String barred = entries.get(0).get("phone").asText();
        long allowed = entries.get(1).get("id").asLong();
        assertEquals(201, supervisor.post("/dnc", "{\"number\":\"" + barred + "\",\"source\":\"INTERNAL\"}").status());

        JsonNode only = taken(dario);
        assertEquals(allowed, only.get("entryId").asLong());
        Api.Reply dnc = outcome(dario, allowed, "{\"outcome\":\"DO_NOT_CALL\"}");
        assertEquals(200, dnc.status(), dnc.body());
        assertEquals("NOTHING_DUE", reason(next(dario)));
        String number = only.get("phone").asText();
        JsonNode listed = supervisor.get("/dnc?number=" + number.replace("+", "%2B")).json();
        assertEquals(1, listed.get("total").asInt(), "the customer's wish is on the list: " + listed);
    }

    @Test
    void outsideTheCallingWindowsNothingIsGivenAndTheNextOpeningIsSaid() {
        String name = (run + "w").toLowerCase();
        Api elena = operator(admin, name);
        long campaign = activeCampaign(admin, supervisor, run + "W", 1, "SHARED", name);
        DayOfWeek tomorrow = ZonedDateTime.now(ZoneId.of("Europe/Rome")).getDayOfWeek().plus(1);
        Api.Reply windows = admin.put("/campaigns/" + campaign + "/call-windows", "{\"windows\":[{\"days\":[\""
                + tomorrow.name().substring(0, 3) + "\"],\"from\":\"09:00\",\"to\":\"20:00\"}],\"holidays\":true}");
        assertEquals(200, windows.status(), windows.body());
        HttpResponse<String> none = next(elena);
        assertEquals("OUTSIDE_CALL_WINDOW", reason(none));
        assertTrue(none.headers().firstValue("X-Queue-Next-Opening").isPresent());

        assertEquals(403, supervisor.put("/campaigns/" + campaign + "/call-windows", "{\"windows\":[],\"holidays\":false}").status(),
                "only an administrator changes the legal windows");
        Api.Reply bad = admin.put("/campaigns/" + campaign + "/call-windows", "{\"windows\":[{\"days\":[\"MON\"],\"from\":\"20:00\",\"to\":\"09:00\"}]}");
        assertEquals(422, bad.status(), bad.body());
    }

    @Test
    void aNewCampaignHasTheItalianLegalWindows() {
        long campaign = CampaignFixture.create(supervisor, run + "L");
        JsonNode windows = Api.as("operator1", "demo").get("/campaigns/" + campaign + "/call-windows").json();
        assertFalse(windows.get("holidays").asBoolean());
        assertEquals(3, windows.get("windows").size(), windows.toString());
        assertEquals("09:00", windows.get("windows").get(0).get("from").asText());
        assertEquals("20:00", windows.get("windows").get(0).get("to").asText());
    }

    @Test
    void aLeaseThatRunsOutGivesTheEntryToTheNextOperatorAndTheBoardShowsWhoHolds() {
        String aName = (run + "la").toLowerCase();
        String bName = (run + "lb").toLowerCase();
        Api anna = operator(admin, aName);
        Api bruno = operator(admin, bName);
        long campaign = activeCampaign(admin, supervisor, run + "Lease", 1, "SHARED", aName, bName);
        JsonNode dispatch = supervisor.get("/campaigns/" + campaign + "/dispatch").json();
        assertEquals(200, supervisor.put("/campaigns/" + campaign + "/dispatch", "{\"order\":\"OLDEST_FIRST\",\"maxAttempts\":5,"
                + "\"leaseSeconds\":10,\"callbackGraceMinutes\":30,\"version\":" + dispatch.get("version").asLong() + "}").status());

        long entry = taken(anna).get("entryId").asLong();
        JsonNode row = boardRow(aName);
        assertEquals("HOLDING", row.get("state").asText());
        assertEquals(campaign, row.get("campaignId").asLong());
        assertEquals("NOTHING_DUE", reason(next(bruno)));

        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).until(() -> next(bruno).statusCode() == 200);
        assertEquals(entry, taken(bruno).get("entryId").asLong());
        assertEquals(409, outcome(anna, entry, "{\"outcome\":\"BUSY\"}").status(), "Anna's lease is gone");
        assertEquals(200, outcome(bruno, entry, "{\"outcome\":\"BUSY\"}").status());
        assertEquals("IDLE", boardRow(bName).get("state").asText());
    }

    private JsonNode boardRow(String username) {
        for (JsonNode row : supervisor.get("/operators/board").json()) {
            if (row.get("username").asText().equals(username)) {
                return row;
            }
        }
        throw new AssertionError(username + " is not on the board");
    }

    @Test
    void onlyOperatorsTakeCustomers() {
        assertEquals(403, supervisor.raw("POST", "/queue/next", "application/json", "").statusCode());
        assertEquals(403, Api.as("operator1", "demo").get("/operators/board").status());
        Set<String> states = new HashSet<>();
        supervisor.get("/operators/board").json().forEach(r -> states.add(r.get("state").asText()));
        assertTrue(List.of("LOGGED_OUT", "IDLE", "HOLDING", "IN_CALL", "PAUSED").containsAll(states), states.toString());
    }
}
