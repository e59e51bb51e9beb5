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
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What every benchmark on the generated registry does around its timings: an embedded PostgreSQL 14 started
 * (and stopped, also on failure), the application's Flyway migrations, N generated parties loaded with COPY or
 * reused from a --data directory loaded before, the tables described, --apply files run, the command printed.
 */
final class GeneratedRegistry {

    /** One benchmark's work on the started, migrated database. */
    interface Body {
        void run(DatabaseSettings db, Path dataDirectory) throws Exception;
    }

    private static final String MARKER = "registry-benchmark.properties";
    private static final Set<Integer> RESERVED_PORTS = Set.of(8080, 8180, 54329);

    private GeneratedRegistry() {
    }

    static void start(String[] args, String temporaryPrefix, Function<Options, Body> benchmark) throws Exception {
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
        Path root = temporary ? Files.createTempDirectory(temporaryPrefix) : options.data();
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
            benchmark.apply(options).run(database.settings(), dataDirectory);
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

    static void migrate(DatabaseSettings db, PrintStream out) {
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
    static int loadOrReuse(DatabaseSettings db, Path dataDirectory, Comuni comuni, Options options, PrintStream out)
            throws Exception {
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
        BulkLoad.Report report;
        try (Connection connection = connect(db)) {
            connection.setAutoCommit(false);
            report = new BulkLoad(connection).load(comuni, options.parties(), options.seed());
            connection.commit();
            connection.setAutoCommit(true);
            report = report.settled(BulkLoad.settle(connection));
        }
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
            loaded.store(writer, "written by a benchmark once the load completed");
        }
        return options.parties();
    }

    static void describeData(Connection connection, PrintStream out, String... tables) throws SQLException {
        String names = String.join("', '", Stream.concat(Stream.of("party", "party_contact", "party_interest",
                "party_owner", "comune", "interest"), Stream.of(tables)).toList());
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT relname, n_live_tup,"
                     + " pg_size_pretty(pg_table_size(relid)), pg_size_pretty(pg_indexes_size(relid))"
                     + " FROM pg_stat_user_tables WHERE relname IN ('" + names + "') ORDER BY relname")) {
            out.println("Tables (rows, table size, index size):");
            while (rs.next()) {
                out.printf("  %-15s %,10d  %8s  %8s%n", rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4));
            }
        }
    }

    /** Runs the statements of an --apply file (e.g. an index to try) and times them. */
    static void apply(Connection connection, Path file, PrintStream out) throws IOException, SQLException {
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

    /** The command line that repeats this run. */
    static String command(Class<?> main, Options options) {
        String args = String.join(" ", options.raw());
        if (System.getProperty("maven.home") != null || System.getProperty("classworlds.conf") != null) {
            return "cd /work/main && mvn -o -q -pl benchmarks exec:java"
                    + " -Dexec.mainClass=" + main.getName() + " -Dexec.args=\"" + args + "\"";
        }
        return ProcessHandle.current().info().command().orElse("java") + " -cp <classpath> " + main.getName() + " " + args;
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    static Connection connect(DatabaseSettings db) throws SQLException {
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
