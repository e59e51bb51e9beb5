package it.callcenter.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The command line of {@link RegistryBenchmark} and {@link CampaignBenchmark}. Not a measurement: it only says how many parties to load, how
 * many queries to time, where the database lives and which extra SQL to try, so that a run can be repeated
 * exactly from the command printed in its report.
 */
record Options(int parties, int queries, int warmup, long seed, Path data, List<Path> apply, Set<String> only,
               boolean explainAll, String[] raw) {

    static final String USAGE = """
            RegistryBenchmark (the registry's searches) or CampaignBenchmark (a campaign's preview and fill), timed on
            an embedded PostgreSQL with generated parties.
              --parties N      parties to generate (default 1000000)
              --queries N      timed queries per scenario (default 1000, at least 1000 for the report)
              --warmup N       untimed queries per scenario before timing (default 200)
              --seed N         random seed of the data and of the inputs (default 20261123)
              --data DIR       keep the database in DIR (reused, without loading again, if it already holds parties);
                               default: a new temporary directory, deleted at the end
              --apply FILE     run the SQL statements of FILE (separated by ';' at line ends) before timing,
                               e.g. an index to try; may be repeated
              --only a,b,...   time only these scenarios (ids as printed: e, a1, a2, b1, c1, d ...; p1 ... p4)
              --explain-all    print EXPLAIN (ANALYZE, BUFFERS) for every scenario, not only those missing a goal
            """;

    static Options parse(String[] args) {
        int parties = 1_000_000;
        int queries = 1000;
        int warmup = 200;
        long seed = 20261123L;
        Path data = null;
        List<Path> apply = new ArrayList<>();
        Set<String> only = Set.of();
        boolean explainAll = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--parties" -> parties = Integer.parseInt(value(args, ++i, arg).replace("_", ""));
                case "--queries" -> queries = Integer.parseInt(value(args, ++i, arg));
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, arg));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                case "--data" -> data = Path.of(value(args, ++i, arg)).toAbsolutePath();
                case "--apply" -> apply.add(Path.of(value(args, ++i, arg)).toAbsolutePath());
                case "--only" -> only = Set.of(value(args, ++i, arg).split(","));
                case "--explain-all" -> explainAll = true;
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
            }
        }
        if (parties < 1000) {
            throw new IllegalArgumentException("--parties must be at least 1000");
        }
        if (queries < 1 || warmup < 0) {
            throw new IllegalArgumentException("--queries must be positive and --warmup not negative");
        }
        return new Options(parties, queries, warmup, seed, data, List.copyOf(apply), only, explainAll, args.clone());
    }

    boolean runs(String scenarioId) {
        return only.isEmpty() || only.contains(scenarioId);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
