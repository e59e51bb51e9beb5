package it.callcenter.benchmarks;

import it.callcenter.server.DatabaseSettings;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

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

    private final Options options;
    private final PrintStream out;

    private RegistryBenchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        GeneratedRegistry.start(args, "registry-benchmark-", options -> (db, dataDirectory) ->
                new RegistryBenchmark(options, System.out).run(db, dataDirectory));
    }

    private void run(DatabaseSettings db, Path dataDirectory) throws Exception {
        out.println("Registry search benchmark, " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        GeneratedRegistry.migrate(db, out);
        Comuni comuni;
        try (Connection connection = GeneratedRegistry.connect(db)) {
            comuni = Comuni.load(connection);
        }
        int parties = GeneratedRegistry.loadOrReuse(db, dataDirectory, comuni, options, out);
        try (Connection connection = GeneratedRegistry.connect(db)) {
            GeneratedRegistry.describeData(connection, out);
            for (Path file : options.apply()) {
                GeneratedRegistry.apply(connection, file, out);
            }
        }

        Samples samples;
        try (Connection connection = GeneratedRegistry.connect(db)) {
            samples = Samples.draw(connection, comuni, new SplittableRandom(options.seed() + 1), 4000);
        }
        List<Scenario> scenarios = scenarios(samples, new SplittableRandom(options.seed() + 2));
        out.printf("%nTiming: %d warm-up then %d timed queries per scenario, inputs drawn at random from %d sampled"
                + " parties; one connection, a new PreparedStatement per query (as EclipseLink on a pooled"
                + " connection).%n", options.warmup(), options.queries(), 4000);

        List<ScenarioRunner.Result> results = new ArrayList<>();
        String loadBefore = GeneratedRegistry.loadAverage();
        try (Connection connection = GeneratedRegistry.connect(db)) {
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
                GeneratedRegistry.loadAverage(), Runtime.getRuntime().availableProcessors());
        try (Connection connection = GeneratedRegistry.connect(db)) {
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
        out.println("Command: " + GeneratedRegistry.command(RegistryBenchmark.class, options));
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
}
