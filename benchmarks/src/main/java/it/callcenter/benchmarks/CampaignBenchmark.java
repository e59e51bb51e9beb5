package it.callcenter.benchmarks;

import it.callcenter.campaign.CampaignFillSql;
import it.callcenter.campaign.FillCriteria;
import it.callcenter.compliance.RequiredConsent;
import it.callcenter.registry.PartyType;
import it.callcenter.registry.RegistrySearchSql;
import it.callcenter.server.DatabaseSettings;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * How fast are a campaign's preview and fill on 1,000,000 parties? On the generated registry (see {@link
 * GeneratedRegistry}) it adds what a working call center has beside it: an earlier campaign of 100,000 entries,
 * half of them already called in the last 60 days, 20,000 parties already in the campaign being previewed, an
 * internal do-not-call list of about 10,000 numbers and RPO answers for a third of the mobiles. Then it times
 * with plain JDBC the exact statements {@code CampaignService} sends (built by the application's {@code FillSql}):
 * the preview for realistic criteria (goal: p95 under 200 ms), and the fill of one region against a hand-written
 * {@code INSERT ... SELECT} of the same rows in the same run (goal: at most 1.5 times as long), each run in a
 * transaction rolled back so that every round starts from the same table. Prints EXPLAIN (ANALYZE, BUFFERS) of
 * the slowest preview of each scenario and of both inserts: the evidence for the indexes in V15.
 */
public final class CampaignBenchmark {

    static final double PREVIEW_GOAL_MS = 200;
    static final double FILL_GOAL_RATIO = 1.5;
    static final String FILL_REGION = "Lombardia";
    static final int FILL_ROUNDS = 5;

    private static final long EARLIER = 1;
    private static final long PREVIEWED = 2;
    private static final long PREVIEWED_WITH_RULES = 3;
    private static final long FILLED_BY_SERVICE = 4;
    private static final long FILLED_BY_HAND = 5;

    /**
     * What an experienced developer writes by hand for "Lombardia, marketing consent, not on the lists", on the same
     * schema: the party's callable phone (V17) is on its row, so it reads that, as FillSql does.
     */
    static final String HAND_WRITTEN = "INSERT INTO campaign_entry (id, campaign_id, party_id, phone, state, added_at)"
            + " SELECT nextval('campaign_entry_seq'), ?, p.id, p.callable_phone, 'OPEN', now()"
            + " FROM party p JOIN comune k ON k.istat_code = p.comune_istat"
            + " WHERE k.region_name = ? AND p.consent_marketing AND p.callable_phone IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = p.callable_phone)"
            + " AND NOT EXISTS (SELECT 1 FROM rpo_check o WHERE o.number = p.callable_phone AND o.opposed)";

    /** One preview scenario: its campaign's rules and how to turn a random draw into criteria. */
    record Preview(String id, String title, long campaign, RequiredConsent consent, boolean rpoCheck,
                   Function<SplittableRandom, FillCriteria> draw) {
    }

    record Timed(Preview preview, Latencies latencies, long[] counts, FillCriteria slowest, double slowestMs) {
    }

    private final Options options;
    private final PrintStream out;

    private CampaignBenchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        GeneratedRegistry.start(args, "campaign-benchmark-", options -> (db, dataDirectory) ->
                new CampaignBenchmark(options, System.out).run(db, dataDirectory));
    }

    private void run(DatabaseSettings db, Path dataDirectory) throws Exception {
        out.println("Campaign preview and fill benchmark, " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        GeneratedRegistry.migrate(db, out);
        Comuni comuni;
        try (Connection connection = GeneratedRegistry.connect(db)) {
            comuni = Comuni.load(connection);
        }
        int parties = GeneratedRegistry.loadOrReuse(db, dataDirectory, comuni, options, out);
        List<String> regions;
        List<String> provinces;
        try (Connection connection = GeneratedRegistry.connect(db)) {
            for (Path file : options.apply()) {
                GeneratedRegistry.apply(connection, file, out);
            }
            prepareCampaigns(connection);
            GeneratedRegistry.describeData(connection, out, "campaign_entry", "do_not_call", "rpo_check");
            regions = strings(connection, "SELECT DISTINCT region_name FROM comune ORDER BY 1");
            provinces = strings(connection, "SELECT DISTINCT province_abbr FROM comune ORDER BY 1");
        }

        List<Preview> previews = List.of(
                new Preview("p1", "one region (of 20), no consent required", PREVIEWED, null, false,
                        r -> criteria(c -> c.regions = List.of(pick(regions, r)))),
                new Preview("p2", "province + interest, no consent required", PREVIEWED, null, false,
                        r -> criteria(c -> {
                            c.provinces = List.of(pick(provinces, r));
                            c.interests = List.of(pick(ItalianNames.INTERESTS, r));
                        })),
                new Preview("p3", "persons of a 10-year age range, MARKETING + RPO check required", PREVIEWED_WITH_RULES,
                        RequiredConsent.MARKETING, true, r -> criteria(c -> {
                            c.partyType = PartyType.PERSON;
                            c.ageMin = 20 + r.nextInt(46);
                            c.ageMax = c.ageMin + 9;
                        })),
                new Preview("p4", "region + not in the earlier campaign + not contacted in 30 days", PREVIEWED, null, false,
                        r -> criteria(c -> {
                            c.regions = List.of(pick(regions, r));
                            c.notInCampaigns = List.of(EARLIER);
                            c.notContactedSince = LocalDate.now(ZoneId.of("Europe/Rome")).minusDays(30);
                        })));

        String loadBefore = GeneratedRegistry.loadAverage();
        ScenarioRunner.Result baseline;
        List<Timed> timed = new ArrayList<>();
        try (Connection connection = GeneratedRegistry.connect(db)) {
            baseline = baseline(connection, new SplittableRandom(options.seed() + 5), parties);
            out.printf("  %-3s %-66s p95 %8.2f ms%n", "e", "baseline: primary-key read", baseline.total().percentile(95));
            SplittableRandom random = new SplittableRandom(options.seed() + 6);
            for (Preview preview : previews) {
                if (options.runs(preview.id())) {
                    Timed result = time(connection, preview, random);
                    timed.add(result);
                    out.printf("  %-3s %-66s p95 %8.2f ms%n", preview.id(), preview.title(), result.latencies().percentile(95));
                }
            }
        }
        double baselineP95 = baseline.total().percentile(95);
        out.printf("%nPreview (ms; %d warm-up then %d timed previews per scenario, criteria drawn at random;"
                + " ratio = p95 / baseline p95)%n", options.warmup(), options.queries());
        out.printf("%-3s %-66s %5s %8s %8s %8s %8s %9s %6s %-4s %s%n", "id", "scenario", "n", "p50", "p95", "p99", "max",
                "p95/base", "goal", "met", "matched p50 / p95 / max");
        out.printf("%-3s %-66s %5d %8.2f %8.2f %8.2f %8.2f %8.1fx %6s %-4s%n", "e", "baseline: SELECT id, display_name"
                + " FROM party WHERE id = ?", baseline.total().size(), baseline.total().percentile(50), baselineP95,
                baseline.total().percentile(99), baseline.total().max(), 1.0, "-", "-");
        for (Timed t : timed) {
            Latencies l = t.latencies();
            out.printf("%-3s %-66s %5d %8.2f %8.2f %8.2f %8.2f %8.0fx %6s %-4s %d / %d / %d%n", t.preview().id(),
                    t.preview().title(), l.size(), l.percentile(50), l.percentile(95), l.percentile(99), l.max(),
                    l.percentile(95) / baselineP95, "<" + (int) PREVIEW_GOAL_MS,
                    l.percentile(95) < PREVIEW_GOAL_MS ? "yes" : "NO", percentile(t.counts(), 50),
                    percentile(t.counts(), 95), percentile(t.counts(), 100));
        }

        try (Connection connection = GeneratedRegistry.connect(db)) {
            compareFills(connection);
            out.printf("%nLoad average (1/5/15 min) before the timing: %s, after: %s (%d cores; anything above 1 beyond"
                    + " this program is someone else's work)%n", loadBefore, GeneratedRegistry.loadAverage(),
                    Runtime.getRuntime().availableProcessors());
            out.println("\nEXPLAIN (ANALYZE, BUFFERS) of the slowest preview of each scenario:");
            for (Timed t : timed) {
                Preview p = t.preview();
                out.printf("%n--- %s %s: %.1f ms in the timed run, criteria %s%n", p.id(), p.title(), t.slowestMs(), t.slowest());
                explain(connection, CampaignFillSql.preview(p.campaign(), t.slowest(), p.consent(), p.rpoCheck()), false);
            }
            out.println("\nMachine:");
            for (String fact : MachineFacts.describe(connection)) {
                out.println("  " + fact);
            }
        }
        out.println("  data: " + parties + " parties, seed " + options.seed());
        out.println("Command: " + GeneratedRegistry.command(CampaignBenchmark.class, options));
    }

    /** The campaigns, entries and compliance lists of a working call center; made again on every run. */
    private void prepareCampaigns(Connection connection) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            checkCallablePhones(s);
            s.execute("TRUNCATE campaign, do_not_call, rpo_check CASCADE");
            s.execute("INSERT INTO campaign (id, name, state, required_consent, requires_rpo_check, created_by) VALUES"
                    + " (" + EARLIER + ", 'Earlier', 'ACTIVE', 'MARKETING', false, 'benchmark'),"
                    + " (" + PREVIEWED + ", 'Previewed', 'DRAFT', NULL, false, 'benchmark'),"
                    + " (" + PREVIEWED_WITH_RULES + ", 'Previewed with rules', 'DRAFT', 'MARKETING', true, 'benchmark'),"
                    + " (" + FILLED_BY_SERVICE + ", 'Filled by the service', 'DRAFT', 'MARKETING', false, 'benchmark'),"
                    + " (" + FILLED_BY_HAND + ", 'Filled by hand', 'DRAFT', 'MARKETING', false, 'benchmark')");
            s.execute("INSERT INTO campaign_entry (id, campaign_id, party_id, phone, state, added_at, last_attempt_at)"
                    + " SELECT nextval('campaign_entry_seq'), " + EARLIER + ", c.party_id, c.search_key, 'OPEN', now(),"
                    + " CASE WHEN c.party_id % 20 = 0 THEN now() - (c.party_id % 60) * interval '1 day' END"
                    + " FROM party_contact c WHERE c.kind = 'MOBILE' AND c.party_id % 10 = 0");
            s.execute("INSERT INTO campaign_entry (id, campaign_id, party_id, phone, state, added_at)"
                    + " SELECT nextval('campaign_entry_seq'), p.campaign, c.party_id, c.search_key, 'OPEN', now()"
                    + " FROM party_contact c CROSS JOIN (VALUES (" + PREVIEWED + "), (" + PREVIEWED_WITH_RULES + ")) p (campaign)"
                    + " WHERE c.kind = 'MOBILE' AND c.party_id % 50 = 1");
            s.execute("INSERT INTO do_not_call (number, source, added_by) SELECT search_key, 'INTERNAL', 'benchmark'"
                    + " FROM party_contact WHERE kind = 'MOBILE' AND party_id % 97 = 0");
            s.execute("INSERT INTO rpo_check (number, checked_on, opposed) SELECT search_key,"
                    + " current_date - (party_id % 40)::int, party_id % 31 = 0 FROM party_contact"
                    + " WHERE kind = 'MOBILE' AND party_id % 3 = 0");
            s.execute("VACUUM ANALYZE campaign");
            s.execute("VACUUM ANALYZE campaign_entry");
            s.execute("VACUUM ANALYZE do_not_call");
            s.execute("VACUUM ANALYZE rpo_check");
        }
        out.printf("Campaigns, entries, do-not-call list and RPO answers made in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** Every generated party's callable phone is its only mobile, as the registry would have written it. */
    private void checkCallablePhones(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM party p LEFT JOIN party_contact c ON c.party_id = p.id"
                + " AND c.kind = 'MOBILE' WHERE p.callable_phone IS DISTINCT FROM c.search_key")) {
            rs.next();
            if (rs.getLong(1) != 0) {
                throw new IllegalStateException(rs.getLong(1) + " parties whose callable phone is not their mobile");
            }
        }
        out.println("Callable phones checked: every party's is its mobile");
    }

    private ScenarioRunner.Result baseline(Connection connection, SplittableRandom random, int parties) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            ids.add(String.valueOf(1 + random.nextLong(parties)));
        }
        Scenario scenario = new Scenario("e", "baseline", Scenario.Kind.BY_ID, ids, null, Double.NaN);
        return new ScenarioRunner(connection, options.warmup(), Math.max(1000, options.queries())).run(scenario, random);
    }

    private Timed time(Connection connection, Preview preview, SplittableRandom random) throws SQLException {
        for (int i = 0; i < options.warmup(); i++) {
            count(connection, preview, preview.draw().apply(random));
        }
        Latencies latencies = new Latencies(options.queries());
        long[] counts = new long[options.queries()];
        FillCriteria slowest = null;
        long worst = -1;
        for (int i = 0; i < options.queries(); i++) {
            FillCriteria criteria = preview.draw().apply(random);
            long start = System.nanoTime();
            counts[i] = count(connection, preview, criteria);
            long nanos = System.nanoTime() - start;
            latencies.add(nanos);
            if (nanos > worst) {
                worst = nanos;
                slowest = criteria;
            }
        }
        Arrays.sort(counts);
        return new Timed(preview, latencies, counts, slowest, worst / 1e6);
    }

    /** One preview as the service runs it: a new PreparedStatement, the six counts read; answers all matched. */
    private static long count(Connection connection, Preview preview, FillCriteria criteria) throws SQLException {
        CampaignFillSql.Statement sql = CampaignFillSql.preview(preview.campaign(), criteria, preview.consent(), preview.rpoCheck());
        try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
            RegistrySearchSql.bind(statement, sql.parameters());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long matched = 0;
                for (int column = 1; column <= 6; column++) {
                    matched += rs.getLong(column);
                }
                return matched;
            }
        }
    }

    /**
     * The service's fill of one region against the hand-written INSERT ... SELECT, alternating which goes first,
     * each in a transaction rolled back and followed by a VACUUM of campaign_entry; first a round that checks
     * both insert exactly the same rows.
     */
    private void compareFills(Connection connection) throws SQLException {
        FillCriteria region = criteria(c -> c.regions = List.of(FILL_REGION));
        CampaignFillSql.Statement service = CampaignFillSql.fill(FILLED_BY_SERVICE, region, RequiredConsent.MARKETING, false);
        CampaignFillSql.Statement byHand = new CampaignFillSql.Statement(HAND_WRITTEN, List.of(FILLED_BY_HAND, FILL_REGION));
        connection.setAutoCommit(false);
        try {
            long added = insert(connection, service, true);
            long written = insert(connection, byHand, false);
            long differ = single(connection, "SELECT count(*) FROM ((SELECT party_id, phone FROM campaign_entry WHERE campaign_id = "
                    + FILLED_BY_SERVICE + " EXCEPT SELECT party_id, phone FROM campaign_entry WHERE campaign_id = " + FILLED_BY_HAND
                    + ") UNION ALL (SELECT party_id, phone FROM campaign_entry WHERE campaign_id = " + FILLED_BY_HAND
                    + " EXCEPT SELECT party_id, phone FROM campaign_entry WHERE campaign_id = " + FILLED_BY_SERVICE + ")) d");
            connection.rollback();
            if (added != written || differ != 0) {
                throw new IllegalStateException("Not the same rows: service " + added + ", by hand " + written + ", " + differ + " differ");
            }
            out.printf("%nFill of %s: both statements insert the same %,d entries (checked row by row)%n", FILL_REGION, added);
            vacuum(connection);
            Latencies serviceTimes = new Latencies(FILL_ROUNDS);
            Latencies handTimes = new Latencies(FILL_ROUNDS);
            for (int round = 0; round < FILL_ROUNDS; round++) {
                boolean serviceFirst = round % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    boolean isService = serviceFirst == (turn == 0);
                    long start = System.nanoTime();
                    insert(connection, isService ? service : byHand, isService);
                    long nanos = System.nanoTime() - start;
                    connection.rollback();
                    vacuum(connection);
                    (isService ? serviceTimes : handTimes).add(nanos);
                    out.printf("  round %d: %-34s %9.1f ms%n", round + 1, isService ? "service fill (FillSql, one statement)"
                            : "hand-written INSERT ... SELECT", nanos / 1e6);
                }
            }
            double ratio = serviceTimes.percentile(50) / handTimes.percentile(50);
            out.printf("Fill of %s (%,d entries, %d rounds each): service median %.1f ms (min %.1f), hand-written median"
                    + " %.1f ms (min %.1f): ratio %.2f, goal <= %.1f: %s%n", FILL_REGION, added, FILL_ROUNDS,
                    serviceTimes.percentile(50), serviceTimes.percentile(0.01), handTimes.percentile(50),
                    handTimes.percentile(0.01), ratio, FILL_GOAL_RATIO, ratio <= FILL_GOAL_RATIO ? "met" : "NOT met");
            out.println("\nEXPLAIN (ANALYZE, BUFFERS) of the service's fill, then of the hand-written one (rolled back):");
            explain(connection, service, true);
            explain(connection, byHand, true);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    /** Runs an insert; the service's answers one row whose first column is the number added. */
    private static long insert(Connection connection, CampaignFillSql.Statement sql, boolean answersRow) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
            RegistrySearchSql.bind(statement, sql.parameters());
            if (!answersRow) {
                return statement.executeUpdate();
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void vacuum(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM campaign_entry");
        }
        connection.setAutoCommit(false);
    }

    private void explain(Connection connection, CampaignFillSql.Statement sql, boolean rollBack) throws SQLException {
        out.println("  statement: " + sql.sql());
        out.println("  parameters: " + sql.parameters());
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql.sql())) {
            RegistrySearchSql.bind(explain, sql.parameters());
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    out.println("    " + rs.getString(1));
                }
            }
        }
        if (rollBack) {
            connection.rollback();
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1).strip());
            }
        }
        return values;
    }

    private static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** A mutable stand-in to write each scenario's criteria by name. */
    private static final class Draft {
        PartyType partyType;
        List<String> regions;
        List<String> provinces;
        List<String> interests;
        Integer ageMin;
        Integer ageMax;
        List<Long> notInCampaigns;
        LocalDate notContactedSince;
    }

    private static FillCriteria criteria(java.util.function.Consumer<Draft> edit) {
        Draft d = new Draft();
        edit.accept(d);
        return new FillCriteria(d.partyType, d.regions, d.provinces, null, null, d.interests, d.ageMin, d.ageMax,
                d.notInCampaigns, null, null, d.notContactedSince);
    }
}
