package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.callcenter.server.Balancer;
import it.callcenter.server.LocalCluster;
import it.callcenter.server.LocalDatabase;
import it.callcenter.pbx.DemoPbx;
import it.callcenter.pbx.PbxSimulator;
import it.callcenter.pbx.SimulatorSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two WildFly nodes in a cluster (standalone-ha.xml, JGroups over TCP with a static member list) on one PostgreSQL,
 * behind HAProxy, started as the run command's {@code -Dnodes=2} starts them but on ports of the tests: each node
 * names itself in /health; operators on both nodes at once are never handed the same entry; then the node running an
 * import is killed (SIGKILL) while its operators hold entries: their entries come back after the lease and are worked
 * by the other node's operators, the import is taken over and ends exactly once on the other node, and a screen
 * session signed in on the dead node is still signed in on the other. Prints the figures for BENCHMARKS.md.
 * Has its own database and WildFly (a copy of the build's), not the test server's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Node 1 and 2 at these offsets (+100): clear of the test server's and of the second servers of other tests. */
    static final int FIRST_NODE_OFFSET = TestServer.PORT_OFFSET + 250;
    static final int BALANCER_PORT = 8080 + TestServer.PORT_OFFSET + 150;
    static final int TAKEOVER_SECONDS = 10;
    /** A background job of a screen (a fill) is taken over after as long as an import. */
    static final int JOB_TAKEOVER_SECONDS = 10;
    static final int LEASE_SECONDS = 20;
    private static final String PASSWORD = "Prova-Cluster-2026";
    private static final int IMPORT_ROWS = 100_000;
    private static final int INVALID_EVERY = 97;
    private static final int FILL_PARTIES = 30;

    private LocalDatabase database;
    private LocalCluster cluster;
    /** The PBX both nodes connect to, each with its own AMI connection. */
    private PbxSimulator pbx;
    /** The supervisor's browser of the fill wizard, through the balancer. */
    private Browser browser;
    private final String run = "Clu" + ImportIT.letters(System.nanoTime() % 100_000);

    @BeforeAll
    void startCluster() {
        Path work = Path.of(System.getProperty("callcenter.it.work", "target/it-work")).resolve("cluster");
        TestServer.deleteTree(work);
        database = LocalDatabase.start(work.resolve("postgres"), LocalDatabase.freePort());
        Path home = TestServer.copyOfTheServer("cluster-wildfly");
        pbx = PbxSimulator.start(0, SimulatorSettings.defaults().withOperatorAnswerDelay(Duration.ofMillis(200)));
        Map<String, String> properties = new java.util.LinkedHashMap<>(DemoPbx.serverSettings(pbx));
        properties.put("callcenter.imports.takeover-seconds", String.valueOf(TAKEOVER_SECONDS));
        properties.put("callcenter.jobs.takeover-seconds", String.valueOf(JOB_TAKEOVER_SECONDS));
        properties.put("callcenter.trusted-proxies", "127.0.0.1");
        cluster = LocalCluster.start(home, Path.of(System.getProperty("callcenter.ear")), database.settings(),
                work.resolve("nodes"), LocalCluster.nodes(2, FIRST_NODE_OFFSET), BALANCER_PORT, "demo", properties);
    }

    @AfterAll
    void stopCluster() {
        try {
            if (cluster != null) {
                cluster.close();
            }
            if (pbx != null) {
                pbx.close();
            }
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    private String url(String node) {
        return cluster.node(node).baseUrl();
    }

    private Api admin(String node) {
        return Api.as("admin", "demo").at(url(node));
    }

    private Api supervisor(String node) {
        return Api.as("supervisor", "demo").at(url(node));
    }

    @Test
    @Order(1)
    void eachNodeNamesItselfAndTheBalancerReachesBoth() throws Exception {
        for (String node : cluster.nodeNames()) {
            JsonNode health = Api.anonymous().at(url(node)).get("/health").json();
            assertEquals("UP", health.get("status").asText(), health.toString());
            assertEquals(node, health.get("node").asText(), health.toString());
        }
        // HTTP/1.1 as browsers speak it (Java's client would otherwise upgrade to h2c, which HAProxy tunnels to one node)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HashSet<String> answered = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(cluster.balancerUrl() + "/api/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            answered.add(json(health.body()).get("node").asText());
        }
        assertEquals(new HashSet<>(cluster.nodeNames()), answered, "round robin over both nodes");
    }

    @Test
    @Order(2)
    void operatorsOnBothNodesAtOnceNeverGetTheSameEntry() throws Exception {
        int entries = 200;
        int operators = 100;
        // the same 100 operators all on node 1, then spread over both nodes (a campaign each): the figures for
        // BENCHMARKS.md, same run, same database
        List<Api> alone = operators("o", operators, List.of("node1"));
        activeCampaign(run + "Uno", entries, names("o", operators), 900);
        long started = System.nanoTime();
        Dealt one = work(alone, entries);
        double oneNode = entries / seconds(started);

        List<Api> spread = new ArrayList<>();
        for (int i = 0; i < operators; i++) {
            spread.add(alone.get(i).at(url(cluster.nodeNames().get(i % 2))));
        }
        long campaign = activeCampaign(run + "Due", entries, names("o", operators), 900);
        signIn(spread); // node 2 checks each password once: not inside the timed phase, where node 1 would deal alone
        started = System.nanoTime();
        Dealt two = work(spread, entries);
        double twoNodes = entries / seconds(started);

        for (Dealt dealt : List.of(one, two)) {
            assertEquals(entries, dealt.entries.size(), "every entry handed out");
            assertEquals(entries, new HashSet<>(dealt.entries).size(), "none twice: " + duplicates(dealt.entries));
        }
        assertTrue(two.byNode.get(0) > 0 && two.byNode.get(1) > 0, "both nodes dealt: " + two.byNode);
        JsonNode figures = supervisor("node2").get("/campaigns/" + campaign).json();
        assertEquals(entries, figures.get("byOutcome").get("WRONG_NUMBER").asLong(), figures.toString());
        assertEquals(0, figures.get("open").asLong(), figures.toString());
        double baseline = postgresBaselineMillis();
        System.out.printf("CLUSTER FIGURES: dispatch (next + outcome) with %d operators: one node %.1f entries/s,"
                        + " two nodes %.1f entries/s (ratio two/one %.2f); PostgreSQL baseline (sum over generate_series of"
                        + " 2,000,000, median of 5) %.0f ms%n", operators, oneNode, twoNodes, twoNodes / oneNode, baseline);
    }

    @Test
    @Order(3)
    void aBoardAndAnOperatorsCallBarOnNode1AreToldWhatNode2Wrote() throws Exception {
        // an operator with a phone, an entry for them, and the PBX that rings it
        String operator = (run + "ws").toLowerCase();
        ObjectNode user = JSON.createObjectNode().put("username", operator).put("fullName", "Operatore " + operator)
                .put("password", PASSWORD).put("extension", "6" + (System.nanoTime() % 900 + 100));
        user.putArray("roles").add("OPERATOR");
        Api.Reply created = admin("node1").post("/users", user.toString());
        assertEquals(201, created.status(), created.body());
        activeCampaign(run + "Ws", 2, List.of(operator), 900);
        Api onNode2 = Api.as(operator, PASSWORD).at(url("node2"));

        // the supervisor's board and the operator's pages, each on node 1 (through the balancer, sticky), each with
        // its websocket open on node 1
        ScreenSession supervisorScreen = new ScreenSession(cluster.balancerUrl(), "node1");
        supervisorScreen.signIn("supervisor", "demo");
        try (PushSocket board = supervisorScreen.socket("/supervisor/board.xhtml", "board", url("node1"))) {
            ScreenSession operatorScreen = new ScreenSession(cluster.balancerUrl(), "node1");
            operatorScreen.signIn(operator, PASSWORD);
            assertEquals("node1", operatorScreen.nodeOfHealth());
            try (PushSocket calls = operatorScreen.socket("/index.xhtml", "calls", url("node1"))) {
                board.quiet(Duration.ofSeconds(3));
                calls.quiet(Duration.ofSeconds(1));

                // node 2 hands the operator an entry: node 1's board hears of it, without a reload
                long entry = taken(onNode2);
                String changed = board.next(Duration.ofSeconds(15));
                assertTrue(changed != null && changed.contains("changed"), "node 1's board told of node 2's change: " + changed);

                // node 2 writes the operator's call (DIALING, then what the PBX says, written by whichever node hears it
                // first): the operator's pages on node 1 are told of the DIALING node 2 wrote
                Api.Reply dialled = onNode2.post("/calls", "{\"entryId\":" + entry + "}");
                assertEquals(201, dialled.status(), dialled.body());
                long call = dialled.json().get("callId").asLong();
                String dialling = calls.until(Duration.ofSeconds(15), m -> m.contains("\"callId\":" + call) && m.contains("DIALING"));
                assertTrue(dialling != null, "the call's DIALING, written by node 2, pushed to the operator's page on node 1: "
                        + calls.received());
                onNode2.post("/calls/" + call + "/hangup", "");
            }
        }
    }

    @Test
    @Order(4)
    void aNodeKilledLosesNothingItsImportEndsOnceOnTheOtherAndItsSessionGoesOn() throws Exception {
        int entries = 40;
        List<Api> onNode1 = operators("k1", 4, List.of("node1"));
        List<Api> onNode2 = operators("k2", 4, List.of("node2"));
        List<String> all = new ArrayList<>(names("k1", 4));
        all.addAll(names("k2", 4));
        long campaign = activeCampaign(run + "Kill", entries, all, LEASE_SECONDS);

        // a screen session on each node, through the balancer (its cookie names the node)
        Map<String, ScreenSession> screens = new java.util.HashMap<>();
        for (String node : cluster.nodeNames()) {
            ScreenSession screen = new ScreenSession(cluster.balancerUrl(), node);
            screen.signIn("supervisor", "demo");
            assertEquals(node, screen.nodeOfHealth(), "the balancer keeps the session on its node");
            assertTrue(screen.signedIn(), "signed in on " + node);
            screens.put(node, screen);
        }
        // a fill from the wizard of a browser (through the balancer, on node 1), up to its confirmation
        String fillTag = run + "Riempi";
        CampaignFixture.parties(supervisor("node1"), fillTag, "Riempi" + Math.abs(fillTag.hashCode() % 1000), FILL_PARTIES);
        long fillCampaign = CampaignFixture.create(supervisor("node1"), fillTag);
        fillWizardUpToItsConfirmation(fillCampaign, fillTag);

        // every operator holds an entry
        List<Long> held1 = new ArrayList<>();
        for (Api operator : onNode1) {
            held1.add(taken(operator));
        }
        List<Long> held2 = new ArrayList<>();
        for (Api operator : onNode2) {
            held2.add(taken(operator));
        }

        // an import, sent to node 2; whichever node claimed it is the one killed, as soon as it committed a chunk
        String prefix = run + "Imp";
        byte[] file = importFile(prefix);
        long rejected = IMPORT_ROWS / INVALID_EVERY;
        Api.Reply accepted = supervisor("node2").postMultipart("/imports", Map.of("duplicates", "SKIP"), "cluster.csv", file);
        assertEquals(202, accepted.status(), accepted.body());
        long job = accepted.json().get("id").asLong();
        String victim = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> runningOwner(job), owner -> owner != null);

        // the fill is confirmed on the same node (the balancer's cookie now names it; the session is on both nodes),
        // while the test holds the campaign's row: the fill's statement waits inside its transaction, its job RUNNING
        Connection fillLock = connection();
        fillLock.setAutoCommit(false);
        try (PreparedStatement hold = fillLock.prepareStatement("SELECT id FROM campaign WHERE id = ? FOR UPDATE")) {
            hold.setLong(1, fillCampaign);
            hold.executeQuery().close();
        }
        browser.driver.manage().addCookie(new Cookie(Balancer.COOKIE, victim, "/"));
        browser.click(By.id("fill:confirmFill"));
        long fillJob = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    Long id = fillJob(fillCampaign);
                    return id != null && "RUNNING".equals(jobState(id)) ? id : null;
                }, id -> id != null);
        assertEquals(victim, jobOwner(fillJob), "the fill runs on the node that received it");
        browser.await(By.id("fill:runningText"));

        cluster.kill(victim);
        long killed = System.nanoTime();
        fillLock.commit();
        fillLock.close();
        String survivor = victim.equals("node1") ? "node2" : "node1";
        List<Api> victims = victim.equals("node1") ? onNode1 : onNode2;
        List<Api> survivors = victim.equals("node1") ? onNode2 : onNode1;
        List<Long> heldOnVictim = victim.equals("node1") ? held1 : held2;
        List<Long> heldOnSurvivor = victim.equals("node1") ? held2 : held1;
        assertTrue(position(job) < IMPORT_ROWS, "the import ended before its node could be killed");

        // the survivor's operators record the entries they held (within their lease); the victim's never will
        for (int i = 0; i < survivors.size(); i++) {
            Api.Reply recorded = outcome(survivors.get(i), heldOnSurvivor.get(i));
            assertEquals(200, recorded.status(), recorded.body());
        }

        // the import and the fill: each taken over by the survivor once the victim's heartbeat is old
        double[] takenOver = {-1, -1};
        await().atMost(Duration.ofSeconds(Math.max(TAKEOVER_SECONDS, JOB_TAKEOVER_SECONDS) + 40)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (takenOver[0] < 0 && (survivor.equals(runningOwner(job)) || ended(job))) {
                        takenOver[0] = seconds(killed);
                    }
                    if (takenOver[1] < 0 && survivor.equals(jobOwner(fillJob))) {
                        takenOver[1] = seconds(killed);
                    }
                    return takenOver[0] >= 0 && takenOver[1] >= 0;
                });
        double takeover = takenOver[0];
        double fillTakeover = takenOver[1];

        // the fill's screen, now on the survivor, shows the result of the fill the survivor ran again: each party once
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("fill:resultAdded")).isEmpty());
        double fillShown = seconds(killed);
        assertEquals(String.valueOf(FILL_PARTIES), browser.driver.findElement(By.id("fill:resultAdded")).getText());
        assertEquals("DONE", jobState(fillJob));
        assertEquals(survivor, jobOwner(fillJob), "the fill ended by the survivor");
        assertEquals(FILL_PARTIES, entriesOf(fillCampaign), "each party once in the filled campaign");

        // the survivor's operators work the campaign through: the victim's entries come back when their lease ends
        Api supervisor = supervisor(survivor);
        Dealt after = work(survivors, entries - heldOnSurvivor.size(), () -> figuresDone(supervisor, campaign, entries));
        double leasesBack = seconds(killed);
        List<Long> recorded = new ArrayList<>(heldOnSurvivor);
        recorded.addAll(after.entries);
        assertEquals(entries, recorded.size(), "every entry recorded once: " + recorded);
        assertEquals(entries, new HashSet<>(recorded).size(), "none twice: " + duplicates(recorded));
        assertTrue(after.entries.containsAll(heldOnVictim), "the dead node's held entries came back: " + heldOnVictim);
        JsonNode figures = supervisor.get("/campaigns/" + campaign).json();
        assertEquals(entries, figures.get("byOutcome").get("WRONG_NUMBER").asLong(), figures.toString());
        assertEquals(0, figures.get("open").asLong(), figures.toString());
        for (int i = 0; i < victims.size(); i++) {
            assertEquals(409, outcome(victims.get(i).at(url(survivor)), heldOnVictim.get(i)).status(),
                    "a lease that ran out is no longer the old holder's");
        }

        JsonNode done = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> supervisor.get("/imports/" + job).json(), j -> !j.get("state").asText().matches("QUEUED|RUNNING"));
        assertEquals("DONE", done.get("state").asText(), done.toString());
        assertEquals(IMPORT_ROWS, done.get("read").asLong(), done.toString());
        assertEquals(rejected, done.get("rejected").asLong(), done.toString());
        assertEquals(IMPORT_ROWS - rejected, done.get("created").asLong(), done.toString());
        assertEquals(0, done.get("skipped").asLong(), "no row applied twice: " + done);
        assertEquals(survivor, owner(job), "ended by the survivor");
        JsonNode found = supervisor.get("/parties?size=1&q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8)).json();
        assertEquals(IMPORT_ROWS - rejected, found.get("total").asLong(), "each imported party once in the registry");

        // the dead node's screen session: the balancer sends it to the survivor, which has it
        ScreenSession screen = screens.get(victim);
        assertEquals(survivor, screen.nodeOfHealth(), "the balancer moved the session to the survivor");
        assertTrue(screen.signedIn(), "still signed in after its node died");
        assertTrue(screens.get(survivor).signedIn());

        System.out.printf("CLUSTER FIGURES: node %s killed; its import taken over by %s after %.1f s (takeover after %d s"
                        + " without heartbeat); all %d entries recorded after %.1f s (lease %d s)%n",
                victim, survivor, takeover, TAKEOVER_SECONDS, entries, leasesBack, LEASE_SECONDS);
        System.out.printf("CLUSTER FIGURES: node %s killed; its fill (a screen's background job) taken over by %s after %.1f s"
                        + " (takeover after %d s without heartbeat), its result on the wizard's screen after %.1f s%n",
                victim, survivor, fillTakeover, JOB_TAKEOVER_SECONDS, fillShown);
    }

    // --- the campaign and its operators ---

    private List<String> names(String group, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add((run + group + i).toLowerCase());
        }
        return names;
    }

    /** New operators, each signed in (Basic) on one node of {@code nodes} in turn. */
    private List<Api> operators(String group, int count, List<String> nodes) {
        List<Api> apis = new ArrayList<>();
        List<String> names = names(group, count);
        for (int i = 0; i < count; i++) {
            ObjectNode user = JSON.createObjectNode().put("username", names.get(i)).put("fullName", "Operatore " + names.get(i))
                    .put("password", PASSWORD);
            user.putArray("roles").add("OPERATOR");
            Api.Reply created = admin("node1").post("/users", user.toString());
            assertEquals(201, created.status(), created.body());
            apis.add(Api.as(names.get(i), PASSWORD).at(url(nodes.get(i % nodes.size()))));
        }
        return apis;
    }

    /** Each operator's first request on its node (its password checked there), all at once. */
    private static void signIn(List<Api> operators) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Api api : operators) {
                answers.add(pool.submit(() -> api.get("/queue/current").status()));
            }
            for (Future<Integer> answer : answers) {
                int status = answer.get(120, TimeUnit.SECONDS);
                assertTrue(status == 200 || status == 204, "signed in: " + status);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long activeCampaign(String name, int parties, List<String> operators, int leaseSeconds) {
        Api supervisor = supervisor("node1");
        Api admin = admin("node2");
        // the parties posted by 4 clients at once, over both nodes; the campaign takes them by their interest. The
        // first party alone: it makes the interest
        CampaignFixture.parties(supervisor, name, "Campagna" + Math.abs(name.hashCode() % 1000), 1);
        int rest = parties - 1;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> posted = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                int client = k;
                int count = rest / 4 + (client < rest % 4 ? 1 : 0);
                Api api = Api.as("supervisor", "demo").at(url(cluster.nodeNames().get(client % 2)));
                posted.add(pool.submit(() -> CampaignFixture.parties(api, name, "Campagna" + (client + 1)
                        + Math.abs(name.hashCode() % 1000), count)));
            }
            for (Future<?> future : posted) {
                future.get();
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        long id = CampaignFixture.create(supervisor, name);
        assertEquals(parties, CampaignFixture.fill(supervisor, id, name));
        QueueIT.allDayWindows(admin, id);
        JsonNode dispatch = supervisor.get("/campaigns/" + id + "/dispatch").json();
        Api.Reply rules = supervisor.put("/campaigns/" + id + "/dispatch", "{\"order\":\"OLDEST_FIRST\",\"maxAttempts\":5,"
                + "\"leaseSeconds\":" + leaseSeconds + ",\"callbackGraceMinutes\":30,\"version\":" + dispatch.get("version").asLong() + "}");
        assertEquals(200, rules.status(), rules.body());
        ObjectNode assignment = JSON.createObjectNode().put("mode", "SHARED");
        operators.forEach(operator -> assignment.withArray("operators").add(operator));
        assertEquals(200, supervisor.post("/campaigns/" + id + "/assignments", assignment.toString()).status());
        assertEquals(200, supervisor.put("/campaigns/" + id + "/state", "{\"state\":\"ACTIVE\"}").status());
        return id;
    }

    private static HttpResponse<String> next(Api operator) {
        return operator.raw("POST", "/queue/next", "application/json", "");
    }

    private static long taken(Api operator) {
        HttpResponse<String> next = next(operator);
        assertEquals(200, next.statusCode(), next.body());
        return json(next.body()).get("entryId").asLong();
    }

    private static Api.Reply outcome(Api operator, long entry) {
        return operator.post("/queue/entries/" + entry + "/outcome", "{\"outcome\":\"WRONG_NUMBER\"}");
    }

    private boolean figuresDone(Api supervisor, long campaign, int entries) {
        JsonNode figures = supervisor.get("/campaigns/" + campaign).json();
        return figures.get("open").asLong() == 0 && figures.get("byOutcome").path("WRONG_NUMBER").asLong() == entries;
    }

    /** The entries dealt, and how many by each operator's node (index in the operators' order of nodes). */
    private record Dealt(List<Long> entries, List<Integer> byNode) {
    }

    private Dealt work(List<Api> operators, int expected) throws Exception {
        return work(operators, expected, () -> true);
    }

    /**
     * Each operator, on a thread of its own, asks for the next entry and records an outcome until nothing is due and
     * {@code finished} says the campaign is done (until then an operator waits for entries to come back).
     */
    private Dealt work(List<Api> operators, int expected, Callable<Boolean> finished) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(operators.size());
        try {
            List<Future<List<Long>>> work = new ArrayList<>();
            for (Api api : operators) {
                work.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    while (true) {
                        HttpResponse<String> next = await().atMost(Duration.ofSeconds(LEASE_SECONDS + 50))
                                .pollInterval(Duration.ofMillis(300))
                                .until(() -> next(api), answer -> answer.statusCode() != 204 || done(finished));
                        if (next.statusCode() == 204) {
                            return mine;
                        }
                        assertEquals(200, next.statusCode(), next.body());
                        long entry = json(next.body()).get("entryId").asLong();
                        mine.add(entry);
                        Api.Reply recorded = outcome(api, entry);
                        assertEquals(200, recorded.status(), recorded.body());
                    }
                }));
            }
            List<Long> all = new ArrayList<>();
            List<Integer> byNode = new ArrayList<>(List.of(0, 0));
            for (int i = 0; i < work.size(); i++) {
                List<Long> mine = work.get(i).get();
                all.addAll(mine);
                byNode.set(i % 2, byNode.get(i % 2) + mine.size());
            }
            assertEquals(expected, all.size(), "entries dealt: " + all);
            return new Dealt(all, byNode);
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean done(Callable<Boolean> finished) {
        try {
            return finished.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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

    // --- the fill wizard in a browser ---

    /** The supervisor's browser on node 1 (through the balancer), at the wizard's confirmation of a fill by {@code tag}. */
    private void fillWizardUpToItsConfirmation(long campaign, String tag) {
        browser = new Browser(BALANCER_PORT);
        browser.driver.get(cluster.balancerUrl() + "/login.xhtml");
        browser.driver.manage().addCookie(new Cookie(Balancer.COOKIE, "node1", "/"));
        browser.driver.get(cluster.balancerUrl() + "/login.xhtml");
        browser.type(By.id("login:username"), "supervisor");
        browser.type(By.id("login:password"), "demo");
        browser.driver.findElement(By.id("login:submit")).click();
        browser.await(By.id("menuForm:logout"));
        browser.driver.get(cluster.balancerUrl() + "/campaign/fill.xhtml?campaign=" + campaign);
        browser.awaitText(By.id("fill:campaignSelect_label"), tag);
        browser.driver.findElement(By.id("fill:wizard_next")).click();
        browser.await(By.id("fill:previewCount"));
        browser.await(By.id("fill:interests_input")).sendKeys(tag, Keys.ENTER);
        browser.awaitAjax();
        browser.awaitText(By.id("fill:previewCount"), String.valueOf(FILL_PARTIES));
        browser.driver.findElement(By.id("fill:wizard_next")).click();
        browser.awaitText(By.id("fill:summaryText"), tag);
    }

    /** The fill job of the campaign, null before there is one. */
    private Long fillJob(long campaign) throws SQLException {
        try (Connection connection = connection();
             PreparedStatement select = connection.prepareStatement("SELECT id FROM work_job WHERE kind = 'FILL'"
                     + " AND CAST(parameters AS jsonb) ->> 'campaignId' = ?")) {
            select.setString(1, String.valueOf(campaign));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private String jobState(long job) throws SQLException {
        return workJobColumn(job, "state");
    }

    private String jobOwner(long job) throws SQLException {
        return workJobColumn(job, "owner_node");
    }

    private String workJobColumn(long job, String column) throws SQLException {
        try (Connection connection = connection();
             PreparedStatement select = connection.prepareStatement("SELECT state, owner_node FROM work_job WHERE id = ?")) {
            select.setLong(1, job);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                return rows.getString(column);
            }
        }
    }

    private long entriesOf(long campaign) throws SQLException {
        try (Connection connection = connection();
             PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM campaign_entry WHERE campaign_id = ?")) {
            select.setLong(1, campaign);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                return rows.getLong(1);
            }
        }
    }

    // --- the import ---

    /** A file of distinct people (mobiles of the 332 block, this test's alone); every 97th row has an invalid codice fiscale. */
    private static byte[] importFile(String prefix) {
        long mobileBase = 3_320_000_000L;
        StringBuilder csv = new StringBuilder(IMPORT_ROWS * 48).append("Cognome;Nome;Cellulare;Codice fiscale\r\n");
        for (int row = 1; row <= IMPORT_ROWS; row++) {
            boolean invalid = row % INVALID_EVERY == 0;
            csv.append(prefix).append(ImportIT.letters(row)).append(";Anna;").append(mobileBase + row).append(';')
                    .append(invalid ? "RSSMRA80A01H501X" : "").append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The node running the job once it has committed a chunk; null before. */
    private String runningOwner(long job) throws SQLException {
        try (Connection connection = connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT owner_node FROM import_job WHERE id = ? AND state = 'RUNNING' AND position > 0")) {
            select.setLong(1, job);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private long position(long job) throws SQLException {
        try (Connection connection = connection();
             PreparedStatement select = connection.prepareStatement("SELECT position FROM import_job WHERE id = ?")) {
            select.setLong(1, job);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                return rows.getLong(1);
            }
        }
    }

    private String owner(long job) throws SQLException {
        try (Connection connection = connection();
             PreparedStatement select = connection.prepareStatement("SELECT owner_node FROM import_job WHERE id = ?")) {
            select.setLong(1, job);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                return rows.getString(1);
            }
        }
    }

    private boolean ended(long job) throws SQLException {
        try (Connection connection = connection();
             PreparedStatement select = connection.prepareStatement("SELECT state FROM import_job WHERE id = ?")) {
            select.setLong(1, job);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                return !rows.getString(1).matches("QUEUED|RUNNING");
            }
        }
    }

    /** PostgreSQL's own speed in this run, for the ratios of BENCHMARKS.md: the median of 5 runs of one query. */
    private double postgresBaselineMillis() throws SQLException {
        List<Double> runs = new ArrayList<>();
        try (Connection connection = connection();
             PreparedStatement sum = connection.prepareStatement("SELECT sum(i) FROM generate_series(1, 2000000) i")) {
            for (int i = 0; i < 6; i++) {
                long started = System.nanoTime();
                try (ResultSet rows = sum.executeQuery()) {
                    assertTrue(rows.next());
                }
                if (i > 0) {
                    runs.add((System.nanoTime() - started) / 1e6);
                }
            }
        }
        Collections.sort(runs);
        return runs.get(runs.size() / 2);
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(database.settings().url(), database.settings().user(), database.settings().password());
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser's session as HTTP sees it: its cookies, the login form posted by hand, through the balancer. */
    private static final class ScreenSession {
        private final String base;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;

        ScreenSession(String base, String node) {
            this.base = base;
            HttpCookie sticky = new HttpCookie(Balancer.COOKIE, node);
            sticky.setPath("/");
            sticky.setVersion(0);
            cookies.getCookieStore().add(URI.create(base), sticky);
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        void signIn(String username, String password) {
            String page = send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET()).body();
            Matcher token = Pattern.compile("name=\"loginToken\" value=\"([^\"]+)\"").matcher(page);
            assertTrue(token.find(), page);
            String form = "login=login&login%3Ausername=" + username + "&login%3Apassword=" + password
                    + "&login%3Asubmit=&jakarta.faces.ViewState=stateless&loginToken=" + token.group(1);
            HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
            assertEquals(302, signedIn.statusCode(), signedIn.body());
            assertFalse(signedIn.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        }

        /** The home page answers itself, not with a redirect to the login. */
        boolean signedIn() {
            HttpResponse<String> home = send(HttpRequest.newBuilder(URI.create(base + "/index.xhtml")).GET());
            return home.statusCode() == 200 && !home.body().contains("login:username");
        }

        /**
         * Opens the page as the browser would, and the websocket of {@code channel} it declares, on {@code nodeBase}
         * (the node that rendered the page, which knows the channel's id).
         */
        PushSocket socket(String page, String channel, String nodeBase) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + page)).GET());
            List<String> redirects = new ArrayList<>();
            for (int i = 0; i < 3 && response.statusCode() == 302; i++) {
                String location = response.headers().firstValue("Location").orElseThrow();
                redirects.add(location);
                response = send(HttpRequest.newBuilder(URI.create(base).resolve(location)).GET());
            }
            assertEquals(200, response.statusCode(), page + " answered " + response.statusCode() + " after " + redirects
                    + ": " + response.body());
            assertFalse(response.body().contains("login:username"), page + " led to the login, after " + redirects);
            Matcher id = Pattern.compile("faces\\.push\\\\?/" + channel + "\\?([0-9A-Za-z_\\-]+)").matcher(response.body());
            assertTrue(id.find(), "the page declares the websocket of " + channel + ": " + response.body());
            String cookie = String.join("; ", cookies.getCookieStore().get(URI.create(base)).stream()
                    .map(c -> c.getName() + "=" + c.getValue()).toList());
            URI uri = URI.create(nodeBase.replaceFirst("^http", "ws") + "/jakarta.faces.push/" + channel + "?" + id.group(1));
            return PushSocket.open(http, uri, cookie);
        }

        String nodeOfHealth() {
            HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create(base + "/api/health")).GET());
            assertNotEquals(503, health.statusCode(), health.body());
            return json(health.body()).get("node").asText();
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A websocket of a page, as the browser keeps it open: the messages it receives, in order. */
    private static final class PushSocket implements WebSocket.Listener, AutoCloseable {

        private final BlockingQueue<String> waiting = new LinkedBlockingQueue<>();
        private final List<String> received = Collections.synchronizedList(new ArrayList<>());
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static PushSocket open(HttpClient http, URI uri, String cookie) {
            PushSocket listener = new PushSocket();
            WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
            if (!cookie.isEmpty()) {
                builder.header("Cookie", cookie);
            }
            listener.socket = builder.buildAsync(uri, listener).orTimeout(20, TimeUnit.SECONDS).join();
            return listener;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                received.add(message);
                waiting.add(message);
            }
            webSocket.request(1);
            return null;
        }

        /** The next message within {@code within}; null if none came. */
        String next(Duration within) throws InterruptedException {
            return waiting.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** The first message within {@code within} that matches; null if none. */
        String until(Duration within, java.util.function.Predicate<String> wanted) throws InterruptedException {
            long end = System.nanoTime() + within.toNanos();
            for (long left = within.toNanos(); left > 0; left = end - System.nanoTime()) {
                String message = waiting.poll(left, TimeUnit.NANOSECONDS);
                if (message != null && wanted.test(message)) {
                    return message;
                }
            }
            return null;
        }

        /** Waits until no message has come for {@code quiet} (what the set-up caused has arrived), and forgets them. */
        void quiet(Duration quiet) throws InterruptedException {
            while (next(quiet) != null) {
                // a message of the set-up
            }
        }

        List<String> received() {
            return List.copyOf(received);
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
    }
}
