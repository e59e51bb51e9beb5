package it.callcenter.benchmarks;

import it.callcenter.geography.V3__Load_comuni;
import it.callcenter.server.DatabaseSettings;
import it.callcenter.server.LocalDatabase;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * How fast is the registry's search on 1,000,000 parties? Starts an embedded PostgreSQL 14 (the one the run
 * command uses), applies the application's Flyway migrations, loads N generated parties with COPY, then times
 * with plain JDBC the exact statements the server sends: the archive search by name prefix (for who sees all
 * and for an operator, whose visibility condition is added), by codice fiscale, partita IVA and phone, the
 * comuni autocomplete, and a primary-key read as the baseline of the same run. Prints p50/p95/p99 against the
 * goals (search p95 under 20 ms, autocomplete under 10 ms), EXPLAIN (ANALYZE, BUFFERS) of what misses them,
 * and the machine facts. Stops the PostgreSQL it started, also on failure.
 */
public final class RegistryBenchmark {

    static final String OPERATOR = "operator1";
    static final double SEARCH_GOAL_MS = 20;
    static final double SUGGEST_GOAL_MS = 10;
    private static final String MARKER = "registry-benchmark.properties";
    private static final Set<Integer> RESERVED_PORTS = Set.of(8080, 8180, 54329);

    private final Options options;
    private final PrintStream out;

