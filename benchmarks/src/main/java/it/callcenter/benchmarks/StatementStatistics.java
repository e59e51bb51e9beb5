package it.callcenter.benchmarks;

import it.callcenter.server.DatabaseSettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What PostgreSQL ran during a phase of a benchmark, from {@code pg_stat_statements}: the statements and
 * transactions a unit of work costs, and the database's own time, to set beside the time the user saw. Works when
 * the benchmark started the database with {@code -Dcallcenter.db.preload=pg_stat_statements}; otherwise says so
 * and prints nothing more.
 */
final class StatementStatistics {

    private final DatabaseSettings db;
    private final boolean available;
    private long commitsBefore;

    private StatementStatistics(DatabaseSettings db, boolean available) {
        this.db = db;
        this.available = available;
    }

    static StatementStatistics of(DatabaseSettings db) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SHOW shared_preload_libraries")) {
                rs.next();
                if (!rs.getString(1).contains("pg_stat_statements")) {
                    System.out.println("  (statement statistics off: run with -Dcallcenter.db.preload=pg_stat_statements)");
                    return new StatementStatistics(db, false);
                }
            }
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            return new StatementStatistics(db, true);
        }
    }

    /** Forgets what ran before: the next {@link #print} covers what runs from now. */
    void reset() throws SQLException {
        if (!available) {
            return;
        }
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
            commitsBefore = commits(s);
        }
    }

    /** Statements and database time per unit of work, and the statements that cost the most. */
    void print(String phase, long units, int top) throws SQLException {
        if (!available || units == 0) {
            return;
        }
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            long commits = commits(s) - commitsBefore;
            try (ResultSet rs = s.executeQuery("SELECT sum(calls), sum(total_exec_time) FROM pg_stat_statements"
                    + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
                rs.next();
                System.out.printf("  %s, database's share: %.1f statements and %.1f transactions a unit, %.2f ms of"
                                + " statement execution a unit (%,d units)%n", phase, rs.getLong(1) / (double) units,
                        commits / (double) units, rs.getDouble(2) / units, units);
            }
            try (ResultSet rs = s.executeQuery("SELECT calls, total_exec_time, mean_exec_time, left(regexp_replace(query,"
                    + " '\\s+', ' ', 'g'), 150) FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE"
                    + " datname = current_database()) ORDER BY calls DESC LIMIT " + top)) {
                while (rs.next()) {
                    System.out.printf("    %6.2f a unit, %.3f ms mean: %s%n", rs.getLong(1) / (double) units, rs.getDouble(3),
                            rs.getString(4));
                }
            }
        }
    }

    private static long commits(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(DatabaseSettings db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }
}
