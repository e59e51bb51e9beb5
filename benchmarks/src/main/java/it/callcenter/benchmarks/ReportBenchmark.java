package it.callcenter.benchmarks;

import it.callcenter.reporting.ReportStatements;
import it.callcenter.server.DatabaseSettings;
import it.callcenter.server.LocalDatabase;
import it.callcenter.server.LocalServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 14's figures: campaign progress and operator productivity over a million call records. Starts the application
 * as the run command does (on a copy of the build's WildFly), loads P generated parties, then with plain SQL into the
 * application's schema: O operators, C campaigns (made through the API, so each has its outcome set) of E entries each,
 * and A attempts spread over the last D days (Italian working hours, 2–10 minutes each, outcomes in a call center's
 * proportions), the entries brought to their last outcome. Times, each as the median and the slowest of R runs after
 * a warm-up:
 * <ol>
 * <li>the aggregate statements alone (plain JDBC, the application's SQL and bound values), with their plans;</li>
 * <li>the whole report through the API: HTTP, Basic authentication, the statement, the Jasper fill and the PDF or
 * XLSX export, until the last byte arrives.</li>
 * </ol>
 * Goal: under 5 s each. Stops what it started, also on failure.
 */
public final class ReportBenchmark {

    private static final int PORT_OFFSET = 11050;
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final String api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ReportBenchmark(String baseUrl) {
        this.api = baseUrl + "/api";
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int parties = 100_000;
        int attempts = 1_000_000;
        int operators = 200;
        int campaigns = 20;
        int entries = 20_000;
        int days = 90;
        int runs = 5;
        Path project = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".")).toAbsolutePath();
        Path ear = project.resolve("ear/target/callcenter.ear");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--parties" -> parties = Integer.parseInt(args[++i].replace("_", ""));
                case "--attempts" -> attempts = Integer.parseInt(args[++i].replace("_", ""));
                case "--operators" -> operators = Integer.parseInt(args[++i]);
                case "--campaigns" -> campaigns = Integer.parseInt(args[++i]);
                case "--entries" -> entries = Integer.parseInt(args[++i].replace("_", ""));
                case "--days" -> days = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--ear" -> ear = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Usage: ReportBenchmark [--parties N] [--attempts N] [--operators N]"
                        + " [--campaigns N] [--entries N (a campaign)] [--days N] [--runs N] [--ear FILE]  (unknown: " + args[i] + ")");
            }
        }
        if (entries > parties) {
            throw new IllegalArgumentException("--entries is per campaign and at most --parties");
        }
        Path wildfly;
        try (Stream<Path> homes = Files.list(project.resolve("ear/target/it-server"))) {
            wildfly = homes.filter(p -> p.getFileName().toString().startsWith("wildfly-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No WildFly unpacked by the ear build in " + project));
        }
        Path root = Files.createTempDirectory("report-benchmark-");
        try {
            System.out.printf("Report benchmark, %s: %,d attempts, %d operators, %d campaigns of %,d entries, %d days, %,d parties%n",
                    OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), attempts, operators, campaigns, entries, days, parties);
            ImportBenchmark.copyTree(wildfly, root.resolve("wildfly"));
            long start = System.nanoTime();
            try (LocalServer server = LocalServer.start(root.resolve("wildfly"), ear, root.resolve("pgdata"),
                    LocalDatabase.freePort(), PORT_OFFSET, "demo", Map.of())) {
                System.out.printf("Application started in %.1f s at %s%n", seconds(start), server.baseUrl());
                new ReportBenchmark(server.baseUrl()).run(server.database().settings(), parties, attempts, operators, campaigns,
                        entries, days, runs);
            }
        } finally {
            GeneratedRegistry.deleteRecursively(root);
        }
    }

    private void run(DatabaseSettings db, int parties, int attempts, int operators, int campaigns, int entries, int days, int runs)
            throws Exception {
        long start = System.nanoTime();
        try (Connection connection = connect(db)) {
            connection.setAutoCommit(false);
            System.out.println("  " + new DemoRegistry().load(connection, parties));
            connection.commit();
        }
        System.out.printf("Registry loaded in %.1f s%n", seconds(start));
        start = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (int c = 0; c < campaigns; c++) {
            ids.add(campaign("Benchmark report " + c));
        }
        System.out.printf("%d campaigns made through the API in %.1f s%n", campaigns, seconds(start));
        try (Connection connection = connect(db)) {
            connection.setAutoCommit(false);
            start = System.nanoTime();
            generate(connection, ids, attempts, operators, entries, days);
            connection.commit();
            System.out.printf("Generated with SQL in %.1f s: %,d entries, %,d attempts%n", seconds(start),
                    count(connection, "SELECT count(*) FROM campaign_entry"), count(connection, "SELECT count(*) FROM entry_attempt"));
            try (Statement analyze = connection.createStatement()) {
                connection.setAutoCommit(true);
                analyze.execute("VACUUM ANALYZE entry_attempt");
                analyze.execute("VACUUM ANALYZE campaign_entry");
            }
            for (String line : MachineFacts.describe(connection)) {
                System.out.println("  " + line);
            }
            long busiest = busiestCampaign(connection);
            LocalDate today = LocalDate.now(ROME);
            sqlTimings(connection, busiest, today, runs);
            apiTimings(busiest, today, runs);
        }
        System.out.println("Load average at the end: " + GeneratedRegistry.loadAverage());
    }

    /** Operators, entries, attempts and the entries' last outcome: plain SQL, one statement each. */
    private static void generate(Connection connection, List<Long> campaigns, int attempts, int operators, int entries, int days)
            throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO app_user (id, username, full_name, password_hash)"
                    + " SELECT nextval('app_user_seq'), 'bench.op' || lpad(g::text, 3, '0'), 'Operatore ' || lpad(g::text, 3, '0'),"
                    + " 'not-a-hash' FROM generate_series(1, " + operators + ") g");
            sql.execute("INSERT INTO app_user_role (user_id, role) SELECT id, 'OPERATOR' FROM app_user WHERE username LIKE 'bench.op%'");
            sql.execute("CREATE TEMP TABLE bench_party AS SELECT row_number() OVER (ORDER BY p.id) AS n, p.id,"
                    + " (SELECT c.search_key FROM party_contact c WHERE c.party_id = p.id AND c.kind IN ('MOBILE', 'PHONE') ORDER BY c.position LIMIT 1) AS phone"
                    + " FROM party p");
            sql.execute("DELETE FROM bench_party WHERE phone IS NULL");
            Long[] ids = campaigns.toArray(Long[]::new);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO campaign_entry (id, campaign_id, party_id, phone, dispatch_key)"
                    + " SELECT nextval('campaign_entry_seq'), c.id, p.id, p.phone, p.n"
                    + " FROM unnest(?::bigint[]) WITH ORDINALITY AS c(id, k)"
                    + " JOIN LATERAL (SELECT * FROM bench_party ORDER BY (n * 7919 + c.k * 104729) % (SELECT count(*) FROM bench_party) LIMIT ?) p ON true")) {
                insert.setArray(1, connection.createArrayOf("bigint", ids));
                insert.setInt(2, entries);
                insert.executeUpdate();
            }
            sql.execute("CREATE TEMP TABLE bench_entry AS SELECT row_number() OVER (ORDER BY id) AS n, id, campaign_id, party_id, phone FROM campaign_entry");
            sql.execute("CREATE INDEX ON bench_entry (n)");
            // outcomes as a call center's day has them: many no-answers, a quarter refusals, a few sales
            sql.execute("INSERT INTO entry_attempt (id, entry_id, campaign_id, party_id, operator, phone, outcome, taken_at, recorded_at,"
                    + " contact, success)"
                    + " SELECT nextval('entry_attempt_seq'), e.id, e.campaign_id, e.party_id, a.operator, e.phone, a.outcome, a.taken_at,"
                    + " a.taken_at + (120 + floor(random() * 480)) * interval '1 second',"
                    + " a.outcome IN ('CALLBACK', 'NOT_INTERESTED', 'CONTRACT', 'APPOINTMENT', 'DO_NOT_CALL'), a.outcome IN ('CONTRACT', 'APPOINTMENT')"
                    + " FROM (SELECT g, 'bench.op' || lpad((1 + floor(random() * " + operators + "))::text, 3, '0') AS operator,"
                    + "   CASE WHEN r < 0.40 THEN 'NO_ANSWER' WHEN r < 0.50 THEN 'BUSY' WHEN r < 0.60 THEN 'CALLBACK'"
                    + "   WHEN r < 0.85 THEN 'NOT_INTERESTED' WHEN r < 0.90 THEN 'CONTRACT' WHEN r < 0.94 THEN 'APPOINTMENT'"
                    + "   WHEN r < 0.97 THEN 'DO_NOT_CALL' ELSE 'WRONG_NUMBER' END AS outcome,"
                    + "   ((current_date - floor(random() * " + days + ")::int) + time '09:00' + random() * interval '11 hours')"
                    + "   AT TIME ZONE 'Europe/Rome' AS taken_at"
                    + "   FROM (SELECT g, random() AS r FROM generate_series(1, " + attempts + ") g) x) a"
                    + " JOIN bench_entry e ON e.n = 1 + (a.g::bigint * 7919) % (SELECT count(*) FROM bench_entry)");
            sql.execute("UPDATE campaign_entry e SET last_outcome = l.outcome, last_attempt_at = l.recorded_at, attempts = l.attempts,"
                    + " state = CASE WHEN l.outcome IN ('NO_ANSWER', 'BUSY') THEN 'OPEN' WHEN l.outcome = 'CALLBACK' THEN 'CALLBACK' ELSE 'DONE' END"
                    + " FROM (SELECT DISTINCT ON (entry_id) entry_id, outcome, recorded_at, count(*) OVER (PARTITION BY entry_id) AS attempts"
                    + "   FROM entry_attempt ORDER BY entry_id, recorded_at DESC) l WHERE l.entry_id = e.id");
        }
    }

    private static long busiestCampaign(Connection connection) throws SQLException {
        return count(connection, "SELECT campaign_id FROM entry_attempt GROUP BY campaign_id ORDER BY count(*) DESC LIMIT 1");
    }

    private static void sqlTimings(Connection connection, long campaign, LocalDate today, int runs) throws SQLException {
        System.out.println("SQL alone (plain JDBC, the application's statements), median / slowest of " + runs + " after a warm-up:");
        Timestamp epoch = Timestamp.valueOf("1970-01-01 00:00:00");
        Timestamp future = Timestamp.valueOf("3000-01-01 00:00:00");
        Timestamp monthAgo = Timestamp.from(today.minusDays(29).atStartOfDay(ROME).toInstant());
        Timestamp tomorrow = Timestamp.from(today.plusDays(1).atStartOfDay(ROME).toInstant());
        time(connection, "campaign progress, busiest campaign, whole life", ReportStatements.campaignProgress(campaign, epoch, future), runs);
        time(connection, "campaign progress, busiest campaign, last 30 days", ReportStatements.campaignProgress(campaign, monthAgo, tomorrow), runs);
        time(connection, "productivity, all operators and campaigns, last 30 days",
                ReportStatements.productivity(today.minusDays(29), today, null, null), runs);
        time(connection, "productivity, all operators, one campaign, 90 days",
                ReportStatements.productivity(today.minusDays(89), today, campaign, null), runs);
        time(connection, "productivity, one operator, 90 days", ReportStatements.productivity(today.minusDays(89), today, null, "bench.op007"), runs);
        explain(connection, "campaign progress, whole life", ReportStatements.campaignProgress(campaign, epoch, future));
        explain(connection, "productivity, last 30 days", ReportStatements.productivity(today.minusDays(29), today, null, null));
    }

    private static void time(Connection connection, String what, ReportStatements.Statement statement, int runs) throws SQLException {
        long rows = 0;
        double[] ms = new double[runs];
        for (int run = -1; run < runs; run++) {
            long start = System.nanoTime();
            rows = 0;
            try (PreparedStatement query = prepare(connection, statement); ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            if (run >= 0) {
                ms[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf("  %-62s %8.0f ms / %8.0f ms  (%,d rows)%n", what, ms[runs / 2], ms[runs - 1], rows);
    }

    private static void explain(Connection connection, String what, ReportStatements.Statement statement) throws SQLException {
        System.out.println("  plan of " + what + ":");
        try (PreparedStatement query = prepare(connection, new ReportStatements.Statement("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql(),
                statement.parameters())); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                System.out.println("    " + rs.getString(1));
            }
        }
    }

    private static PreparedStatement prepare(Connection connection, ReportStatements.Statement statement) throws SQLException {
        PreparedStatement query = connection.prepareStatement(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setObject(i + 1, statement.parameters().get(i));
        }
        return query;
    }

    private void apiTimings(long campaign, LocalDate today, int runs) throws Exception {
        System.out.println("Whole report through the API (HTTP, Basic authentication, SQL, Jasper fill, export), median / slowest of "
                + runs + " after two warm-ups:");
        report("campaign progress PDF, busiest campaign, whole life", "/reports/campaign-progress.pdf?campaign=" + campaign, runs);
        report("campaign progress XLSX, busiest campaign, whole life", "/reports/campaign-progress.xlsx?campaign=" + campaign, runs);
        report("productivity PDF, all operators and campaigns, last 30 days", "/reports/operator-productivity.pdf", runs);
        report("productivity XLSX, all operators and campaigns, last 30 days", "/reports/operator-productivity.xlsx", runs);
        report("productivity PDF, all operators, one campaign, 90 days", "/reports/operator-productivity.pdf?campaign=" + campaign
                + "&from=" + today.minusDays(89) + "&to=" + today, runs);
        report("productivity PDF, one operator, 90 days", "/reports/operator-productivity.pdf?operator=bench.op007&from="
                + today.minusDays(89) + "&to=" + today, runs);
    }

    private void report(String what, String path, int runs) throws Exception {
        double[] ms = new double[runs];
        long bytes = 0;
        for (int run = -2; run < runs; run++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofMinutes(2))
                    .header("Authorization", basic("manager", "demo")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + new String(answer.body(), StandardCharsets.UTF_8));
            }
            bytes = answer.body().length;
            if (run >= 0) {
                ms[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf("  %-62s %8.0f ms / %8.0f ms  (%,d bytes)%n", what, ms[runs / 2], ms[runs - 1], bytes);
    }

    private long campaign(String name) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(api + "/campaigns"))
                .header("Authorization", basic("supervisor", "demo")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("campaign: " + created.statusCode() + " " + created.body());
        }
        Matcher id = ID.matcher(created.body());
        if (!id.find()) {
            throw new IllegalStateException(created.body());
        }
        return Long.parseLong(id.group(1));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Connection connect(DatabaseSettings db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
