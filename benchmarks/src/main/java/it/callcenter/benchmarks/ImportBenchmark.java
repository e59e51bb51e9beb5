package it.callcenter.benchmarks;

import it.callcenter.server.LocalDatabase;
import it.callcenter.server.LocalServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How fast is the CSV import of 1,000,000 rows, against the fastest hand-written load of the same file? Starts the
 * application as the run command does (embedded PostgreSQL, WildFly configured by the CLI scripts, the EAR of the
 * build; on a copy of the build's WildFly), writes a messy Italian file ({@link MessyCsv}), loads it first with
 * {@link ImportBaseline} (COPY + one INSERT ... SELECT) into the application's own empty tables, empties them, then
 * imports it through the application: {@code POST /imports} as a supervisor and {@code GET /imports/{id}} until
 * the job is done, sampling the WildFly process's memory (resident set from /proc, heap from jcmd) meanwhile.
 * Prints both rates, their ratio against the goal (at least half the baseline's rows/s, 1 M rows within 2 minutes),
 * the counts, the memory peaks and the machine. Stops what it started, also on failure.
 */
public final class ImportBenchmark {

    private static final int PORT_OFFSET = 300;
    private static final double RATIO_GOAL = 0.5;
    private static final double SECONDS_GOAL_PER_MILLION = 120;
    private static final int STALL_SECONDS = 120;
    private static final Pattern HEAP_USED = Pattern.compile("garbage-first heap\\s+total (\\d+)K, used (\\d+)K");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int rows = 1_000_000;
        long seed = 20261123L;
        Path project = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".")).toAbsolutePath();
        Path wildfly = null;
        Path ear = project.resolve("ear/target/callcenter.ear");
        boolean profile = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--wildfly-home" -> wildfly = Path.of(args[++i]);
                case "--ear" -> ear = Path.of(args[++i]);
                case "--profile" -> profile = true;
                default -> throw new IllegalArgumentException("Usage: ImportBenchmark [--rows N] [--seed N]"
                        + " [--wildfly-home DIR] [--ear FILE] [--profile]  (unknown: " + args[i] + ")");
            }
        }
        if (wildfly == null) {
            try (Stream<Path> homes = Files.list(project.resolve("ear/target/it-server"))) {
                wildfly = homes.filter(p -> p.getFileName().toString().startsWith("wildfly-")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No WildFly unpacked by the ear build in " + project));
            }
        }
        Path root = Files.createTempDirectory("import-benchmark-");
        try {
            System.out.printf("Import benchmark, %s: %,d rows, seed %d%n", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), rows, seed);
            long start = System.nanoTime();
            copyTree(wildfly, root.resolve("wildfly"));
            System.out.printf("WildFly copied from %s in %.1f s%n", wildfly, seconds(start));
            start = System.nanoTime();
            try (LocalServer server = LocalServer.start(root.resolve("wildfly"), ear, root.resolve("pgdata"),
                    LocalDatabase.freePort(), PORT_OFFSET, "demo", Map.of())) {
                System.out.printf("Application started (PostgreSQL + WildFly + EAR) in %.1f s at %s%n", seconds(start), server.baseUrl());
                run(server, root, rows, seed, profile, ear, wildfly);
            }
        } finally {
            GeneratedRegistry.deleteRecursively(root);
        }
    }

    private static void run(LocalServer server, Path root, int rows, long seed, boolean profile, Path ear, Path wildfly)
            throws Exception {
        var db = server.database().settings();
        Path file = root.resolve("clienti.csv");
        MessyCsv.Counts counts;
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            counts = new MessyCsv(Comuni.load(connection), seed, rows).write(file, rows);
        }
        System.out.printf("File written in %.1f s: %,d rows (%,d persons, %,d companies), %,d bytes; %,d rows made invalid,"
                        + " %,d repeating an earlier row's mobile%n", seconds(start), counts.rows(), counts.persons(),
                counts.companies(), counts.bytes(), counts.invalid(), counts.duplicates());

        ImportBaseline.Result baseline;
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            baseline = ImportBaseline.load(connection, file);
            System.out.printf("Baseline: COPY %,d rows in %.1f s (%,.0f rows/s), INSERT ... SELECT %,d parties + %,d contacts"
                            + " + %,d consent changes in %.1f s: %.1f s in all, %,.0f rows/s%n", baseline.staged(), baseline.copySeconds(),
                    baseline.staged() / baseline.copySeconds(), baseline.parties(), baseline.contacts(), baseline.consents(),
                    baseline.insertSeconds(), baseline.seconds(), baseline.staged() / baseline.seconds());
            ImportBaseline.undo(connection);
        }

        long pid = wildflyPid(server);
        MemorySampler memory = new MemorySampler(pid);
        Profiler profiler = profile ? Profiler.start(pid, root.resolve("import.jfr")) : null;
        String loadBefore = GeneratedRegistry.loadAverage();
        CpuTimes cpu = new CpuTimes(pid);
        cpu.sample();
        start = System.nanoTime();
        long id = submit(server.baseUrl(), file);
        double uploadSeconds = seconds(start);
        String state;
        String status;
        String lastRead = "";
        long lastProgress = System.nanoTime();
        while (true) {
            memory.sample();
            cpu.sample();
            status = get(server.baseUrl() + "/api/imports/" + id);
            state = field(status, "state");
            if (state.equals("DONE") || state.equals("FAILED") || state.equals("CANCELLED")) {
                break;
            }
            if (!field(status, "read").equals(lastRead)) {
                lastRead = field(status, "read");
                lastProgress = System.nanoTime();
            } else if (seconds(lastProgress) > STALL_SECONDS) {
                throw new IllegalStateException("Import " + id + " made no progress for " + STALL_SECONDS + " s: " + status);
            }
            Thread.sleep(1000);
        }
        double wallSeconds = seconds(start);
        cpu.sample();
        memory.sample();
        String loadAfter = GeneratedRegistry.loadAverage();
        if (profiler != null) {
            profiler.stopAndPrint(System.out);
        }
        double jobSeconds;
        long consentChanges;
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT extract(epoch FROM finished_at - started_at) FROM import_job WHERE id = " + id)) {
            rs.next();
            jobSeconds = rs.getDouble(1);
            consentChanges = ImportBaseline.count(connection, "SELECT count(*) FROM consent_change WHERE source = 'IMPORT'");
        }
        long read = Long.parseLong(field(status, "read"));
        System.out.printf("Import: job %d %s in %.1f s from POST to DONE (upload and queueing %.1f s, the job itself %.1f s):"
                        + " read %s, created %s, skipped %s, rejected %s; %,d consent changes%n", id, state, wallSeconds, uploadSeconds,
                jobSeconds, field(status, "read"), field(status, "created"), field(status, "skipped"), field(status, "rejected"),
                consentChanges);

        double baselineRate = baseline.staged() / baseline.seconds();
        double importRate = read / wallSeconds;
        double seconds = wallSeconds * 1_000_000 / read;
        System.out.println();
        System.out.println("| figure | value |");
        System.out.println("| --- | --- |");
        System.out.printf("| baseline: COPY into staging + one INSERT ... SELECT into party, party_contact and consent_change | %.1f s, %,.0f rows/s |%n",
                baseline.seconds(), baselineRate);
        System.out.printf("| import through the application (POST to DONE) | %.1f s, %,.0f rows/s |%n", wallSeconds, importRate);
        System.out.printf("| ratio import / baseline (goal >= %.1f) | %.2f (%s) |%n", RATIO_GOAL, importRate / baselineRate,
                importRate / baselineRate >= RATIO_GOAL ? "met" : "missed");
        System.out.printf("| time for 1 M rows (goal < %.0f s) | %.0f s (%s) |%n", SECONDS_GOAL_PER_MILLION, seconds,
                seconds < SECONDS_GOAL_PER_MILLION ? "met" : "missed");
        System.out.printf("| WildFly resident memory: before, peak during the import | %s |%n", memory.residentSummary());
        System.out.printf("| WildFly heap used (jcmd GC.heap_info, max 1 GB): before, peak | %s |%n", memory.heapSummary());
        double wildflyCpu = cpu.wildflySeconds();
        double postgresCpu = cpu.postgresSeconds();
        System.out.printf("| CPU during the import: WildFly, PostgreSQL (cores busy on average) | %.1f s, %.1f s (%.2f) |%n",
                wildflyCpu, postgresCpu, (wildflyCpu + postgresCpu) / wallSeconds);
        System.out.printf("%nLoad average (1/5/15 min) before the import: %s, after: %s (%d cores)%n", loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors());
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            System.out.println("Machine:");
            for (String fact : MachineFacts.describe(connection)) {
                System.out.println("  " + fact);
            }
        }
        System.out.println("Command: mvn -o -q -pl benchmarks exec:java -Dexec.mainClass=" + ImportBenchmark.class.getName()
                + " -Dexec.args=\"--rows " + rows + " --seed " + seed + "\" (EAR " + ear + ", WildFly " + wildfly + ")");
    }

    private static long submit(String baseUrl, Path file) throws IOException, InterruptedException {
        String boundary = "----benchmark" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"duplicates\"\r\n\r\nSKIP\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"clienti.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/imports")).timeout(Duration.ofMinutes(10))
                .header("Authorization", AUTHORIZATION).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("POST /imports answered " + response.statusCode() + ": " + response.body());
        }
        return Long.parseLong(field(response.body(), "id"));
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString("supervisor:demo".getBytes(StandardCharsets.UTF_8));

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", AUTHORIZATION).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** A top-level scalar of a small JSON object (the job's status), without a JSON library in this module. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|[^,}\\s]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    /** The JVM of the server: the java process below the standalone.sh the launcher started. */
    static long wildflyPid(LocalServer server) throws IOException {
        Path home = server.wildfly().serverLog().getParent().getParent().getParent();
        long script = Long.parseLong(Files.readString(home.resolve("standalone/callcenter.pid")).strip());
        return ProcessHandle.of(script).stream().flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("No java process below " + script)).pid();
    }

    /** Resident set (VmRSS/VmHWM of /proc) every sample, heap used from jcmd every fifth. */
    static final class MemorySampler {
        private final long pid;
        private long residentBefore = -1;
        private long residentPeak;
        private long heapBefore = -1;
        private long heapPeak;
        private int samples;

        MemorySampler(long pid) {
            this.pid = pid;
        }

        void sample() {
            long resident = procKb("VmRSS");
            residentBefore = residentBefore < 0 ? resident : residentBefore;
            residentPeak = Math.max(residentPeak, Math.max(resident, procKb("VmHWM")));
            if (samples++ % 5 == 0) {
                long heap = heapUsedKb();
                heapBefore = heapBefore < 0 ? heap : heapBefore;
                heapPeak = Math.max(heapPeak, heap);
            }
        }

        String residentSummary() {
            return String.format("%,d MB, %,d MB (VmHWM: the process's peak since it started)", residentBefore / 1024, residentPeak / 1024);
        }

        String heapSummary() {
            return String.format("%,d MB, %,d MB (sampled every 5 s)", heapBefore / 1024, heapPeak / 1024);
        }

        private long procKb(String key) {
            try {
                return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith(key + ":"))
                        .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
            } catch (IOException e) {
                return 0;
            }
        }

        private long heapUsedKb() {
            try {
                Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
                String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                jcmd.waitFor();
                Matcher m = HEAP_USED.matcher(out);
                return m.find() ? Long.parseLong(m.group(2)) : 0;
            } catch (IOException e) {
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.toString().contains("/standalone/log/") && !path.toString().contains("/standalone/data/")
                        && !path.toString().contains("/standalone/tmp/") && !path.getFileName().toString().equals("callcenter.pid")) {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
