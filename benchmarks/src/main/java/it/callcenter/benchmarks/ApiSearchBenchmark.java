package it.callcenter.benchmarks;

import it.callcenter.registry.RegistrySearchSql;
import it.callcenter.server.DatabaseSettings;
import it.callcenter.server.LocalDatabase;
import it.callcenter.server.LocalServer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The registry search as an API client sees it, HTTP Basic included, on N generated parties: starts the application
 * as the run command does (embedded PostgreSQL, a copy of the build's WildFly configured by the CLI scripts, the
 * EAR), loads the generated registry into its database ({@link BulkLoad}), then times {@code GET /api/parties?q=}
 * by codice fiscale, phone and name prefix (as a supervisor, who sees all, and as an operator, whose visibility
 * rule applies), each beside the same search's SQL on a JDBC connection in the same run (count + page, as
 * {@link RegistrySearchSql} sends it). Also {@code GET /api/health} without and with credentials, the first call of
 * a credential not seen before (the one call that pays the PBKDF2 hash), and the throughput of a few client
 * threads. Sequential requests on one HTTP/1.1 connection, inputs drawn at random from the loaded parties. Stops
 * what it started, also on failure.
 */
public final class ApiSearchBenchmark {

    static final double GOAL_MS = 20;
    private static final String USAGE = """
            ApiSearchBenchmark: GET /api/parties?q= with HTTP Basic on a running server with N generated parties.
              --parties N       parties to generate (default 1000000)
              --requests N      timed requests per scenario (default 500)
              --warmup N        untimed requests per scenario before (default 100)
              --seed N          random seed of the data and of the inputs (default 20261123)
              --port-offset N   WildFly's port offset (default 400: HTTP on 8480)
              --wildfly-home D  an unpacked WildFly to copy (default: the one the ear module's build unpacked)
              --ear FILE        the EAR (default ear/target/callcenter.ear)
              --server-property NAME=VALUE
                                a system property of the server, e.g. callcenter.login.remember-seconds=0 to time every
                                call with its PBKDF2 hash, as before credentials were remembered; may be repeated
            """;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final int requests;
    private final int warmup;

