package it.callcenter.benchmarks;

import it.callcenter.pbx.AmiMessage;
import it.callcenter.pbx.Behaviour;
import it.callcenter.pbx.DemoPbx;
import it.callcenter.pbx.PbxSimulator;
import it.callcenter.pbx.SimulatorSettings;
import it.callcenter.security.PasswordHasher;
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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 13's figures: AMI event handling under a steady load of calls. Starts the application as the run command does
 * (a copy of the build's WildFly, an embedded PostgreSQL, a generated registry) with the PBX simulator as its PBX, makes
 * O operators with phones, then for M minutes starts calls at a fixed rate (default 1,000 a minute), half dialled
 * through the API ({@code POST /calls}, HTTP Basic as an integration would), half ringing an operator from the trunk
 * (inbound, the simulator starts them). Each dialled number behaves by its digits (answered after 0.5–1.5 s for 2–6 s,
 * busy, no answer, congestion, the operator's phone busy), so every call's right ending is known.
 *
 * <p>Two latencies from the moment the simulator wrote a state's event (its {@code Timestamp}) to the state:
 * <ol>
 * <li>applied: when the server applied it ({@code call_state_change.applied_at}, written in the same statement), for
 * every state of every call after the warm-up;</li>
 * <li>seen through the API: for one call in {@code --sample}, the benchmark starts reading {@code GET /calls/{id}}
 * back-to-back when the simulator writes the event, until the state shows; the time to that answer, which includes
 * the request's own cost (HTTP Basic checks a PBKDF2 hash on every request).</li>
 * </ol>
 * Then: every call ended, in the state and disposition its number's behaviour gives (no event lost). Prints the
 * figures and the machine; stops what it started, also on failure.
 */
public final class TelephonyBenchmark {

    private static final int PORT_OFFSET = 340;
    private static final String PASSWORD = "Banco-Telefono-2026";
    private static final Pattern CALL_ID = Pattern.compile("\"callId\"\\s*:\\s*(\\d+)");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final List<String> ORDER = List.of("DIALING", "RINGING", "ANSWERED", "HUNG_UP");

    private final String api;
    private final PbxSimulator pbx;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(32, DaemonThreads.FACTORY)).build();
    private final ExecutorService work = Executors.newFixedThreadPool(48, DaemonThreads.FACTORY);
    private final ConcurrentLinkedQueue<Operator> idle = new ConcurrentLinkedQueue<>();
    /** linkedid → the call the benchmark follows. */
    private final Map<String, Followed> byLinkedid = new ConcurrentHashMap<>();
    private final Map<Long, Followed> byCallId = new ConcurrentHashMap<>();
    private final Latencies seen = new Latencies(200_000);
    private final AtomicLong dialErrors = new AtomicLong();
    private final AtomicLong busyRetries = new AtomicLong();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicLong outbound = new AtomicLong();
    private volatile boolean sampling;
    private int sample;

    private record Operator(String username, String extension, String auth) {
    }

    private record Target(long partyId, String e164) {
    }

    /**
     * A call the benchmark follows from the simulator's events. Its first event may come before the dial's answer:
     * the operator is known once both are in, and is freed once, when the call has ended and the dial has answered.
     */
    private static final class Followed {
        final long callId;
        volatile Operator operator;
        volatile boolean sampled;
        volatile boolean ended;
        private boolean released;

        Followed(long callId, Operator operator) {
            this.callId = callId;
            this.operator = operator;
        }

        synchronized Operator release() {
            if (released || !ended || operator == null) {
                return null;
            }
            released = true;
            return operator;
        }
    }

    private TelephonyBenchmark(String baseUrl, PbxSimulator pbx) {
        this.api = baseUrl + "/api";
        this.pbx = pbx;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int perMinute = 1000;
        int minutes = 3;
        int warmupSeconds = 30;
        int operators = 150;
        double inboundShare = 0.5;
        int sample = 10;
        int parties = 20_000;
        Path project = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".")).toAbsolutePath();
        Path ear = project.resolve("ear/target/callcenter.ear");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--calls-per-minute" -> perMinute = Integer.parseInt(args[++i].replace("_", ""));
                case "--minutes" -> minutes = Integer.parseInt(args[++i]);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(args[++i]);
                case "--operators" -> operators = Integer.parseInt(args[++i]);
                case "--inbound-share" -> inboundShare = Double.parseDouble(args[++i]);
                case "--sample" -> sample = Integer.parseInt(args[++i]);
                case "--parties" -> parties = Integer.parseInt(args[++i].replace("_", ""));
                case "--ear" -> ear = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Usage: TelephonyBenchmark [--calls-per-minute N]"
                        + " [--minutes N] [--warmup-seconds N] [--operators N] [--inbound-share 0..1] [--sample N]"
                        + " [--parties N] [--ear FILE]  (unknown: " + args[i] + ")");
            }
        }
        Path wildfly;
        try (Stream<Path> homes = Files.list(project.resolve("ear/target/it-server"))) {
            wildfly = homes.filter(p -> p.getFileName().toString().startsWith("wildfly-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No WildFly unpacked by the ear build in " + project));
        }
        Path root = Files.createTempDirectory("telephony-benchmark-");
        try (PbxSimulator pbx = PbxSimulator.start(0, SimulatorSettings.defaults()
                .withOperatorAnswerDelay(Duration.ofMillis(300)))) {
            pbx.defaultBehaviour(TelephonyBenchmark::behaviourOf);
            System.out.printf("Telephony benchmark, %s: %,d calls a minute for %d min (+%d s warm-up), %d operators,"
                            + " %.0f%% inbound, one outbound call in %d read through the API%n",
                    OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), perMinute, minutes, warmupSeconds, operators,
                    inboundShare * 100, sample);
            ImportBenchmark.copyTree(wildfly, root.resolve("wildfly"));
            Map<String, String> properties = new LinkedHashMap<>(DemoPbx.serverSettings(pbx));
            properties.put("callcenter.ami.originate-timeout", "10");
            properties.put("callcenter.telephony.service-call-windows", "{\"windows\":[{\"days\":[\"MON\",\"TUE\","
                    + "\"WED\",\"THU\",\"FRI\",\"SAT\",\"SUN\"],\"from\":\"00:00\",\"to\":\"24:00\"}],\"holidays\":true}");
            long start = System.nanoTime();
            try (LocalServer server = LocalServer.start(root.resolve("wildfly"), ear, root.resolve("pgdata"),
                    LocalDatabase.freePort(), PORT_OFFSET, "demo", properties)) {
                System.out.printf("Application started in %.1f s at %s, PBX simulator on 127.0.0.1:%d%n",
                        seconds(start), server.baseUrl(), pbx.port());
                TelephonyBenchmark benchmark = new TelephonyBenchmark(server.baseUrl(), pbx);
                benchmark.sample = Math.max(1, sample);
                benchmark.run(server.database().settings(), parties, operators, perMinute, minutes, warmupSeconds,
                        inboundShare);
            }
        } finally {
            GeneratedRegistry.deleteRecursively(root);
        }
        System.exit(0);
    }

    /** A number's behaviour from its digits, so that the right ending of every call is known afterwards. */
    static Behaviour behaviourOf(String number) {
        long digits = Long.parseLong(number.replaceAll("[^0-9]", "").substring(Math.max(0, number.replaceAll("[^0-9]", "").length() - 9)));
        int kind = (int) (digits % 100);
        Duration answerAfter = Duration.ofMillis(500 + (digits / 100) % 1000);
        Duration talk = Duration.ofMillis(2000 + (digits / 7) % 4000);
        if (kind < 70) {
            return Behaviour.answer(answerAfter, talk);
        } else if (kind < 80) {
            return Behaviour.busy();
        } else if (kind < 90) {
            return Behaviour.noAnswer(Duration.ofSeconds(2));
        } else if (kind < 95) {
            return Behaviour.congestion();
        }
        return Behaviour.operatorBusy();
    }

    /** The state and disposition a call to this number must end in. */
    static String expectedEnd(String number) {
        return switch (behaviourOf(number).kind()) {
            case ANSWER -> "HUNG_UP ANSWERED";
            case BUSY -> "HUNG_UP BUSY";
            case NO_ANSWER -> "HUNG_UP NO_ANSWER";
            case CONGESTION -> "HUNG_UP CONGESTION";
            case OPERATOR_BUSY -> "FAILED OPERATOR_BUSY";
            default -> "FAILED FAILED";
        };
    }

    private void run(DatabaseSettings db, int parties, int operators, int perMinute, int minutes, int warmupSeconds,
                     double inboundShare) throws Exception {
        long start = System.nanoTime();
        List<Target> targets;
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            connection.setAutoCommit(false);
            System.out.println("  " + new DemoRegistry().load(connection, parties));
            connection.commit();
            makeOperators(connection, operators);
            connection.commit();
            targets = targets(connection);
            for (String line : MachineFacts.describe(connection)) {
                System.out.println("  " + line);
            }
        }
        System.out.printf("%,d parties and %d operators with phones in %.1f s; %,d numbers to call%n", parties, operators,
                seconds(start), targets.size());
        awaitTelephonyUp();
        pbx.onEvent(this::onEvent);

        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodMicros = 60_000_000L / perMinute;
        AtomicLong tick = new AtomicLong();
        Instant measuredFrom = Instant.now().plusSeconds(warmupSeconds);
        long total = (long) perMinute * minutes + (long) perMinute * warmupSeconds / 60;
        ticker.scheduleAtFixedRate(() -> {
            long n = tick.incrementAndGet();
            if (n > total) {
                return;
            }
            sampling = Instant.now().isAfter(measuredFrom);
            Operator operator = idle.poll();
            if (operator == null) {
                busyRetries.incrementAndGet();
                return;
            }
            Target target = targets.get((int) (n * 7919 % targets.size()));
            boolean inbound = Math.floor(n * inboundShare) > Math.floor((n - 1) * inboundShare);
            started.incrementAndGet();
            if (inbound) {
                inbound(operator, target);
            } else {
                boolean sampled = outbound.incrementAndGet() % sample == 0;
                work.execute(() -> dial(operator, target, sampled));
            }
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        long runNanos = Duration.ofSeconds(warmupSeconds + 60L * minutes).toNanos();
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < runNanos) {
            Thread.sleep(10_000);
            System.out.printf("  %3d s: %,d calls started, %d operators idle; load average %s%n",
                    (System.nanoTime() - t0) / 1_000_000_000L, started.get(), idle.size(), GeneratedRegistry.loadAverage());
        }
        ticker.shutdown();
        System.out.println("Calls stop; waiting for the last ones to end");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && inProgress(db) > 0) {
            Thread.sleep(1000);
        }
        Thread.sleep(2000);
        report(db, measuredFrom, perMinute, minutes);
        work.shutdownNow();
    }

    private void makeOperators(Connection connection, int operators) throws SQLException {
        String hash = PasswordHasher.hash(PASSWORD);
        long firstId;
        try (Statement seq = connection.createStatement();
             ResultSet rs = seq.executeQuery("SELECT nextval('app_user_seq')")) {
            rs.next();
            firstId = rs.getLong(1) + 1_000_000;
        }
        try (PreparedStatement user = connection.prepareStatement("INSERT INTO app_user (id, username, full_name,"
                + " password_hash, extension) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement role = connection.prepareStatement("INSERT INTO app_user_role (user_id, role) VALUES (?, 'OPERATOR')")) {
            for (int i = 0; i < operators; i++) {
                String username = "bench" + i;
                String extension = String.valueOf(7000 + i);
                user.setLong(1, firstId + i);
                user.setString(2, username);
                user.setString(3, "Banco " + i);
                user.setString(4, hash);
                user.setString(5, extension);
                user.addBatch();
                role.setLong(1, firstId + i);
                role.addBatch();
                idle.add(new Operator(username, extension, "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))));
            }
            user.executeBatch();
            role.executeBatch();
        }
    }

    /** Parties everyone may see, with a mobile on no do-not-call list: what operators may dial outside campaigns. */
    private static List<Target> targets(Connection connection) throws SQLException {
        List<Target> targets = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT DISTINCT ON (c.search_key) p.id, c.search_key FROM party p"
                     + " JOIN party_contact c ON c.party_id = p.id AND c.kind = 'MOBILE' WHERE p.visibility = 'ALL'"
                     + " AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = c.search_key)"
                     + " AND NOT EXISTS (SELECT 1 FROM rpo_check r WHERE r.number = c.search_key AND r.opposed)"
                     + " ORDER BY c.search_key, p.id")) {
            while (rs.next()) {
                targets.add(new Target(rs.getLong(1), rs.getString(2)));
            }
        }
        return targets;
    }

    private void inbound(Operator operator, Target target) {
        long digits = Long.parseLong(target.e164().substring(target.e164().length() - 6));
        PbxSimulator.Inbound call = pbx.inbound(target.e164().substring(3), operator.extension(), Duration.ofMillis(500),
                Duration.ofMillis(2000 + digits % 3000));
        byLinkedid.put(call.linkedid(), new Followed(0, operator));
    }

    private void dial(Operator operator, Target target, boolean sampled) {
        String body = "{\"partyId\":" + target.partyId() + ",\"number\":\"" + target.e164() + "\"}";
        try {
            HttpResponse<String> response = send(operator.auth(), HttpRequest.newBuilder(URI.create(api + "/calls"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            Matcher id = CALL_ID.matcher(response.body());
            if (response.statusCode() != 201 || !id.find()) {
                dialErrors.incrementAndGet();
                if (dialErrors.get() <= 5) {
                    System.out.println("  dial refused: " + response.statusCode() + " " + response.body());
                }
                work.execute(() -> {
                    sleep(1000);
                    idle.add(operator);
                });
                return;
            }
            long callId = Long.parseLong(id.group(1));
            Followed followed = byCallId.computeIfAbsent(callId, k -> new Followed(callId, null));
            followed.sampled = sampled && sampling;
            followed.operator = operator;
            release(followed);
        } catch (Exception e) {
            dialErrors.incrementAndGet();
            idle.add(operator);
        }
    }

    /** The simulator's events, on its own thread: which call, which state, when; operators freed at the end. */
    private void onEvent(PbxSimulator.Emitted emitted) {
        AmiMessage event = emitted.event();
        String name = event.eventName();
        String linkedid = event.get("Linkedid");
        if ("VarSet".equals(name) && "CALLCENTER_CALL".equals(event.get("Variable"))) {
            long callId = Long.parseLong(event.get("Value"));
            byLinkedid.computeIfAbsent(linkedid, k -> byCallId.computeIfAbsent(callId, c -> new Followed(callId, null)));
            return;
        }
        if ("OriginateResponse".equals(name) && "Failure".equals(event.get("Response"))) {
            String actionId = event.get("ActionID");
            Followed followed = byCallId.get(Long.parseLong(actionId.substring(actionId.lastIndexOf('-') + 1)));
            end(followed, emitted.at());
            return;
        }
        Followed followed = linkedid == null ? null : byLinkedid.get(linkedid);
        if (followed == null) {
            return;
        }
        boolean source = event.has("Channel") && !event.get("Channel").isEmpty();
        switch (name) {
            case "DialBegin" -> {
                if (source && !event.get("DestChannel").contains("@agents")) {
                    sampled(followed, "RINGING", emitted.at());
                }
            }
            case "DialEnd" -> {
                if (!source && !"ANSWER".equals(event.get("DialStatus"))) {
                    end(followed, emitted.at());
                } else if (source && "ANSWER".equals(event.get("DialStatus"))) {
                    sampled(followed, "ANSWERED", emitted.at());
                }
            }
            case "Hangup" -> end(followed, emitted.at());
            default -> {
            }
        }
    }

    private void end(Followed followed, Instant at) {
        if (followed == null || followed.ended) {
            return;
        }
        synchronized (followed) {
            followed.ended = true;
        }
        sampled(followed, "HUNG_UP", at);
        release(followed);
    }

    /** The operator takes the next call after a short wrap-up. */
    private void release(Followed followed) {
        Operator operator = followed.release();
        if (operator == null) {
            return;
        }
        work.execute(() -> {
            sleep(500);
            idle.add(operator);
        });
    }

    /** For a sampled call: read it through the API until the state (or a later one) shows. */
    private void sampled(Followed followed, String state, Instant emitted) {
        if (!followed.sampled || followed.callId == 0) {
            return;
        }
        work.execute(() -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> response = send(followed.operator.auth(),
                            HttpRequest.newBuilder(URI.create(api + "/calls/" + followed.callId)).GET());
                    Matcher found = STATE.matcher(response.body());
                    if (found.find() && reached(found.group(1), state)) {
                        long nanos = Duration.between(emitted, Instant.now()).toNanos();
                        synchronized (seen) {
                            seen.add(nanos);
                        }
                        return;
                    }
                } catch (Exception e) {
                    return;
                }
            }
        });
    }

    private static boolean reached(String state, String wanted) {
        int rank = "FAILED".equals(state) ? 3 : ORDER.indexOf(state);
        return rank >= ORDER.indexOf(wanted);
    }

    private HttpResponse<String> send(String auth, HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", auth).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitTelephonyUp() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(api + "/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (health.body().contains("\"telephony\":\"UP\"")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Telephony never came UP");
    }

    private static long inProgress(DatabaseSettings db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            return count(connection, "SELECT count(*) FROM call WHERE state IN ('DIALING', 'RINGING', 'ANSWERED')");
        }
    }

    private void report(DatabaseSettings db, Instant measuredFrom, int perMinute, int minutes) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            long calls = count(connection, "SELECT count(*) FROM call");
            long measured = count(connection, "SELECT count(*) FROM call WHERE started_at >= '" + measuredFrom + "'");
            System.out.printf("Calls: %,d in all, %,d after the warm-up (goal %,d = %,d a minute x %d); dials refused"
                            + " or failed: %d; ticks with no idle operator: %d%n", calls, measured, (long) perMinute * minutes,
                    perMinute, minutes, dialErrors.get(), busyRetries.get());
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT direction, state, coalesce(disposition, '-'), count(*)"
                         + " FROM call GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")) {
                while (rs.next()) {
                    System.out.printf("  %-8s %-8s %-20s %,7d%n", rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
                }
            }
            // every outbound call ended as its number says, every inbound one answered: no event lost
            long wrong = 0;
            long checked = 0;
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT id, direction, state, coalesce(disposition, '-'), number FROM call")) {
                while (rs.next()) {
                    String actual = rs.getString(3) + " " + rs.getString(4);
                    String expected = "INBOUND".equals(rs.getString(2)) ? "HUNG_UP ANSWERED" : expectedEnd(rs.getString(5));
                    checked++;
                    if (!expected.equals(actual)) {
                        wrong++;
                        if (wrong <= 10) {
                            System.out.printf("  call %d (%s %s) ended %s, expected %s%n", rs.getLong(1), rs.getString(2),
                                    rs.getString(5), actual, expected);
                        }
                    }
                }
            }
            System.out.printf("Endings checked: %,d calls, %,d not as their number's behaviour says (goal 0);"
                    + " still in progress: %d%n", checked, wrong, count(connection,
                    "SELECT count(*) FROM call WHERE state IN ('DIALING', 'RINGING', 'ANSWERED')"));
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT count(*),"
                         + " percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), percentile_cont(0.95) WITHIN GROUP (ORDER BY ms),"
                         + " percentile_cont(0.99) WITHIN GROUP (ORDER BY ms), max(ms) FROM (SELECT extract(epoch FROM"
                         + " (s.applied_at - s.at)) * 1000 AS ms FROM call_state_change s JOIN call c ON c.id = s.call_id"
                         + " WHERE s.state <> 'DIALING' AND c.started_at >= '" + measuredFrom + "') x")) {
                rs.next();
                System.out.printf("Event to state applied (server, every state change after the warm-up, %,d): p50 %.1f ms,"
                                + " p95 %.1f ms, p99 %.1f ms, max %.1f ms (goal p99 < 100 ms)%n", rs.getLong(1), rs.getDouble(2),
                        rs.getDouble(3), rs.getDouble(4), rs.getDouble(5));
            }
            synchronized (seen) {
                if (seen.size() == 0) {
                    System.out.println("Event to state seen through GET /calls/{id}: no sample");
                } else {
                    System.out.printf("Event to state seen through GET /calls/{id} (%,d sampled states, each read"
                                    + " back-to-back from the event on; HTTP Basic included): p50 %.1f ms, p95 %.1f ms,"
                                    + " p99 %.1f ms, max %.1f ms%n", seen.size(), seen.percentile(50), seen.percentile(95),
                            seen.percentile(99), seen.max());
                }
            }
        }
        System.out.println("Load average at the end: " + GeneratedRegistry.loadAverage());
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
