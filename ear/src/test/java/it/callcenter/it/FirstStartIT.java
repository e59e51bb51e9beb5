package it.callcenter.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.callcenter.platform.SchemaCatalogue;
import it.callcenter.platform.SchemaIntegrity;
import it.callcenter.server.DemoStart;
import it.callcenter.server.LocalDatabase;
import it.callcenter.server.LocalServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, the run command's first start, on a WildFly of its own (a copy of the test server's, HTTP on 8080 +
 * the test offset + 300) and a data directory of its own. The tests follow one another as the starts would on one
 * machine, five WildFly starts in all: a first start interrupted before the demo registry commits; the next start,
 * which sets the demo up again while a client keeps posting parties to the public port; a clean restart, where every
 * key, index and party is there; a start on that database after a primary key was dropped and an index made
 * invalid, which the run command refuses.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstStartIT {

    private static final int PORT_OFFSET = TestServer.PORT_OFFSET + 300;
    private static final int DEMO_PARTIES = 3000;
    private static final String POSTED_NAME = "Postataprimadiavvio";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path home;
    private Path ear;
    private Path data;
    private int databasePort;
    private LocalServer server;
    /** Id of each party the racing client created, by its mobile. */
    private final Map<String, Long> posted = new ConcurrentHashMap<>();

    @BeforeAll
    void copyTheServer() {
        home = TestServer.copyOfTheServer("first-start-server");
        ear = Path.of(System.getProperty("callcenter.ear"));
        data = Path.of(System.getProperty("callcenter.it.work", "target/it-work")).resolve("first-start");
        TestServer.deleteTree(data);
        databasePort = LocalDatabase.freePort();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void aSetUpInterruptedBeforeTheRegistryCommitsLeavesNothingHalfDone() throws Exception {
        RuntimeException interrupted = assertThrows(RuntimeException.class, () -> demoStart(new ByteArrayOutputStream())
                .beforeDemoCommit(running -> {
                    // as Ctrl+C or a crash would: WildFly gone, PostgreSQL stopped under the open transaction
                    running.killWildFly();
                    running.stopDatabase();
                    throw new IllegalStateException("interrupted at the load step");
                }).start());
        assertEquals("interrupted at the load step", interrupted.getMessage());
        assertTrue(Files.readString(data.resolve(DemoStart.SETUP_FILE)).startsWith("started"));

        try (LocalDatabase database = LocalDatabase.start(data.resolve("postgres"), databasePort);
             Connection connection = connect(database)) {
            assertEquals(0, count(connection, "SELECT count(*) FROM party"), "the uncommitted load left no party");
            assertSchemaWhole(connection);
        }
    }

    @Test
    @Order(2)
    void theNextStartSetsTheDemoUpAgainAndServesNothingBeforeItIsIn() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        RacingClient client = new RacingClient();
        client.start();
        try {
            server = demoStart(console).start();
            // a few more parties once the run command would print its URL
            int before = posted.size();
            Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> posted.size() >= before + 5);
        } finally {
            client.finish();
        }
        String printed = console.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("The demo set-up of an earlier start did not finish"), printed);
        assertTrue(printed.contains("Demo registry: 3,000 parties"), printed);
        assertTrue(Files.readString(data.resolve(DemoStart.SETUP_FILE)).startsWith("finished"));

        assertEquals(List.of(), client.failures, "every answer of the public port was a success");
        Snapshot first = client.firstAnswer.get();
        assertNotNull(first, "the public port answered");
        assertEquals(DEMO_PARTIES, first.parties, "when the public port first answered, the whole registry was in");
        assertEquals(2, first.activeCampaigns, "and both demo campaigns were active");
        assertTrue(first.setUp.startsWith("finished"), first.setUp);
        assertTrue(posted.size() >= 5, "parties posted: " + posted.size());
    }

    @Test
    @Order(3)
    void aCleanRestartHasEveryKeyEveryIndexAndEveryParty() throws Exception {
        server.close();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        server = demoStart(console).start();
        assertFalse(console.toString(StandardCharsets.UTF_8).contains("First start"), "no second set-up");
        assertEquals(200, status(server.baseUrl() + "/api/health"));

        try (Connection connection = connect(server.database())) {
            assertSchemaWhole(connection);
            assertEquals(0, count(connection, "SELECT count(*) FROM (SELECT id FROM party GROUP BY id HAVING count(*) > 1) d"),
                    "no duplicate id");
            assertEquals(DEMO_PARTIES, count(connection, "SELECT count(*) FROM party WHERE id BETWEEN 1 AND " + DEMO_PARTIES
                    + " AND created_by = 'import'"), "every demo party");
            assertEquals(posted.size(), count(connection, "SELECT count(*) FROM party WHERE last_name = '" + POSTED_NAME + "'"));
            Set<Long> ids = new TreeSet<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT p.id, c.value FROM party p JOIN party_contact c"
                         + " ON c.party_id = p.id AND c.kind = 'MOBILE' WHERE p.last_name = '" + POSTED_NAME + "'")) {
                while (rs.next()) {
                    assertEquals(posted.get(rs.getString(2)), rs.getLong(1), "posted party " + rs.getString(2));
                    ids.add(rs.getLong(1));
                }
            }
            assertEquals(new TreeSet<>(posted.values()), ids, "every posted party, with the id it was given");
            assertTrue(ids.stream().allMatch(id -> id > DEMO_PARTIES), "posted parties took ids after the demo's: " + ids);
            assertEquals(2, count(connection, "SELECT count(*) FROM campaign WHERE state = 'ACTIVE' AND system_purpose IS NULL"));
            assertEquals(1, count(connection, "SELECT count(*) FROM operator_group WHERE name = 'Squadra Nord'"));
        }
    }

    @Test
    @Order(4)
    void theRunCommandRefusesADatabaseWithoutItsKeysAndSaysWhy() throws Exception {
        server.close();
        server = null;
        try (LocalDatabase database = LocalDatabase.start(data.resolve("postgres"), databasePort);
             Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE party_interest DROP CONSTRAINT party_interest_pkey");
            // what a failed CREATE INDEX CONCURRENTLY leaves
            statement.execute("UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'party_name_search_idx'::regclass");
        }

        Path output = data.resolve("run-command.log");
        Process run = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "it.callcenter.server.RunCommand",
                "--wildfly-home", home.toString(), "--ear", ear.toString(), "--data", data.toString(),
                "--database-port", Integer.toString(databasePort), "--port-offset", Integer.toString(PORT_OFFSET))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertTrue(run.waitFor(5, TimeUnit.MINUTES), "the run command ended");
        } finally {
            if (run.isAlive()) {
                run.destroy(); // as Ctrl+C: its shutdown hooks stop the WildFly and PostgreSQL it started
                run.waitFor(1, TimeUnit.MINUTES);
                run.destroyForcibly();
            }
        }
        String printed = Files.readString(output);
        assertEquals(1, run.exitValue(), printed);
        assertTrue(printed.contains("Schema check failed: table party_interest has no primary key"), printed);
        assertTrue(printed.contains("Schema check failed: table party: index party_name_search_idx is invalid"), printed);
        assertTrue(printed.contains("-Dreset"), printed);
        assertFalse(printed.contains("is running"), printed);
        assertEquals(-1, status(baseUrl() + "/api/health"), "nothing serves the database");
    }

    private DemoStart demoStart(ByteArrayOutputStream console) {
        return new DemoStart(home, ear, data, databasePort, PORT_OFFSET,
                new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/callcenter";
    }

    /** Every key, constraint and index of the migrations there and valid, every table with its primary key. */
    private static void assertSchemaWhole(Connection connection) throws SQLException {
        SchemaCatalogue catalogue = SchemaCatalogue.read(connection);
        Set<SchemaCatalogue.SchemaObject> missing = new TreeSet<>(SchemaIntegrity.manifest(FirstStartIT.class.getClassLoader()));
        missing.removeAll(catalogue.objects());
        assertEquals(Set.of(), missing, "keys, constraints and indexes missing");
        assertEquals(Set.of(), catalogue.unusable(), "invalid indexes or NOT VALID constraints");
        assertEquals(0, count(connection, "SELECT count(*) FROM pg_class t WHERE t.relkind = 'r'"
                + " AND t.relnamespace = current_schema()::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                + " WHERE c.conrelid = t.oid AND c.contype = 'p')"), "tables without a primary key");
        assertEquals(0, count(connection, "SELECT count(*) FROM pg_index WHERE NOT indisvalid OR NOT indisready"));
    }

    private static Connection connect(LocalDatabase database) throws SQLException {
        return DriverManager.getConnection(database.settings().url(), database.settings().user(), database.settings().password());
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The status of a GET, or -1 when nothing answers. */
    private int status(String url) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The database as the client found it the first time the public port answered. */
    private record Snapshot(long parties, long activeCampaigns, String setUp) {
    }

    /**
     * A client that, from before the start, keeps asking /health and posting a party to the public port, as the
     * supervisor's browser or an integration would; it notes what the database held at the first answer.
     */
    private final class RacingClient extends Thread {

        private final AtomicReference<Snapshot> firstAnswer = new AtomicReference<>();
        private final List<String> failures = new CopyOnWriteArrayList<>();
        private volatile boolean finished;
        private boolean up;
        private int next;

        RacingClient() {
            super("racing-client");
            setDaemon(true);
        }

        @Override
        public void run() {
            String operator = "Basic " + Base64.getEncoder().encodeToString("operator1:demo".getBytes(StandardCharsets.UTF_8));
            while (!finished) {
                try {
                    int health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/health"))
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    noteFirstAnswer();
                    check("GET /health", health, 200, "");
                    up |= health == 200;
                    String mobile = String.format("+39352%07d", ++next);
                    HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/parties"))
                            .timeout(Duration.ofSeconds(30)).header("Authorization", operator)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(PartiesIT.person("Anna", POSTED_NAME, mobile).toString()))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    check("POST /parties", created.statusCode(), 201, created.body());
                    if (created.statusCode() == 201) {
                        posted.put(mobile, JSON.readTree(created.body()).get("id").asLong());
                    }
                } catch (IOException refused) {
                    pause(); // nothing listens yet: ask again shortly
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException | SQLException e) {
                    failures.add(e.toString());
                }
            }
        }

        /**
         * While WildFly deploys, its port answers 404 (no application on the path yet) or 503: nothing is served, so
         * no failure; once /health has said UP, every answer must be the expected one.
         */
        private void check(String request, int status, int expected, String body) {
            boolean deploying = !up && (status == 404 || status == 503);
            if (status != expected && !deploying) {
                failures.add(request + " answered " + status + " " + body);
            }
            if (deploying) {
                pause();
            }
        }

        private void noteFirstAnswer() throws SQLException, IOException {
            if (firstAnswer.get() != null) {
                return;
            }
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort
                    + "/" + LocalDatabase.DATABASE, "postgres", "postgres")) {
                Path setUp = data.resolve(DemoStart.SETUP_FILE);
                firstAnswer.compareAndSet(null, new Snapshot(count(connection, "SELECT count(*) FROM party"),
                        count(connection, "SELECT count(*) FROM campaign WHERE state = 'ACTIVE' AND system_purpose IS NULL"),
                        Files.exists(setUp) ? Files.readString(setUp) : ""));
            }
        }

        private static void pause() {
            try {
                Thread.sleep(20); // a client's retry pace, not a wait for a condition of the test
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void finish() throws InterruptedException {
            finished = true;
            join(60_000);
        }
    }
}
