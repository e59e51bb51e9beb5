package it.callcenter.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * How long does the archive take to show a page deep in 1,000,000 parties (issue 11)? On the registry of
 * {@link RegistryBenchmark} (same generator, same {@code --data} reuse), times the first, the middle and the last
 * page of 25 by name as {@code PartyFinder} reads them now (the page chosen on the party table alone, comune and
 * phone looked up for its 25 rows; a page in the second half read from the end in the inverse order) against the
 * single query of before (comune and phone computed for every row the OFFSET skips), and checks that both give
 * the same rows. Before-queries run once: they take tens of seconds.
 */
public final class ArchivePagesBenchmark {

    private static final int SIZE = 25;
    private static final int RUNS = 5;

    private ArchivePagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GeneratedRegistry.start(args, "archive-pages-benchmark-", options -> (db, dataDirectory) -> {
            GeneratedRegistry.migrate(db, System.out);
            Comuni comuni;
            try (Connection connection = GeneratedRegistry.connect(db)) {
                comuni = Comuni.load(connection);
            }
            GeneratedRegistry.loadOrReuse(db, dataDirectory, comuni, options, System.out);
            try (Connection connection = GeneratedRegistry.connect(db)) {
                run(connection);
            }
        });
    }

    private static void run(Connection connection) throws SQLException {
        long total;
        try (ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM party")) {
            count.next();
            total = count.getLong(1);
        }
        long middle = total / 2 / SIZE * SIZE;
        long last = (total - 1) / SIZE * SIZE;
        long afterLast = total - last - SIZE;
        int take = (int) Math.min(SIZE, SIZE + Math.min(0, afterLast));
        System.out.printf("%,d parties, pages of %d; middle page at OFFSET %,d, last at %,d%n", total, SIZE, middle, last);

        List<Long> lastNow = ids(connection, now(true, take, Math.max(0, afterLast)));
        Collections.reverse(lastNow);
        check("middle", ids(connection, now(false, SIZE, middle)), ids(connection, before(middle)));
        check("last", lastNow, ids(connection, before(last)));

        time(connection, "first page, now", now(false, SIZE, 0), RUNS);
        time(connection, "middle page, now", now(false, SIZE, middle), RUNS);
        time(connection, "last page, now (from the end)", now(true, take, Math.max(0, afterLast)), RUNS);
        time(connection, "middle page, before", before(middle), 1);
        time(connection, "last page, before", before(last), 1);
    }

    /** PartyFinder's page query (without criteria: the archive as a supervisor opens it). */
    static String now(boolean fromTheEnd, int limit, long offset) {
        String order = fromTheEnd ? " ORDER BY p.name_search DESC, p.id DESC" : " ORDER BY p.name_search, p.id";
        return "SELECT p.id, p.type, p.display_name, p.fiscal_code, p.vat_number, c.name,"
                + " c.province_abbr, (SELECT pc.value FROM party_contact pc WHERE pc.party_id = p.id"
                + " AND pc.kind IN ('MOBILE', 'PHONE') ORDER BY pc.position LIMIT 1), p.status"
                + " FROM (SELECT p.id, p.type, p.display_name, p.fiscal_code, p.vat_number, p.comune_istat, p.status,"
                + " p.name_search FROM party p" + order + " LIMIT " + limit + " OFFSET " + offset + ") p"
                + " LEFT JOIN comune c ON c.istat_code = p.comune_istat" + order;
    }

    /** The page query before issue 11: one query, OFFSET from the start. */
    static String before(long offset) {
        return "SELECT p.id, p.type, p.display_name, p.fiscal_code, p.vat_number, c.name,"
                + " c.province_abbr, (SELECT pc.value FROM party_contact pc WHERE pc.party_id = p.id"
                + " AND pc.kind IN ('MOBILE', 'PHONE') ORDER BY pc.position LIMIT 1), p.status"
                + " FROM party p LEFT JOIN comune c ON c.istat_code = p.comune_istat"
                + " ORDER BY p.name_search, p.id LIMIT " + SIZE + " OFFSET " + offset;
    }

    private static void check(String page, List<Long> now, List<Long> before) {
        if (!now.equals(before)) {
            throw new IllegalStateException("the " + page + " page differs: " + now + " instead of " + before);
        }
        System.out.println("the " + page + " page holds the same " + now.size() + " parties as before");
    }

    private static void time(Connection connection, String what, String sql, int runs) throws SQLException {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ids(connection, sql);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-32s median %9.1f ms (min %.1f, max %.1f, %d runs)%n", what, ms[runs / 2], ms[0], ms[runs - 1], runs);
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
