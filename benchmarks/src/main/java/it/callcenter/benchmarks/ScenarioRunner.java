package it.callcenter.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Times a scenario: untimed warm-up executions (caches, pgjdbc's switch to server-side prepared statements
 * after five executions, PostgreSQL's choice between custom and generic plans), then the timed ones, each on
 * an input drawn at random. Also reads pg_prepared_statements before and after to tell which kind of plan
 * PostgreSQL really used, since a generic plan cannot use a prefix LIKE's index.
 */
final class ScenarioRunner {

    /** A scenario stops early only when it is far off its goal: after this long, once 50 queries are timed. */
    static final long BUDGET_NANOS = 90_000_000_000L;
    private static final long WARMUP_BUDGET_NANOS = 15_000_000_000L;
    private static final int MINIMUM_TIMED = 50;

    record Result(Scenario scenario, Latencies total, Latencies count, Latencies page, long[] matches,
                  String worstInput, double worstMs, String plans, boolean stoppedEarly) {

        long matchesPercentile(double p) {
            int rank = (int) Math.ceil(p / 100.0 * matches.length);
            return matches[Math.max(0, Math.min(matches.length, rank) - 1)];
        }
    }

    private final Connection connection;
    private final int warmup;
    private final int queries;

    ScenarioRunner(Connection connection, int warmup, int queries) {
        this.connection = connection;
        this.warmup = warmup;
        this.queries = queries;
    }

    Result run(Scenario scenario, SplittableRandom random) throws SQLException {
        if (scenario.inputs().isEmpty()) {
            throw new IllegalStateException("No inputs for scenario " + scenario.id());
        }
        Map<String, long[]> plansBefore = plans();
        long start = System.nanoTime();
        // the baseline runs first: a longer warm-up lets the JIT compile the JDBC path before it is timed
        int rounds = scenario.kind() == Scenario.Kind.BY_ID ? Math.max(warmup, 2000) : warmup;
        for (int i = 0; i < rounds && System.nanoTime() - start < WARMUP_BUDGET_NANOS; i++) {
            scenario.execute(connection, pick(scenario, random));
        }
        start = System.nanoTime();
        boolean stoppedEarly = false;
        Latencies total = new Latencies(queries);
        Latencies count = new Latencies(queries);
        Latencies page = new Latencies(queries);
        long[] matches = new long[queries];
        String worstInput = null;
        long worst = -1;
        for (int i = 0; i < queries; i++) {
            if (i >= MINIMUM_TIMED && System.nanoTime() - start > BUDGET_NANOS) {
                stoppedEarly = true;
                matches = Arrays.copyOf(matches, i);
                break;
            }
            String input = pick(scenario, random);
            Scenario.Outcome outcome = scenario.execute(connection, input);
            total.add(outcome.nanos());
            count.add(outcome.countNanos());
            page.add(outcome.pageNanos());
            matches[i] = outcome.matches();
            if (outcome.nanos() > worst) {
                worst = outcome.nanos();
                worstInput = input;
            }
        }
        Arrays.sort(matches);
        return new Result(scenario, total, count, page, matches, worstInput, worst / 1e6,
                planKinds(plansBefore, plans()), stoppedEarly);
    }

    private static String pick(Scenario scenario, SplittableRandom random) {
        return scenario.inputs().get(random.nextInt(scenario.inputs().size()));
    }

    /** Statement text to {generic plans, custom plans}, for this session's server-side prepared statements. */
    private Map<String, long[]> plans() throws SQLException {
        Map<String, long[]> plans = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements")) {
            while (rs.next()) {
                plans.merge(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return plans;
    }

    /** E.g. "count: custom, page: generic" for the statements executed in between. */
    private static String planKinds(Map<String, long[]> before, Map<String, long[]> after) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, long[]> entry : after.entrySet()) {
            long[] then = before.getOrDefault(entry.getKey(), new long[2]);
            long generic = entry.getValue()[0] - then[0];
            long custom = entry.getValue()[1] - then[1];
            if (generic + custom == 0 || entry.getKey().contains("pg_prepared_statements")) {
                continue;
            }
            String sql = entry.getKey();
            String label = sql.startsWith("SELECT count(*)") ? "count" : sql.contains("FROM party p") ? "page" : "query";
            String kind = generic == 0 ? "custom" : custom == 0 ? "generic" : "generic " + generic + "/custom " + custom;
            out.append(out.length() == 0 ? "" : ", ").append(label).append(": ").append(kind);
        }
        return out.length() == 0 ? "-" : out.toString();
    }
}
