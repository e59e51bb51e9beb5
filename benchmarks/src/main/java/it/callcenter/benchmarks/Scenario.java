package it.callcenter.benchmarks;

import it.callcenter.geography.SearchText;
import it.callcenter.registry.RegistrySearchSql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One kind of query the benchmark times, with its inputs and its goal: an archive search (count + page, as
 * PartyFinder sends them, for who sees all or for an operator), the comuni autocomplete (the SQL EclipseLink
 * sends for GeographyService.suggest), or the baseline (a party read by primary key, the cheapest query
 * PostgreSQL can answer here, to express every result as a multiple of it).
 */
record Scenario(String id, String title, Kind kind, List<String> inputs, String restrictedTo, double goalMs) {

    enum Kind { SEARCH, SUGGEST, BY_ID }

    /** What one execution cost and found. */
    record Outcome(long countNanos, long pageNanos, long matches) {
        long nanos() {
            return countNanos + pageNanos;
        }
    }

    /** Screens ask for 15 suggestions (ComuneAutocompleteBacking.SUGGESTIONS). */
    static final int SUGGESTIONS = 15;

    /**
     * The SQL EclipseLink 4 prints on PostgreSQL for the named query Comune.suggest ("SELECT c FROM Comune c
     * WHERE c.nameSearch LIKE :prefix ORDER BY c.population DESC, c.name") with setMaxResults: the mapped
     * columns with unique aliases, then LIMIT ? OFFSET ? bound to the maximum and the first result.
     */
    static final String SUGGEST_SQL = "SELECT istat_code AS a1, cadastral_code AS a2, name AS a3, name_search AS a4,"
            + " population AS a5, postal_codes_text AS a6, province_abbr AS a7, province_name AS a8, region_name AS a9"
            + " FROM comune WHERE (name_search LIKE ?) ORDER BY population DESC, name LIMIT ? OFFSET ?";

    static final String BY_ID_SQL = "SELECT id, display_name FROM party WHERE id = ?";

    Outcome execute(Connection connection, String input) throws SQLException {
        return switch (kind) {
            case SEARCH -> {
                RegistrySearchSql.Timing timing = RegistrySearchSql.search(connection, input, restrictedTo);
                yield new Outcome(timing.countNanos(), timing.pageNanos(), timing.total());
            }
            case SUGGEST -> suggest(connection, input);
            case BY_ID -> byId(connection, Long.parseLong(input));
        };
    }

    private static Outcome suggest(Connection connection, String query) throws SQLException {
        long start = System.nanoTime();
        String prefix = SearchText.normalize(query); // as GeographyService.suggest
        long found = 0;
        try (PreparedStatement statement = connection.prepareStatement(SUGGEST_SQL)) {
            statement.setString(1, prefix + "%");
            statement.setInt(2, SUGGESTIONS);
            statement.setInt(3, 0);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                    rs.getString(3);
                    rs.getString(6);
                    rs.getString(7);
                    found++;
                }
            }
        }
        return new Outcome(0, System.nanoTime() - start, found);
    }

    private static Outcome byId(Connection connection, long id) throws SQLException {
        long start = System.nanoTime();
        long found = 0;
        try (PreparedStatement statement = connection.prepareStatement(BY_ID_SQL)) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getString(2);
                    found++;
                }
            }
        }
        return new Outcome(0, System.nanoTime() - start, found);
    }
}