    private RegistryBenchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
            if (e.getMessage().equals(Options.USAGE)) {
                return;
            }
            throw e;
        }
        boolean temporary = options.data() == null;
        Path root = temporary ? Files.createTempDirectory("registry-benchmark-") : options.data();
        Path dataDirectory = temporary ? root.resolve("pgdata") : root;
        LocalDatabase database = null;
        Thread stopOnExit = null;
        try {
            long start = System.nanoTime();
            database = LocalDatabase.start(dataDirectory, port());
            LocalDatabase started = database;
            stopOnExit = new Thread(started::close, "stop-embedded-postgres");
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            System.out.printf("Embedded PostgreSQL started in %.1f s on 127.0.0.1:%d, data in %s%n",
                    (System.nanoTime() - start) / 1e9, database.port(), dataDirectory);
            new RegistryBenchmark(options, System.out).run(database.settings(), dataDirectory);
        } finally {
            if (database != null) {
                database.close();
                System.out.println("Embedded PostgreSQL stopped.");
            }
            if (stopOnExit != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopOnExit);
                } catch (IllegalStateException alreadyExiting) {
                    // the hook is running or has run: nothing to remove
                }
            }
            if (temporary) {
                deleteRecursively(root);
            }
        }
    }

    private void run(DatabaseSettings db, Path dataDirectory) throws Exception {
        out.println("Registry search benchmark, " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        migrate(db);
        Comuni comuni;
        try (Connection connection = connect(db)) {
            comuni = Comuni.load(connection);
        }
        int parties = loadOrReuse(db, dataDirectory, comuni);
        try (Connection connection = connect(db)) {
            describeData(connection);
            for (Path file : options.apply()) {
                apply(connection, file);
            }
        }

        Samples samples;
        try (Connection connection = connect(db)) {
            samples = Samples.draw(connection, comuni, new SplittableRandom(options.seed() + 1), 4000);
        }
        List<Scenario> scenarios = scenarios(samples, new SplittableRandom(options.seed() + 2));
        out.printf("%nTiming: %d warm-up then %d timed queries per scenario, inputs drawn at random from %d sampled"
                + " parties; one connection, a new PreparedStatement per query (as EclipseLink on a pooled"
                + " connection).%n", options.warmup(), options.queries(), 4000);

        List<ScenarioRunner.Result> results = new ArrayList<>();
        String loadBefore = loadAverage();
        try (Connection connection = connect(db)) {
            ScenarioRunner runner = new ScenarioRunner(connection, options.warmup(), options.queries());
            SplittableRandom random = new SplittableRandom(options.seed() + 3);
            for (Scenario scenario : scenarios) {
                long start = System.nanoTime();
                ScenarioRunner.Result result = runner.run(scenario, random);
                results.add(result);
                out.printf("  %-3s %-60s p95 %8.2f ms  (%.0f s)%n", scenario.id(), scenario.title(),
                        result.total().percentile(95), (System.nanoTime() - start) / 1e9);
            }
        }

        Report report = new Report(out, results);
        report.table();
        out.printf("Load average (1/5/15 min) before the timing: %s, after: %s (the machine has %d cores; anything"
                + " above 1 beyond this program is someone else's work and noise in these numbers)%n", loadBefore,
                loadAverage(), Runtime.getRuntime().availableProcessors());
        try (Connection connection = connect(db)) {
            Explainer explainer = new Explainer(connection, out);
            boolean header = false;
            for (ScenarioRunner.Result result : results) {
                if (options.explainAll() || report.missed(result)) {
                    if (!header) {
                        out.printf("%nEXPLAIN (ANALYZE, BUFFERS) of the slowest input of %s:%n",
                                options.explainAll() ? "every scenario" : "each scenario that missed its goal");
                        header = true;
                    }
                    explainer.explain(result);
                }
            }
            if (!header) {
                out.println("\nEvery goal met: no EXPLAIN needed (use --explain-all to see the plans).");
            }
            out.println("\nMachine:");
            for (String fact : MachineFacts.describe(connection)) {
                out.println("  " + fact);
            }
        }
        out.println("  data: " + parties + " parties, seed " + options.seed());
        out.println("Command: " + command());
    }

    private void migrate(DatabaseSettings db) {
        long start = System.nanoTime();
        Flyway flyway = Flyway.configure()
                .dataSource(db.url(), db.user(), db.password())
                .locations("classpath:db/migration")
                .javaMigrationClassProvider(() -> List.of(V3__Load_comuni.class))
                .load();
        var result = flyway.migrate();
        out.printf("Schema at version %s (%d migrations applied now) in %.1f s%n",
                flyway.info().current().getVersion(), result.migrationsExecuted, (System.nanoTime() - start) / 1e9);
    }

    /** Loads the parties, or reuses them when --data points at a database this program loaded before. */
    private int loadOrReuse(DatabaseSettings db, Path dataDirectory, Comuni comuni) throws Exception {
        Path marker = dataDirectory.resolve(MARKER);
        if (Files.exists(marker)) {
            Properties loaded = new Properties();
            try (var in = Files.newBufferedReader(marker)) {
                loaded.load(in);
            }
            int parties = Integer.parseInt(loaded.getProperty("parties"));
            out.printf("Reusing the %d parties loaded in %s on %s (seed %s)%s%n", parties, dataDirectory,
                    loaded.getProperty("loadedAt"), loaded.getProperty("seed"),
                    parties == options.parties() ? "" : "; --parties " + options.parties() + " ignored");
            out.println("  load then: " + loaded.getProperty("report"));
            return parties;
        }
        out.printf("Loading %,d parties (seed %d) ...%n", options.parties(), options.seed());
        BulkLoad.Report report = new BulkLoad(db.url(), db.user(), db.password())
                .load(comuni, options.parties(), options.seed());
        RegistryGenerator.Counts c = report.counts();
        String summary = String.format("%,d parties (%,d persons, %,d companies), %,d contacts, %,d party interests,"
                        + " %,d owners; generation + COPY %.1f s, keys/indexes/foreign keys %.1f s, VACUUM ANALYZE + CHECKPOINT"
                        + " %.1f s: total %.1f s (%,.0f parties/s)", c.parties(), c.persons(), c.companies(),
                c.contacts(), c.interests(), c.owners(), report.copySeconds(), report.indexSeconds(),
                report.vacuumSeconds(), report.totalSeconds(), c.parties() / report.totalSeconds());
        out.println("Loaded " + summary);
        out.printf("  identifiers checked by the application's validators: %,d parties; omocodic codici fiscali"
                + " (same data as an earlier person): %,d%n", c.verified(), c.omocodic());
        Properties loaded = new Properties();
        loaded.setProperty("parties", String.valueOf(options.parties()));
        loaded.setProperty("seed", String.valueOf(options.seed()));
        loaded.setProperty("loadedAt", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        loaded.setProperty("report", summary);
        try (var writer = Files.newBufferedWriter(marker)) {
            loaded.store(writer, "written by RegistryBenchmark once the load completed");
        }
        return options.parties();
    }

    private void describeData(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT relname, n_live_tup,"
                     + " pg_size_pretty(pg_table_size(relid)), pg_size_pretty(pg_indexes_size(relid))"
                     + " FROM pg_stat_user_tables WHERE relname IN ('party', 'party_contact', 'party_interest',"
                     + " 'party_owner', 'comune', 'interest') ORDER BY relname")) {
            out.println("Tables (rows, table size, index size):");
            while (rs.next()) {
                out.printf("  %-15s %,10d  %8s  %8s%n", rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4));
            }
        }
    }

    /** Runs the statements of an --apply file (e.g. an index to try) and times them. */
    private void apply(Connection connection, Path file) throws IOException, SQLException {
        String text = Files.readString(file);
        try (Statement statement = connection.createStatement()) {
            for (String sql : text.split(";\\s*(\\r?\\n|$)")) {
                String trimmed = sql.lines().filter(l -> !l.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b).strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                long start = System.nanoTime();
                statement.execute(trimmed);
                out.printf("Applied (%s, %.1f s): %s%n", file.getFileName(), (System.nanoTime() - start) / 1e9,
                        trimmed.replaceAll("\\s+", " "));
            }
        }
    }

    private List<Scenario> scenarios(Samples samples, SplittableRandom random) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            ids.add(String.valueOf(1 + random.nextLong(samples.maxId)));
        }
        List<Scenario> all = List.of(
                new Scenario("e", "baseline: SELECT id, display_name FROM party WHERE id = ?", Scenario.Kind.BY_ID,
                        ids, null, Double.NaN),
                search("a1", "name prefix, 3-6 letters (\"ross\"), sees all", samples.surnamePrefixes, null),
                search("a2", "name prefix, 3-6 letters, operator (visibility)", samples.surnamePrefixes, OPERATOR),
                search("a3", "surname + 2 letters of name (\"rossi ma\"), sees all", samples.surnameAndName, null),
                search("a4", "surname + 2 letters of name, operator", samples.surnameAndName, OPERATOR),
                search("b1", "codice fiscale, sees all", samples.fiscalCodes, null),
                search("b2", "codice fiscale, operator", samples.fiscalCodes, OPERATOR),
                search("b3", "partita IVA (not phone-like), sees all", samples.vatNumbers, null),
                search("b4", "partita IVA that is also a phone (0...), sees all", samples.vatNumbersLikePhones, null),
                search("c1", "phone, not E.164 (\"333 1234567\"), sees all", samples.phones, null),
                search("c2", "phone, not E.164, operator", samples.phones, OPERATOR),
                new Scenario("d", "comuni autocomplete, 2-4 letters (15 suggestions)", Scenario.Kind.SUGGEST,
                        samples.comunePrefixes, null, SUGGEST_GOAL_MS),
                new Scenario("e2", "baseline again, after the searches (drift check)", Scenario.Kind.BY_ID,
                        ids, null, Double.NaN));
        // the baselines always run: every ratio is to the first
        return all.stream().filter(s -> s.id().startsWith("e") || options.runs(s.id())).toList();
    }

    private static Scenario search(String id, String title, List<String> inputs, String restrictedTo) {
        return new Scenario(id, title, Scenario.Kind.SEARCH, inputs, restrictedTo, SEARCH_GOAL_MS);
    }

    private String command() {
        String args = String.join(" ", options.raw());
        if (System.getProperty("maven.home") != null || System.getProperty("classworlds.conf") != null) {
            return "cd /work/main && mvn -o -q -pl benchmarks exec:java"
                    + " -Dexec.mainClass=it.callcenter.benchmarks.RegistryBenchmark -Dexec.args=\"" + args + "\"";
        }
        return ProcessHandle.current().info().command().orElse("java") + " -cp <classpath> "
                + RegistryBenchmark.class.getName() + " " + args;
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static Connection connect(DatabaseSettings db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static int port() {
        for (int i = 0; i < 20; i++) {
            int port = LocalDatabase.freePort();
            if (!RESERVED_PORTS.contains(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port outside " + RESERVED_PORTS);
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