    private ApiSearchBenchmark(String baseUrl, int requests, int warmup) {
        this.baseUrl = baseUrl;
        this.requests = requests;
        this.warmup = warmup;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int parties = 1_000_000;
        int requests = 500;
        int warmup = 100;
        long seed = 20261123L;
        int portOffset = 400;
        Path project = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".")).toAbsolutePath();
        Path wildfly = null;
        Path ear = project.resolve("ear/target/callcenter.ear");
        Map<String, String> serverProperties = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--parties" -> parties = Integer.parseInt(args[++i].replace("_", ""));
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--port-offset" -> portOffset = Integer.parseInt(args[++i]);
                case "--wildfly-home" -> wildfly = Path.of(args[++i]);
                case "--ear" -> ear = Path.of(args[++i]);
                case "--server-property" -> {
                    String[] property = args[++i].split("=", 2);
                    serverProperties.put(property[0], property[1]);
                }
                default -> throw new IllegalArgumentException(USAGE + "(unknown: " + args[i] + ")");
            }
        }
        if (wildfly == null) {
            try (Stream<Path> homes = Files.list(project.resolve("ear/target/it-server"))) {
                wildfly = homes.filter(p -> p.getFileName().toString().startsWith("wildfly-")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No WildFly unpacked by the ear build in " + project));
            }
        }
        Path root = Files.createTempDirectory("api-search-benchmark-");
        try {
            System.out.printf("API search benchmark, %s: %,d parties, seed %d, %d warm-up + %d timed requests per scenario%s%n",
                    OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), parties, seed, warmup, requests,
                    serverProperties.isEmpty() ? "" : ", server properties " + serverProperties);
            ImportBenchmark.copyTree(wildfly, root.resolve("wildfly"));
            long start = System.nanoTime();
            try (LocalServer server = LocalServer.start(root.resolve("wildfly"), ear, root.resolve("pgdata"),
                    LocalDatabase.freePort(), portOffset, "demo", serverProperties)) {
                System.out.printf("Application started (PostgreSQL + WildFly + EAR) in %.1f s at %s%n", seconds(start), server.baseUrl());
                new ApiSearchBenchmark(server.baseUrl(), requests, warmup).run(server.database().settings(), parties, seed);
            }
        } finally {
            GeneratedRegistry.deleteRecursively(root);
        }
        System.out.println("Command: " + GeneratedRegistry.command(ApiSearchBenchmark.class, optionsOf(args)));
    }

    private void run(DatabaseSettings db, int parties, long seed) throws Exception {
        Comuni comuni;
        long start = System.nanoTime();
        BulkLoad.Report load;
        try (Connection connection = connect(db)) {
            comuni = Comuni.load(connection);
            connection.setAutoCommit(false);
            load = new BulkLoad(connection).load(comuni, parties, seed);
            connection.commit();
        }
        System.out.printf("Loaded %,d parties into the server's database in %.1f s%n", load.counts().parties(), seconds(start));
        Samples samples;
        try (Connection connection = connect(db)) {
            samples = Samples.draw(connection, comuni, new SplittableRandom(seed + 1), 4000);
        }
        SplittableRandom random = new SplittableRandom(seed + 2);
        String loadBefore = GeneratedRegistry.loadAverage();

        warmUp(samples, random);
        List<String> rows = new ArrayList<>();
        rows.add("| scenario | API p50 ms | API p95 ms | API p99 ms | SQL p50 ms | SQL p95 ms | API p95 / SQL p95 | API p95 < 20 ms |");
        rows.add("| --- | --- | --- | --- | --- | --- | --- | --- |");
        Latencies anonymous = time("/api/health", null, List.of(""), random);
        Latencies withCredentials = time("/api/health", basic("supervisor", "demo"), List.of(""), random);
        rows.add(row("GET /api/health, no credentials", anonymous, null));
        rows.add(row("GET /api/health, Basic (supervisor)", withCredentials, null));
        try (Connection connection = connect(db)) {
            for (String user : List.of("supervisor", "operator1")) {
                String restrictedTo = user.equals("supervisor") ? null : user;
                String who = user.equals("supervisor") ? "supervisor, sees all" : "operator1, visibility rule";
                rows.add(search("codice fiscale (" + who + ")", user, restrictedTo, samples.fiscalCodes, connection, random));
                rows.add(search("phone as typed, \"333 1234567\" (" + who + ")", user, restrictedTo, samples.phones, connection, random));
                rows.add(search("name prefix, 3-6 letters, \"ross\" (" + who + ")", user, restrictedTo, samples.surnamePrefixes, connection, random));
            }
        }
        String loadAfter = GeneratedRegistry.loadAverage();
        System.out.println();
        rows.forEach(System.out::println);

        System.out.println();
        firstCallOfNewCredentials(30);
        throughput("GET /api/health, Basic (supervisor)", List.of("/api/health"), 4, 10);
        List<String> cf = samples.fiscalCodes.stream().limit(500).map(q -> "/api/parties?q=" + encode(q)).toList();
        throughput("GET /api/parties?q=<codice fiscale>, Basic (supervisor)", cf, 4, 10);

        System.out.printf("%nLoad average (1/5/15 min) before the timing: %s, after: %s (the machine has %d cores)%n",
                loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
        try (Connection connection = connect(db)) {
            System.out.println("Machine:");
            for (String fact : MachineFacts.describe(connection)) {
                System.out.println("  " + fact);
            }
        }
    }

    private String search(String title, String user, String restrictedTo, List<String> inputs, Connection connection,
                          SplittableRandom random) throws Exception {
        List<String> paths = inputs.stream().map(q -> "/api/parties?q=" + encode(q)).toList();
        Latencies api = time(null, basic(user, "demo"), paths, random);
        Latencies sql = new Latencies(requests);
        for (int i = 0; i < warmup; i++) {
            RegistrySearchSql.search(connection, inputs.get(random.nextInt(inputs.size())), restrictedTo);
        }
        for (int i = 0; i < requests; i++) {
            sql.add(RegistrySearchSql.search(connection, inputs.get(random.nextInt(inputs.size())), restrictedTo).nanos());
        }
        return row(title, api, sql);
    }

    /** Untimed: ten rounds per warm-up request of every kind of request, so that the first scenario timed does not pay the JIT's warm-up. */
    private void warmUp(Samples samples, SplittableRandom random) throws Exception {
        long start = System.nanoTime();
        List<List<String>> inputs = List.of(samples.fiscalCodes, samples.phones, samples.surnamePrefixes);
        int rounds = 10 * warmup;
        for (int i = 0; i < rounds; i++) {
            get("/api/health", i % 2 == 0 ? null : basic("supervisor", "demo"));
            List<String> kind = inputs.get(i % 3);
            get("/api/parties?q=" + encode(kind.get(random.nextInt(kind.size()))), basic(i % 2 == 0 ? "supervisor" : "operator1", "demo"));
        }
        System.out.printf("Warm-up: %,d untimed requests in %.1f s%n", 2 * rounds, seconds(start));
    }

    /** Times GETs of the paths (or of {@code path} with each suffix), drawn at random, after the warm-up. */
    private Latencies time(String path, String authorization, List<String> paths, SplittableRandom random) throws Exception {
        Latencies latencies = new Latencies(requests);
        for (int i = 0; i < warmup + requests; i++) {
            String target = (path == null ? "" : path) + paths.get(random.nextInt(paths.size()));
            long start = System.nanoTime();
            get(target, authorization);
            if (i >= warmup) {
                latencies.add(System.nanoTime() - start);
            }
        }
        return latencies;
    }

    /** N new users (POST /users as admin), then each one's first call (a credential never seen: PBKDF2) and second (remembered). */
    private void firstCallOfNewCredentials(int users) throws Exception {
        String admin = basic("admin", "demo");
        String run = Long.toString(System.currentTimeMillis() % 100_000);
        Latencies first = new Latencies(users);
        Latencies second = new Latencies(users);
        for (int i = 0; i < users; i++) {
            String username = "bench" + run + "." + i;
            String body = "{\"username\":\"" + username + "\",\"fullName\":\"Benchmark " + i
                    + "\",\"roles\":[\"OPERATOR\"],\"password\":\"Benchmark-Password-1\"}";
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/users"))
                    .header("Authorization", admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("POST /users: " + created.statusCode() + " " + created.body());
            }
            String authorization = basic(username, "Benchmark-Password-1");
            long start = System.nanoTime();
            get("/api/me", authorization);
            first.add(System.nanoTime() - start);
            start = System.nanoTime();
            get("/api/me", authorization);
            second.add(System.nanoTime() - start);
        }
        System.out.printf("GET /api/me as %d operators created by POST /users: first call of each credential p50 %.1f ms,"
                        + " p95 %.1f ms (PBKDF2-SHA256, 600,000 iterations); second call p50 %.2f ms, p95 %.2f ms"
                        + " (the same credential again, within the server's callcenter.login.remember-seconds)%n",
                users, first.percentile(50), first.percentile(95), second.percentile(50), second.percentile(95));
    }

    /** Requests per second of {@code threads} clients, each on its own connection, for {@code seconds}. */
    private void throughput(String title, List<String> paths, int threads, int seconds) throws Exception {
        String authorization = basic("supervisor", "demo");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                SplittableRandom random = new SplittableRandom(t);
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                clients.add(pool.submit(() -> {
                    while (!stop.get()) {
                        HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(baseUrl
                                        + paths.get(random.nextInt(paths.size())))).header("Authorization", authorization).GET().build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException("status " + answer.statusCode());
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            Thread.sleep(2000); // warm-up of the connections, not counted
            long before = done.get();
            long start = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            long count = done.get() - before;
            double elapsed = seconds(start);
            stop.set(true);
            for (Future<?> client : clients) {
                client.get();
            }
            System.out.printf("%s: %d client threads, %.0f requests/s over %.0f s%n", title, threads, count / elapsed, elapsed);
        } finally {
            pool.shutdownNow();
        }
    }

    private void get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + answer.statusCode() + " " + new String(answer.body(), StandardCharsets.UTF_8));
        }
    }

    private static String row(String title, Latencies api, Latencies sql) {
        String sqlColumns = sql == null ? "– | – | –"
                : String.format("%.2f | %.2f | %.1f×", sql.percentile(50), sql.percentile(95), api.percentile(95) / sql.percentile(95));
        return String.format("| %s | %.2f | %.2f | %.2f | %s | %s |", title, api.percentile(50), api.percentile(95),
                api.percentile(99), sqlColumns, api.percentile(95) < GOAL_MS ? "yes" : "no");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Connection connect(DatabaseSettings db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static Options optionsOf(String[] args) {
        return new Options(0, 0, 0, 0, null, List.of(), Set.of(), false, args.clone());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
