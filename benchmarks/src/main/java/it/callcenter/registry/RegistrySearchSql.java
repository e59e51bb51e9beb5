package it.callcenter.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The archive search exactly as {@link PartyFinder#search} sends it, with plain JDBC: the WHERE clause and
 * parameters from the application's own {@link PartyCriteria} (this class lives in its package for that), the
 * count statement, then, when something matched, the page statement, both copied verbatim from PartyFinder,
 * each a new PreparedStatement on the same connection as EclipseLink does on a pooled connection (so
 * pgjdbc's server-side prepare after five executions applies too). What it measures: one search as the
 * server runs it, count + page, rows read into {@link PartySummary} as PartyFinder does.
 */
public final class RegistrySearchSql {

    public static final int PAGE_SIZE = 50;

    /** The two statements of one search and their parameters. */
    public record Statements(String countSql, String pageSql, List<Object> parameters) {
    }

    /** Times of one search, in nanoseconds, and how many parties matched. */
    public record Timing(long countNanos, long pageNanos, long total) {
        public long nanos() {
            return countNanos + pageNanos;
        }
    }

    private RegistrySearchSql() {
    }

    /** {@code q} as typed in the archive's search box; {@code restrictedTo} the operator, or null for who sees all. */
    public static Statements statements(String q, String restrictedTo, int page, int size) {
        PartySearch search = new PartySearch(q, null, null, null, null, null);
        PartyCriteria criteria = PartyCriteria.of(search, restrictedTo);
        int limit = Math.max(1, Math.min(size, PartyFinder.MAX_PAGE_SIZE));
        int offset = Math.max(0, page) * limit;
        // both statements verbatim from PartyFinder.search
        String count = "SELECT count(*) FROM party p" + criteria.where();
        String rows = "SELECT p.id, p.type, p.display_name, p.fiscal_code, p.vat_number, c.name,"
                + " c.province_abbr, (SELECT pc.value FROM party_contact pc WHERE pc.party_id = p.id"
                + " AND pc.kind IN ('MOBILE', 'PHONE') ORDER BY pc.position LIMIT 1), p.status"
                + " FROM party p LEFT JOIN comune c ON c.istat_code = p.comune_istat" + criteria.where()
                + " ORDER BY p.name_search, p.id LIMIT " + limit + " OFFSET " + offset;
        return new Statements(count, rows, criteria.parameters());
    }

    /** The first page (50 rows) of a search, as the archive screen and {@code GET /parties} ask for it. */
    public static Timing search(Connection connection, String q, String restrictedTo) throws SQLException {
        long start = System.nanoTime();
        Statements statements = statements(q, restrictedTo, 0, PAGE_SIZE);
        long total;
        try (PreparedStatement count = connection.prepareStatement(statements.countSql())) {
            bind(count, statements.parameters());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        long counted = System.nanoTime();
        if (total == 0) {
            return new Timing(counted - start, 0, 0);
        }
        List<PartySummary> items = new ArrayList<>();
        try (PreparedStatement rows = connection.prepareStatement(statements.pageSql())) {
            bind(rows, statements.parameters());
            try (ResultSet r = rows.executeQuery()) {
                while (r.next()) {
                    String province = r.getString(7);
                    items.add(new PartySummary(r.getLong(1), PartyType.valueOf(r.getString(2)), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), province == null ? null : province.strip(),
                            r.getString(8), r.getString(9)));
                }
            }
        }
        if (items.isEmpty()) {
            throw new IllegalStateException("count said " + total + " but the page is empty for " + q);
        }
        return new Timing(counted - start, System.nanoTime() - counted, total);
    }

    /** Binds as EclipseLink binds a native query's positional parameters (strings with setString). */
    public static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof String text) {
                statement.setString(i + 1, text);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
