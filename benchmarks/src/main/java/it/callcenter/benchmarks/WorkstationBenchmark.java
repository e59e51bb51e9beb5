package it.callcenter.benchmarks;

import it.callcenter.server.DatabaseSettings;
import it.callcenter.server.LocalDatabase;
import it.callcenter.server.LocalServer;

import java.io.IOException;
import java.net.CookieManager;
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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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
 * Issue 12's figures for the workstation page. Starts the application as the run command does (on a copy of the
 * build's WildFly, its 1 GB heap), loads N generated parties into one SHARED campaign that calls at any hour, makes
 * O operators ({@code POST /users}); each simulated operator signs in through the login form (its token read from
 * the page, its session cookie kept), takes a customer, and then for S seconds works at an operator's pace: every
 * cycle it loads {@code /operator/workstation.xhtml} (the timed request: the card, the script, the timeline, the
 * campaign's outcomes of the customer it holds), talks 2–8 s, records an outcome and takes the next customer (through
 * the API, as the page's buttons would call the same services), and waits for the rest of its cycle. Prints the
 * page's p50/p95/p99 (goal p95 &lt; 150 ms) and WildFly's heap, sampled with jcmd during the run (goal &lt; 1 GB).
 * Stops what it started, also on failure.
 */
public final class WorkstationBenchmark {

    private static final int PORT_OFFSET = 340;
    private static final String PASSWORD = "Banco-Postazione-2026";
    private static final Pattern TOKEN = Pattern.compile("name=\"loginToken\" value=\"([^\"]+)\"");
    private static final Pattern ENTRY = Pattern.compile("\"entryId\"\\s*:\\s*(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final String HOLDING = "id=\"bar:partyName\"";

    private final String base;
    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(16, DaemonThreads.FACTORY)).build();

    private WorkstationBenchmark(String baseUrl) {
        this.base = baseUrl;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int parties = 50_000;
        int operators = 100;
        int seconds = 60;
        int cycleSeconds = 10;
        boolean profile = false;
        Path project = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".")).toAbsolutePath();
        Path ear = project.resolve("ear/target/callcenter.ear");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--parties" -> parties = Integer.parseInt(args[++i].replace("_", ""));
                case "--operators" -> operators = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--cycle-seconds" -> cycleSeconds = Integer.parseInt(args[++i]);
                case "--ear" -> ear = Path.of(args[++i]);
                case "--profile" -> profile = true;
                default -> throw new IllegalArgumentException("Usage: WorkstationBenchmark [--parties N] [--operators N]"
                        + " [--seconds N] [--cycle-seconds N] [--ear FILE] [--profile]  (unknown: " + args[i] + ")");
            }
        }
        Path wildfly;
        try (Stream<Path> homes = Files.list(project.resolve("ear/target/it-server"))) {
            wildfly = homes.filter(p -> p.getFileName().toString().startsWith("wildfly-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No WildFly unpacked by the ear build in " + project));
        }
        Path root = Files.createTempDirectory("workstation-benchmark-");
        try {
            System.out.printf("Workstation benchmark, %s: %,d parties, %d operators, %d s, a customer every %d s each%n",
                    OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), parties, operators, seconds, cycleSeconds);
            ImportBenchmark.copyTree(wildfly, root.resolve("wildfly"));
            long start = System.nanoTime();
            try (LocalServer server = LocalServer.start(root.resolve("wildfly"), ear, root.resolve("pgdata"),
                    LocalDatabase.freePort(), PORT_OFFSET, "demo", Map.of())) {
                System.out.printf("Application started in %.1f s at %s%n", seconds(start), server.baseUrl());
                new WorkstationBenchmark(server.baseUrl()).run(server, parties, operators, seconds, cycleSeconds, profile);
            }
        } finally {
            GeneratedRegistry.deleteRecursively(root);
        }
    }

    private void run(LocalServer server, int parties, int operators, int seconds, int cycleSeconds, boolean profile)
            throws Exception {
        DatabaseSettings db = server.database().settings();
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            connection.setAutoCommit(false);
            System.out.println("  " + new DemoRegistry().load(connection, parties));
            connection.commit();
            for (String line : MachineFacts.describe(connection)) {
                System.out.println("  " + line);
            }
        }
        List<String> names = operators(operators);
        long campaign = campaign(names);
        System.out.printf("%d operators and campaign %d (SHARED, active, any hour) made through the API in %.1f s%n",
                names.size(), campaign, seconds(start));

        ImportBenchmark.MemorySampler memory = new ImportBenchmark.MemorySampler(ImportBenchmark.wildflyPid(server));
        memory.sample();
        System.out.println("Warm-up: 10 operators, 20 s");
        work(names.subList(0, Math.min(10, names.size())), 20, 2);
        Profiler profiler = profile ? Profiler.start(ImportBenchmark.wildflyPid(server),
                Files.createTempFile("workstation-", ".jfr"), "page", thread -> thread.contains("default task")) : null;
        Latencies alone = alone(names.get(0), 50);
        if (profiler != null) {
            profiler.stopAndPrint(System.out);
        }
        System.out.printf("One operator alone, 50 pages one after the other: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                alone.percentile(50), alone.percentile(95), alone.max());

        Latencies pages = new Latencies(1_000_000);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                memory.sample();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.start();
        Result result = work(names, seconds, cycleSeconds);
        sampler.interrupt();
        sampler.join();
        memory.sample();
        result.pages().copyInto(pages);
        System.out.println();
        System.out.println("| figure | value |");
        System.out.println("| --- | --- |");
        System.out.printf("| operators signed in through the login form, each with its session | %d |%n", names.size());
        System.out.printf("| workstation pages loaded in %d s (a customer every %d s each) | %,d (%.1f/s), errors %d |%n",
                seconds, cycleSeconds, pages.size(), pages.size() / (double) seconds, result.errors());
        System.out.printf("| page p50 / p95 / p99 / max | %.1f / %.1f / %.1f / %.1f ms (goal p95 < 150 ms: %s) |%n",
                pages.percentile(50), pages.percentile(95), pages.percentile(99), pages.max(),
                pages.percentile(95) < 150 ? "met" : "missed");
        System.out.printf("| outcomes recorded and customers taken meanwhile | %,d |%n", result.outcomes());
        System.out.printf("| WildFly heap used (jcmd GC.heap_info, max 1 GB): before, peak | %s |%n", memory.heapSummary());
        System.out.printf("| WildFly resident memory: before, peak | %s |%n", memory.residentSummary());
        System.out.println("Load average at the end: " + GeneratedRegistry.loadAverage());
    }

    private record Result(Latencies pages, long outcomes, long errors) {
    }

    /**
     * Each operator signs in and takes a customer; once all have, each loads the page once a cycle for S seconds,
     * talking, recording an outcome and taking the next customer in between.
     */
    private Result work(List<String> names, int seconds, int cycleSeconds) throws Exception {
        AtomicLong errors = new AtomicLong();
        AtomicLong outcomes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(names.size());
        CountDownLatch ready = new CountDownLatch(names.size());
        AtomicLong deadline = new AtomicLong();
        List<Future<Latencies>> work = new ArrayList<>();
        for (String name : names) {
            work.add(pool.submit(() -> {
                Latencies mine = new Latencies(10_000);
                ThreadLocalRandom random = ThreadLocalRandom.current();
                Operator operator = new Operator(name);
                long entry;
                try {
                    // signing in costs a password hash for the form and one for the API's first call: all before the clock
                    operator.signIn();
                    entry = operator.next();
                } finally {
                    ready.countDown();
                }
                ready.await();
                deadline.compareAndSet(0, System.nanoTime() + seconds * 1_000_000_000L);
                // operators do not all start in the same second
                Thread.sleep(random.nextLong(cycleSeconds * 1000L));
                while (System.nanoTime() < deadline.get()) {
                    long cycle = System.nanoTime();
                    HttpResponse<String> page = operator.page();
                    mine.add(System.nanoTime() - cycle);
                    if (page.statusCode() != 200 || (entry > 0 && !page.body().contains(HOLDING))) {
                        errors.incrementAndGet();
                    }
                    Thread.sleep(random.nextLong(cycleSeconds * 200L, cycleSeconds * 800L));
                    if (entry > 0) {
                        if (operator.outcome(entry) != 200) {
                            errors.incrementAndGet();
                        }
                        outcomes.incrementAndGet();
                    }
                    entry = operator.next();
                    long rest = cycleSeconds * 1000L - (System.nanoTime() - cycle) / 1_000_000;
                    if (rest > 0) {
                        Thread.sleep(rest);
                    }
                }
                return mine;
            }));
        }
        Latencies all = new Latencies(1_000_000);
        for (Future<Latencies> future : work) {
            future.get().copyInto(all);
        }
        pool.shutdown();
        return new Result(all, outcomes.get(), errors.get());
    }

    /** The page's own cost: one operator loading it again and again, nobody else working. */
    private Latencies alone(String name, int pages) throws IOException, InterruptedException {
        Operator operator = new Operator(name);
        operator.signIn();
        operator.next();
        Latencies latencies = new Latencies(pages);
        for (int i = 0; i < pages; i++) {
            long t = System.nanoTime();
            HttpResponse<String> page = operator.page();
            latencies.add(System.nanoTime() - t);
            if (page.statusCode() != 200 || !page.body().contains(HOLDING)) {
                throw new IllegalStateException("The workstation did not show the customer held: " + page.statusCode());
            }
        }
        return latencies;
    }

    /** One simulated operator: a browser-like client for the screens (its cookies), Basic for the API. */
    private final class Operator {
        private final String name;
        private final String basic;
        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        Operator(String name) {
            this.name = name;
            this.basic = basic(name, PASSWORD);
        }

        void signIn() throws IOException, InterruptedException {
            String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = TOKEN.matcher(login);
            if (!token.find()) {
                throw new IllegalStateException("No login token in the login page of " + name);
            }
            String form = "login=login&login%3Ausername=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                    + "&login%3Apassword=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                    + "&login%3Asubmit=&jakarta.faces.ViewState=stateless&loginToken=" + token.group(1);
            HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 302) {
                throw new IllegalStateException(name + " was not signed in: " + signedIn.statusCode());
            }
        }

        HttpResponse<String> page() throws IOException, InterruptedException {
            return browser.send(HttpRequest.newBuilder(URI.create(base + "/operator/workstation.xhtml"))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The next customer through the API (0 when nothing is due). */
        long next() throws IOException, InterruptedException {
            HttpResponse<String> next = send(basic, "POST", "/queue/next", "");
            return next.statusCode() == 200 ? number(ENTRY, next.body()) : 0;
        }

        int outcome(long entry) throws IOException, InterruptedException {
            String code = ThreadLocalRandom.current().nextBoolean() ? "NO_ANSWER" : "NOT_INTERESTED";
            return send(basic, "POST", "/queue/entries/" + entry + "/outcome", "{\"outcome\":\"" + code + "\"}").statusCode();
        }
    }

    private List<String> operators(int count) throws Exception {
        String admin = basic("admin", "demo");
        List<String> names = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> made = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = String.format("postazione%03d", i);
            names.add(name);
            made.add(pool.submit(() -> send(admin, "POST", "/users", "{\"username\":\"" + name + "\",\"fullName\":\"Operatore "
                    + name + "\",\"roles\":[\"OPERATOR\"],\"password\":\"" + PASSWORD + "\"}")));
        }
        for (Future<HttpResponse<String>> answer : made) {
            expect(201, answer.get());
        }
        pool.shutdown();
        return names;
    }

    private long campaign(List<String> names) throws IOException, InterruptedException {
        String supervisor = basic("supervisor", "demo");
        long id = number(ID, expect(201, send(supervisor, "POST", "/campaigns", "{\"name\":\"Banco della postazione\"}")).body());
        expect(200, send(basic("admin", "demo"), "PUT", "/campaigns/" + id + "/call-windows", "{\"windows\":[{\"days\":"
                + "[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\",\"SAT\",\"SUN\"],\"from\":\"00:00\",\"to\":\"24:00\"}],\"holidays\":true}"));
        String read = expect(200, send(supervisor, "GET", "/campaigns/" + id, null)).body();
        String script = "Buongiorno, sono l'operatore di Banco Energia. La chiamo per la nuova offerta luce e gas: "
                + "un prezzo bloccato per due anni, nessun costo di attivazione. ".repeat(6);
        expect(200, send(supervisor, "PUT", "/campaigns/" + id, "{\"name\":\"Banco della postazione\",\"script\":\"" + script
                + "\",\"product\":\"Luce e gas\",\"version\":" + number(VERSION, read) + "}"));
        long version = number(VERSION, expect(200, send(supervisor, "GET", "/campaigns/" + id + "/dispatch", null)).body());
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept", "application/json");
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return api.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
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

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
