package it.callcenter.benchmarks;

import it.callcenter.geography.SearchText;
import it.callcenter.registry.RegistrySearchSql;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of a scenario's slowest input, for the scenarios that missed their goal: the
 * custom plan PostgreSQL makes when it sees the parameter values and, when the timed run used generic plans
 * (pg_prepared_statements said so), the generic plan too, since that is what the server then executes.
 * Its purpose is the evidence behind an index or query change, not a timing.
 */
final class Explainer {

    private final Connection connection;
    private final PrintStream out;

    Explainer(Connection connection, PrintStream out) {
        this.connection = connection;
        this.out = out;
    }

    void explain(ScenarioRunner.Result result) throws SQLException {
        Scenario scenario = result.scenario();
        String input = result.worstInput();
        out.printf("%n--- %s %s: slowest input \"%s\" (%.1f ms in the timed run; plans %s)%n", scenario.id(),
                scenario.title(), input, result.worstMs(), result.plans());
        boolean generic = result.plans().contains("generic");
        switch (scenario.kind()) {
            case SEARCH -> {
                RegistrySearchSql.Statements statements =
                        RegistrySearchSql.statements(input, scenario.restrictedTo(), 0, RegistrySearchSql.PAGE_SIZE);
                plan("count", statements.countSql(), statements.parameters(), generic);
                plan("page", statements.pageSql(), statements.parameters(), generic);
            }
            case SUGGEST -> plan("suggest", Scenario.SUGGEST_SQL,
                    List.of(SearchText.normalize(input) + "%", Scenario.SUGGESTIONS, 0), generic);
            case BY_ID -> plan("by id", Scenario.BY_ID_SQL, List.of(Long.parseLong(input)), generic);
        }
    }

    private void plan(String label, String sql, List<Object> parameters, boolean generic) throws SQLException {
        out.println("  " + label + ": " + sql);
        out.println("  parameters: " + parameters);
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            RegistrySearchSql.bind(explain, parameters);
            print(explain.executeQuery(), "    ");
        }
        if (generic) {
            out.println("  the generic plan (plan_cache_mode = force_generic_plan), as the server ran it:");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET plan_cache_mode = force_generic_plan");
                StringBuilder numbered = new StringBuilder();
                int n = 0;
                for (int i = 0; i < sql.length(); i++) {
                    numbered.append(sql.charAt(i) == '?' ? "$" + ++n : String.valueOf(sql.charAt(i)));
                }
                statement.execute("PREPARE explained AS " + numbered);
                StringBuilder values = new StringBuilder();
                for (Object value : parameters) {
                    values.append(values.length() == 0 ? "" : ", ")
                            .append(value instanceof String text ? "'" + text.replace("'", "''") + "'" : value);
                }
                print(statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) EXECUTE explained (" + values + ")"), "    ");
                statement.execute("DEALLOCATE explained");
                statement.execute("RESET plan_cache_mode");
            }
        }
    }

    private void print(ResultSet rs, String indent) throws SQLException {
        try (rs) {
            while (rs.next()) {
                out.println(indent + rs.getString(1));
            }
        }
    }
}
