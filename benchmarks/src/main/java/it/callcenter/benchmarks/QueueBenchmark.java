package it.callcenter.benchmarks;

import it.callcenter.queue.QueueStatements;
import it.callcenter.server.DatabaseSettings;
import it.callcenter.server.LocalDatabase;
import it.callcenter.server.LocalServer;

import java.io.IOException;
import java.net.http.HttpClient;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 12's figures for "next customer". Starts the application as the run command does (on a copy of the build's
 * WildFly), loads N generated parties, makes O operators ({@code POST /users}) and one SHARED campaign of every
 * party that calls at any hour, warms the server up (the API's loop untimed for four minutes: see {@code warmUp}),
 * then measures, each phase on the same N fresh entries:
 * <ol>
 * <li>saturation through the API: O clients loop {@code POST /queue/next} → {@code POST …/outcome} (Basic
 * authentication each time, as an integration would) for S seconds; every entry handed out is counted, twice is
 * a failure;</li>
 * <li>the baseline in the same run: the same statements the application sends for one next and one outcome, looped
 * in plain JDBC by O connections for S seconds, a transaction for the dispatch, one for the card, one for the
 * outcome;</li>
 * <li>a realistic pace: O operators each taking a customer every 10 s (talking a random 2–8 s in between): the
 * latency of "next customer" as an operator's browser meets it (HTTP, authentication included).</li>
 * </ol>
 * Prints rates, the ratio (goal ≥ 0.6), duplicates (goal 0), the latency percentiles (goal p99 &lt; 50 ms) and the
 * machine. Stops what it started, also on failure.
 */
public final class QueueBenchmark {

    private static final int PORT_OFFSET = 320;
    private static final int WARM_UP_WINDOW = 15;
    private static final int WARM_UP_WINDOWS = 16;
    private int warmUpWindows = WARM_UP_WINDOWS;
    private static final String PASSWORD = "Banco-Prova-2026";
    private static final Pattern ENTRY = Pattern.compile("\"entryId\"\\s*:\\s*(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private final String api;
    private long wildflyPid;
    private long postmasterPid;
    private Path profile;
    /** {@code --jdk-client}: the timed calls through the JDK's HttpClient instead of a kept-alive socket each. */
    private boolean jdkClient;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(16, DaemonThreads.FACTORY)).build();

    private QueueBenchmark(String baseUrl) {
        this.api = baseUrl + "/api";
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int entries = 200_000;
        int operators = 200;
        int seconds = 60;
        int paceSeconds = 60;
        Path project = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".")).toAbsolutePath();
        Path ear = project.resolve("ear/target/callcenter.ear");
        Path profile = null;
        boolean jdkClient = false;
        int warmUpWindows = WARM_UP_WINDOWS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--entries" -> entries = Integer.parseInt(args[++i].replace("_", ""));
                case "--operators" -> operators = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--pace-seconds" -> paceSeconds = Integer.parseInt(args[++i]);
                case "--ear" -> ear = Path.of(args[++i]);
                case "--profile" -> profile = Path.of(args[++i]).toAbsolutePath();
                case "--jdk-client" -> jdkClient = true;
                case "--warm-up-windows" -> warmUpWindows = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Usage: QueueBenchmark [--entries N] [--operators N]"
                        + " [--seconds N] [--pace-seconds N] [--ear FILE] [--profile FILE.jfr] [--jdk-client] [--warm-up-windows N]  (unknown: " + args[i] + ")");
            }
        }
        Path wildfly;
        try (Stream<Path> homes = Files.list(project.resolve("ear/target/it-server"))) {
            wildfly = homes.filter(p -> p.getFileName().toString().startsWith("wildfly-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No WildFly unpacked by the ear build in " + project));
        }
        Path root = Files.createTempDirectory("queue-benchmark-");
        try {
            System.out.printf("Queue benchmark, %s: %,d entries, %d operators, %d s a phase%n",
                    OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), entries, operators, seconds);
            ImportBenchmark.copyTree(wildfly, root.resolve("wildfly"));
            long start = System.nanoTime();
            try (LocalServer server = LocalServer.start(root.resolve("wildfly"), ear, root.resolve("pgdata"),
                    LocalDatabase.freePort(), PORT_OFFSET, "demo", Map.of())) {
                System.out.printf("Application started in %.1f s at %s%n", seconds(start), server.baseUrl());
                QueueBenchmark benchmark = new QueueBenchmark(server.baseUrl());
                benchmark.wildflyPid = ImportBenchmark.wildflyPid(server);
                benchmark.postmasterPid = CpuTimes.postmaster(root.resolve("pgdata"));
                benchmark.profile = profile;
                benchmark.jdkClient = jdkClient;
                benchmark.warmUpWindows = warmUpWindows;
                benchmark.run(server.database().settings(), entries, operators, seconds, paceSeconds);
            }
        } finally {
            GeneratedRegistry.deleteRecursively(root);
        }
    }

    private void run(DatabaseSettings db, int entries, int operators, int seconds, int paceSeconds) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = connect(db)) {
            connection.setAutoCommit(false);
            System.out.println("  " + new DemoRegistry().load(connection, entries));
            connection.commit();
        }
        List<String> names = operators(operators);
        System.out.printf("%d operators made through the API in %.1f s%n", operators, seconds(start));
        start = System.nanoTime();
        long campaign = campaign(names);
        long filled;
        try (Connection connection = connect(db)) {
            filled = count(connection, "SELECT count(*) FROM campaign_entry WHERE campaign_id = " + campaign);
            for (String line : MachineFacts.describe(connection)) {
                System.out.println("  " + line);
            }
        }
        System.out.printf("Campaign %d filled with %,d entries, assigned SHARED, active, in %.1f s%n", campaign, filled, seconds(start));

        // every operator signs in once before the timing (its first call checks the password, 600,000 PBKDF2 rounds)
        System.out.println("Sign-in: 15 s through the API with every client");
        throughApi(names, 15);
        reset(db, campaign);
        warmUp(db, campaign, names);
        StatementStatistics statements = StatementStatistics.of(db);

        // the floor: what any authenticated call costs (GET /me: sign-in, one read of the user, JSON)
        statements.reset();
        CpuWatch cpu = new CpuWatch(new CpuTimes(wildflyPid, postmasterPid));
        long floor = floor(names, 10);
        double floorCpu = cpu.print("Floor phase (GET /me)", 10);
        System.out.printf("Floor: GET /me by every client, %,d in 10 s = %,.0f/s; WildFly %.2f ms of CPU a request%n",
                floor, floor / 10.0, 1000 * floorCpu / Math.max(1, floor));
        statements.print("Floor (unit: one GET /me)", floor, 5);
        // the same floor through the other client, then through this one again: what the client does to the server
        for (boolean jdk : new boolean[] {!jdkClient, jdkClient}) {
            cpu = new CpuWatch(new CpuTimes(wildflyPid, postmasterPid));
            long again = floor(names, 10, jdk);
            double againCpu = cpu.print("Floor phase (GET /me), " + (jdk ? "JDK client" : "kept-alive sockets"), 10);
            System.out.printf("Floor again, %s: %,d in 10 s = %,.0f/s; WildFly %.2f ms of CPU a request%n",
                    jdk ? "JDK client" : "kept-alive sockets", again, again / 10.0, 1000 * againCpu / Math.max(1, again));
        }

        statements.reset();
        cpu = new CpuWatch(new CpuTimes(wildflyPid, postmasterPid));
        // the server's request threads recorded (JFR) through the API phase, kept in the file given
        Profiler profiler = profile == null ? null : Profiler.start(wildflyPid, profile, "queue", t -> t.contains("default task"));
        Result app = throughApi(names, seconds);
        double appCpu = cpu.print("API phase", seconds);
        System.out.printf("  WildFly %.2f ms of CPU a next + outcome (two requests)%n", 1000 * appCpu / Math.max(1, app.done()));
        if (profiler != null) {
            profiler.stopAndPrint(System.out);
        }
        System.out.printf("API: %,d next+outcome in %d s = %,.0f/s; next p50 %.1f ms, p95 %.1f ms, p99 %.1f ms;"
                        + " entries given twice: %d; errors: %d%n", app.done(), seconds, app.rate(seconds),
                app.next().percentile(50), app.next().percentile(95), app.next().percentile(99), app.duplicates(), app.errors());
        try (Connection connection = connect(db)) {
            System.out.printf("  database: %,d attempts recorded, %,d entries done, %,d held%n",
                    count(connection, "SELECT count(*) FROM entry_attempt"),
                    count(connection, "SELECT count(*) FROM campaign_entry WHERE state = 'DONE'"),
                    count(connection, "SELECT count(*) FROM campaign_entry WHERE state = 'HELD'"));
        }
        statements.print("API (unit: one next + outcome)", app.done(), 40);
        reset(db, campaign);

        statements.reset();
        cpu = new CpuWatch(new CpuTimes(wildflyPid, postmasterPid));
        Result jdbc = baseline(db, campaign, names, seconds);
        cpu.print("Baseline phase", seconds);
        System.out.printf("Baseline (plain JDBC, %d connections, the same statements): %,d next+outcome in %d s = %,.0f/s;"
                        + " pick p50 %.1f ms, p99 %.1f ms; given twice: %d%n", names.size(), jdbc.done(), seconds,
                jdbc.rate(seconds), jdbc.next().percentile(50), jdbc.next().percentile(99), jdbc.duplicates());
        statements.print("Baseline (unit: one next + outcome)", jdbc.done(), 20);
        System.out.printf("Ratio API / baseline: %.2f (goal >= 0.6)%n", app.rate(seconds) / jdbc.rate(seconds));
        reset(db, campaign);

        // operators at work are signed in: the phases before took longer than a remembered credential lives
        // (a minute after its last use), so each signs in again first, untimed, as at the start of a shift
        floor(names, 0);
        Result paced = paced(names, paceSeconds);
        System.out.printf("Realistic pace (%d operators, a customer every 10 s each, %d s): %,d next; next p50 %.1f ms,"
                        + " p95 %.1f ms, p99 %.1f ms, max %.1f ms (goal p99 < 50 ms); given twice: %d; errors %d%n",
                names.size(), paceSeconds, paced.done(), paced.next().percentile(50), paced.next().percentile(95),
                paced.next().percentile(99), paced.next().max(), paced.duplicates(), paced.errors());
        System.out.println("Load average at the end: " + GeneratedRegistry.loadAverage());
    }

    /**
     * A server at work has compiled its hot paths long ago; a server just started spends minutes of its two cores in
     * the JIT compilers and runs slower code meanwhile (a run server's compilers were at work 280 s, by its
     * {@code java.ci.totalTime}, in its first six minutes under load; a bare {@code GET /me} cost it 1.3–2.1 ms of CPU
     * in the first minute, 0.45 ms after three). So the API's loop runs untimed for {@value #WARM_UP_WINDOWS} windows
     * ({@code --warm-up-windows N}) of {@value #WARM_UP_WINDOW} s, each printed with the CPU its compiler threads
     * took, then the floor's and the baseline's loops once each, so that their code is compiled too. Eight windows
     * were not enough: a unit's CPU was still falling by a third from window 8 to window 12 (BENCHMARKS.md).
     */
    private void warmUp(DatabaseSettings db, long campaign, List<String> names) throws Exception {
        for (int window = 1; window <= warmUpWindows; window++) {
            CpuTimes times = new CpuTimes(wildflyPid, postmasterPid);
            double compiled = CompilerTime.seconds(wildflyPid);
            times.sample();
            Result result = throughApi(names, WARM_UP_WINDOW);
            times.sample();
            double compiling = CompilerTime.seconds(wildflyPid) - compiled;
            double share = 100 * compiling / Math.max(0.001, times.wildflySeconds());
            System.out.printf("Warm-up %d, API: %,d next+outcome in %d s = %,.0f/s; WildFly %.2f ms of CPU a unit,"
                            + " %.0f%% of it (%.1f s) in the JIT compilers%n", window, result.done(), WARM_UP_WINDOW,
                    result.rate(WARM_UP_WINDOW), 1000 * times.wildflySeconds() / Math.max(1, result.done()), share, compiling);
            reset(db, campaign);
        }
        floor(names, WARM_UP_WINDOW);
        Result jdbc = baseline(db, campaign, names, WARM_UP_WINDOW);
        System.out.printf("Warm-up, baseline: %,d next+outcome in %d s = %,.0f/s; the JIT compilers took %.0f s of"
                        + " WildFly's CPU since its start%n", jdbc.done(), WARM_UP_WINDOW, jdbc.rate(WARM_UP_WINDOW),
                CompilerTime.seconds(wildflyPid));
        reset(db, campaign);
    }

    /** CPU seconds of each side during a phase, sampled every second (backends that end keep what they spent). */
    private static final class CpuWatch {
        private final CpuTimes times;
        private final java.util.concurrent.ScheduledExecutorService sampler =
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.FACTORY);

        CpuWatch(CpuTimes times) {
            this.times = times;
            times.sample();
            sampler.scheduleAtFixedRate(times::sample, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
        }

        /** Prints the phase's CPU seconds by side; answers WildFly's. */
        double print(String phase, int seconds) throws InterruptedException {
            sampler.shutdown();
            sampler.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            times.sample();
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("  %s, CPU seconds: WildFly %.1f, PostgreSQL %.1f, the benchmark's clients %.1f, other"
                            + " processes %.1f; whole machine %.1f of %d available%n", phase, times.wildflySeconds(),
                    times.postgresSeconds(), times.selfSeconds(), times.machineSeconds() - times.wildflySeconds()
                            - times.postgresSeconds() - times.selfSeconds(), times.machineSeconds(), cores * seconds);
            return times.wildflySeconds();
        }
    }

    private record Result(long done, Latencies next, long duplicates, long errors) {
        double rate(int seconds) {
            return done / (double) seconds;
        }
    }

    /** Every entry handed out, and how many times. */
    private static final class Handed {
        private final Map<Long, Boolean> seen = new ConcurrentHashMap<>();
        private final AtomicLong duplicates = new AtomicLong();

        void add(long entry) {
            if (seen.putIfAbsent(entry, Boolean.TRUE) != null) {
                duplicates.incrementAndGet();
            }
        }
    }

    private Result throughApi(List<String> names, int seconds) throws Exception {
        Handed handed = new Handed();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(names.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Latencies>> work = new ArrayList<>();
        for (String name : names) {
            String auth = basic(name, PASSWORD);
            work.add(pool.submit(() -> {
                Latencies next = new Latencies(200_000);
                go.await();
                try (KeepAliveClient client = new KeepAliveClient(api, jdkClient ? http : null)) {
                    while (System.nanoTime() < deadline) {
                        long t = System.nanoTime();
                        KeepAliveClient.Answer taken = client.send("POST", "/queue/next", auth, "");
                        next.add(System.nanoTime() - t);
                        if (taken.status() != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                        long entry = entryId(taken.body());
                        handed.add(entry);
                        KeepAliveClient.Answer recorded = client.send("POST", "/queue/entries/" + entry + "/outcome", auth,
                                "{\"outcome\":\"WRONG_NUMBER\"}");
                        if (recorded.status() != 200) {
                            errors.incrementAndGet();
                        }
                    }
                }
                return next;
            }));
        }
        go.countDown();
        Latencies all = new Latencies(2_000_000);
        long done = 0;
        for (Future<Latencies> future : work) {
            Latencies one = future.get();
            done += one.size();
            one.copyInto(all);
        }
        pool.shutdown();
        return new Result(done - errors.get(), all, handed.duplicates.get(), errors.get());
    }

    /** Every client loops GET /me for the seconds given (0: once each); answers how many were answered 200. */
    private long floor(List<String> names, int seconds) throws Exception {
        return floor(names, seconds, jdkClient);
    }

    private long floor(List<String> names, int seconds, boolean jdk) throws Exception {
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(names.size());
        List<Future<?>> work = new ArrayList<>();
        for (String name : names) {
            String auth = basic(name, PASSWORD);
            work.add(pool.submit(() -> {
                try (KeepAliveClient client = new KeepAliveClient(api, jdk ? http : null)) {
                    do {
                        if (client.send("GET", "/me", auth, null).status() == 200) {
                            done.incrementAndGet();
                        }
                    } while (System.nanoTime() < deadline);
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        return done.get();
    }

    private Result paced(List<String> names, int seconds) throws Exception {
        Handed handed = new Handed();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(names.size());
        List<Future<Latencies>> work = new ArrayList<>();
        for (String name : names) {
            String auth = basic(name, PASSWORD);
            work.add(pool.submit(() -> {
                Latencies next = new Latencies(1_000);
                ThreadLocalRandom random = ThreadLocalRandom.current();
                Thread.sleep(random.nextLong(10_000));
                try (KeepAliveClient client = new KeepAliveClient(api, jdkClient ? http : null)) {
                    while (System.nanoTime() < deadline) {
                        long cycle = System.nanoTime();
                        KeepAliveClient.Answer taken = client.send("POST", "/queue/next", auth, "");
                        next.add(System.nanoTime() - cycle);
                        if (taken.status() == 200) {
                            long entry = entryId(taken.body());
                            handed.add(entry);
                            Thread.sleep(random.nextLong(2_000, 8_000));
                            if (client.send("POST", "/queue/entries/" + entry + "/outcome", auth,
                                    "{\"outcome\":\"NOT_INTERESTED\"}").status() != 200) {
                                errors.incrementAndGet();
                            }
                        } else {
                            errors.incrementAndGet();
                        }
                        long rest = 10_000 - (System.nanoTime() - cycle) / 1_000_000;
                        if (rest > 0) {
                            Thread.sleep(rest);
                        }
                    }
                }
                return next;
            }));
        }
        Latencies all = new Latencies(100_000);
        long done = 0;
        for (Future<Latencies> future : work) {
            Latencies one = future.get();
            done += one.size();
            one.copyInto(all);
        }
        pool.shutdown();
        return new Result(done, all, handed.duplicates.get(), errors.get());
    }

    /**
     * The statements the application sends for one "next customer" and one outcome, in plain JDBC, one transaction
     * each (the party's card read as the card's rows, in a transaction of its own), by one connection an operator.
     */
    private static Result baseline(DatabaseSettings db, long campaign, List<String> names, int seconds) throws Exception {
        Handed handed = new Handed();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(names.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Latencies>> work = new ArrayList<>();
        for (String name : names) {
            work.add(pool.submit(() -> {
                Latencies next = new Latencies(200_000);
                QueueStatements.Statement dispatch = QueueStatements.dispatch(name, campaign, null, false, true);
                try (Connection c = connect(db);
                     PreparedStatement pausedAndHeld = c.prepareStatement(QueueStatements.CLOCK_IN_PAUSED_AND_HELD);
                     PreparedStatement questionnaire = c.prepareStatement(QueueStatements.QUESTIONNAIRE);
                     PreparedStatement assigned = c.prepareStatement(QueueStatements.ASSIGNED);
                     PreparedStatement pick = c.prepareStatement(dispatch.sql());
                     PreparedStatement presence = c.prepareStatement(QueueStatements.PRESENCE);
                     PreparedStatement party = c.prepareStatement("SELECT * FROM party WHERE id = ?");
                     PreparedStatement contacts = c.prepareStatement("SELECT * FROM party_contact WHERE party_id = ? ORDER BY position");
                     PreparedStatement lock = c.prepareStatement(QueueStatements.LOCK_ENTRY);
                     PreparedStatement entryUpdate = c.prepareStatement(QueueStatements.RECORD_ON_ENTRY);
                     PreparedStatement attempt = c.prepareStatement(QueueStatements.RECORD_ATTEMPT)) {
                    c.setAutoCommit(false);
                    go.await();
                    while (System.nanoTime() < deadline) {
                        long t = System.nanoTime();
                        for (int i = 1; i <= 4; i++) {
                            pausedAndHeld.setString(i, name);
                        }
                        pausedAndHeld.executeQuery().close();
                        query(assigned, name);
                        for (int i = 0; i < dispatch.parameters().size(); i++) {
                            pick.setObject(i + 1, dispatch.parameters().get(i));
                        }
                        long entry;
                        long partyId;
                        try (ResultSet rs = pick.executeQuery()) {
                            if (!rs.next()) {
                                c.commit();
                                continue;
                            }
                            entry = rs.getLong(1);
                            partyId = rs.getLong(3);
                        }
                        upsertPresence(presence, name, "HOLDING", campaign, entry);
                        // committed before the card, unlike the application (one transaction for both): with 200
                        // connections at once, other operators' picks hold the lock of a row they skipped until they
                        // commit, and the outcome's lock of the entry would wait for the slowest of them (20 ms a
                        // unit, measured); the baseline is the fastest plain JDBC can do with these statements
                        c.commit();
                        query(party, partyId);
                        query(contacts, partyId);
                        c.commit();
                        next.add(System.nanoTime() - t);
                        handed.add(entry);

                        String phone;
                        int attempts;
                        lock.setString(1, "WRONG_NUMBER");
                        lock.setLong(2, entry);
                        try (ResultSet rs = lock.executeQuery()) {
                            rs.next();
                            phone = rs.getString(3);
                            attempts = rs.getInt(4);
                        }
                        query(questionnaire, campaign);
                        entryUpdate.setString(1, "DONE");
                        entryUpdate.setTimestamp(2, Timestamp.from(Instant.now()));
                        entryUpdate.setInt(3, attempts + 1);
                        entryUpdate.setString(4, "WRONG_NUMBER");
                        entryUpdate.setString(5, null);
                        entryUpdate.setTimestamp(6, null);
                        entryUpdate.setLong(7, entry);
                        entryUpdate.executeUpdate();
                        attempt.setLong(1, entry);
                        attempt.setLong(2, campaign);
                        attempt.setLong(3, partyId);
                        attempt.setString(4, name);
                        attempt.setString(5, phone);
                        attempt.setString(6, "WRONG_NUMBER");
                        attempt.setString(7, null);
                        attempt.setTimestamp(8, Timestamp.from(Instant.now()));
                        attempt.setTimestamp(9, null);
                        attempt.setBoolean(10, false);
                        attempt.setBoolean(11, false);
                        attempt.executeUpdate();
                        upsertPresence(presence, name, "IDLE", null, null);
                        c.commit();
                    }
                }
                return next;
            }));
        }
        go.countDown();
        Latencies all = new Latencies(2_000_000);
        long done = 0;
        for (Future<Latencies> future : work) {
            Latencies one = future.get();
            done += one.size();
            one.copyInto(all);
        }
        pool.shutdown();
        return new Result(done, all, handed.duplicates.get(), 0);
    }

    private static void query(PreparedStatement statement, Object parameter) throws SQLException {
        statement.setObject(1, parameter);
        statement.executeQuery().close();
    }

    private static void upsertPresence(PreparedStatement presence, String name, String state, Long campaign, Long entry)
            throws SQLException {
        presence.setString(1, name);
        presence.setString(2, state);
        presence.setObject(3, campaign, java.sql.Types.BIGINT);
        presence.setObject(4, entry, java.sql.Types.BIGINT);
        presence.setString(5, "benchmark");
        presence.setString(6, null);
        presence.executeUpdate();
    }

    /** The campaign's entries fresh again (as filled), the attempts and the presence gone. */
    private static void reset(DatabaseSettings db, long campaign) throws SQLException {
        try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
            // only the entries a phase touched: rewriting every row each time bloats the table and its indexes
            statement.execute("UPDATE campaign_entry SET state = 'OPEN', attempts = 0, last_outcome = NULL, held_by = NULL,"
                    + " held_at = NULL, lease_until = NULL, due_at = added_at, last_attempt_at = NULL WHERE campaign_id = " + campaign
                    + " AND (state <> 'OPEN' OR attempts <> 0 OR last_attempt_at IS NOT NULL OR held_by IS NOT NULL)");
            statement.execute("TRUNCATE entry_attempt");
            statement.execute("DELETE FROM operator_presence");
            // compacted and its indexes rebuilt: each phase meets the table as the first one did, however many ran before
            statement.execute("VACUUM FULL ANALYZE campaign_entry");
            statement.execute("CHECKPOINT");
        }
    }

    private List<String> operators(int count) throws Exception {
        String admin = basic("admin", "demo");
        List<String> names = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> made = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = String.format("banco%03d", i);
            names.add(name);
            made.add(pool.submit(() -> send(admin, "POST", "/users", "{\"username\":\"" + name + "\",\"fullName\":\"Banco "
                    + name + "\",\"roles\":[\"OPERATOR\"],\"password\":\"" + PASSWORD + "\"}")));
        }
        for (Future<HttpResponse<String>> answer : made) {
            HttpResponse<String> response = answer.get();
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST /users answered " + response.statusCode() + ": " + response.body());
            }
        }
        pool.shutdown();
        return names;
    }

    private long campaign(List<String> names) throws IOException, InterruptedException {
        String supervisor = basic("supervisor", "demo");
        HttpResponse<String> created = expect(201, send(supervisor, "POST", "/campaigns", "{\"name\":\"Banco di prova\"}"));
        long id = number(ID, created.body());
        expect(200, send(basic("admin", "demo"), "PUT", "/campaigns/" + id + "/call-windows", "{\"windows\":[{\"days\":"
                + "[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\",\"SAT\",\"SUN\"],\"from\":\"00:00\",\"to\":\"24:00\"}],\"holidays\":true}"));
        long version = number(VERSION, expect(200, send(supervisor, "GET", "/campaigns/" + id + "/dispatch", null)).body());
        // an hour's lease: nothing goes back by itself while the benchmark runs
        expect(200, send(supervisor, "PUT", "/campaigns/" + id + "/dispatch", "{\"order\":\"OLDEST_FIRST\",\"maxAttempts\":5,"
                + "\"leaseSeconds\":3600,\"callbackGraceMinutes\":30,\"version\":" + version + "}"));
        expect(200, send(supervisor, "POST", "/campaigns/" + id + "/fill", "{}"));
        StringBuilder operators = new StringBuilder();
        for (String name : names) {
            operators.append(operators.length() == 0 ? "" : ",").append('"').append(name).append('"');
        }
        expect(200, send(supervisor, "POST", "/campaigns/" + id + "/assignments", "{\"operators\":[" + operators
                + "],\"mode\":\"SHARED\"}"));
        expect(200, send(supervisor, "PUT", "/campaigns/" + id + "/state", "{\"state\":\"ACTIVE\"}"));
        return id;
    }

    private HttpResponse<String> send(String authorization, String method, String path, String json)
            throws IOException, InterruptedException {
        return http.send(KeepAliveClient.jdkRequest(api + path, method, authorization, json), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static long entryId(String body) {
        return number(ENTRY, body);
    }

    private static long number(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No " + pattern + " in " + body);
        }
        return Long.parseLong(m.group(1));
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
