package it.callcenter.benchmarks;

import it.callcenter.geography.SearchText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads the generated registry as fast as one transaction allows, and times it. Everything happens on the caller's
 * connection in the caller's transaction: the registry's tables are locked, the sequences moved past the ids the
 * load writes (1..N, so only into an empty registry), the four tables' keys, indexes and foreign keys dropped (their
 * definitions read from the catalogue first), the rows copied in (party's while they are generated, the three
 * other tables' from files spooled meanwhile), the same definitions made again (one at a time, each with
 * PostgreSQL's parallel workers) and checked identical to what the migrations made. PostgreSQL's DDL is
 * transactional: a crash, a kill or a Ctrl+C anywhere before the caller's commit rolls all of it back, so no table
 * is ever left without its keys. {@link #settle} (VACUUM ANALYZE, CHECKPOINT) runs after the commit.
 * What it measures: the load time of N parties.
 */
final class BulkLoad {

    static final List<String> TABLES = List.of("party", "party_contact", "party_interest", "party_owner");

    record Definition(String table, String name, String sql, char kind) {
    }

    record Report(RegistryGenerator.Counts counts, double copySeconds, double indexSeconds, double vacuumSeconds) {
        double totalSeconds() {
            return copySeconds + indexSeconds + vacuumSeconds;
        }

        Report settled(double seconds) {
            return new Report(counts, copySeconds, indexSeconds, seconds);
        }
    }

    private final Connection connection;

    /** @param connection a connection in a transaction (auto-commit off): the load commits with it, or not at all */
    BulkLoad(Connection connection) {
        this.connection = connection;
    }

    Report load(Comuni comuni, int parties, long seed) throws Exception {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("The bulk load runs in the caller's transaction: auto-commit must be off");
        }
        lockEmptyRegistry();
        try (Statement statement = connection.createStatement()) {
            // before any row: whoever asks the sequence from now on gets ids after the load's
            statement.execute("SELECT setval('party_seq', " + ((parties / 50) + 2) * 50 + ")");
            statement.execute("SELECT setval('interest_seq', 100)");
        }
        insertInterests(connection);
        List<Definition> definitions = definitions(connection);
        Set<String> before = signature(definitions);
        drop(connection, definitions);

        long start = System.nanoTime();
        RegistryGenerator.Counts counts = copy(comuni, parties, seed);
        double copySeconds = seconds(start);

        start = System.nanoTime();
        recreate(definitions);
        double indexSeconds = seconds(start);
        Set<String> after = signature(definitions(connection));
        if (!after.equals(before)) {
            Set<String> lost = new TreeSet<>(before);
            lost.removeAll(after);
            Set<String> gained = new TreeSet<>(after);
            gained.removeAll(before);
            throw new IllegalStateException("Schema differs after the load.\nlost: " + lost + "\ngained: " + gained);
        }
        return new Report(counts, copySeconds, indexSeconds, 0);
    }

    /**
     * After the commit (auto-commit on): VACUUM ANALYZE leaves the tables as autovacuum would after a bulk insert
     * (statistics, visibility map), a CHECKPOINT writes the load out so that its write-back does not disturb the
     * timings that follow. Answers the seconds it took.
     */
    static double settle(Connection connection) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            // the whole database: comune too, which autovacuum would have analyzed long ago in production
            // (without its statistics the page query of a name search picks a hash join and a sort)
            statement.execute("VACUUM (ANALYZE)");
            statement.execute("CHECKPOINT");
        }
        return seconds(start);
    }

    /** The registry's tables locked until the commit, and empty: the load's ids would collide with any row. */
    private void lockEmptyRegistry() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE interest, " + String.join(", ", TABLES) + " IN ACCESS EXCLUSIVE MODE");
            try (ResultSet rs = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM interest)"
                    + TABLES.stream().map(t -> " OR EXISTS (SELECT 1 FROM " + t + ")").reduce("", String::concat))) {
                rs.next();
                if (rs.getBoolean(1)) {
                    throw new IllegalStateException("The bulk load writes ids from 1: it loads only into an empty"
                            + " registry (interest and " + String.join(", ", TABLES) + ")");
                }
            }
        }
    }

    /** Party's COPY runs while the rows are generated; the other tables' rows wait in files for the connection. */
    private RegistryGenerator.Counts copy(Comuni comuni, int parties, long seed) throws Exception {
        List<CopyStream> streams = new ArrayList<>();
        try {
            streams.add(CopyStream.live(connection, "party", RegistryGenerator.PARTY_COLUMNS));
            streams.add(CopyStream.spooled("party_contact", RegistryGenerator.CONTACT_COLUMNS));
            streams.add(CopyStream.spooled("party_interest", RegistryGenerator.INTEREST_COLUMNS));
            streams.add(CopyStream.spooled("party_owner", RegistryGenerator.OWNER_COLUMNS));
            RegistryGenerator.Counts counts = new RegistryGenerator(comuni, seed, parties)
                    .generate(parties, streams.get(0), streams.get(1), streams.get(2), streams.get(3));
            for (CopyStream stream : streams) {
                stream.close();
            }
            for (CopyStream stream : streams) {
                stream.copyInto(connection);
            }
            return counts;
        } catch (Exception | Error e) {
            streams.forEach(CopyStream::abort);
            throw e;
        }
    }

    private static void insertInterests(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO interest (id, name, name_search, version) VALUES (?, ?, ?, 0)")) {
            int id = 1;
            for (String name : ItalianNames.INTERESTS) {
                insert.setLong(1, id++);
                insert.setString(2, name);
                insert.setString(3, SearchText.normalize(name));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Primary keys, unique constraints and foreign keys touching the four tables, and their other indexes. */
    static List<Definition> definitions(Connection connection) throws SQLException {
        List<Definition> definitions = new ArrayList<>();
        String tables = "('party'::regclass, 'party_contact'::regclass, 'party_interest'::regclass, 'party_owner'::regclass)";
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT conrelid::regclass::text, conname,"
                    + " pg_get_constraintdef(oid), contype FROM pg_constraint WHERE contype IN ('p', 'u', 'f')"
                    + " AND (conrelid IN " + tables + " OR (contype = 'f' AND confrelid IN " + tables + "))"
                    + " ORDER BY contype DESC, conrelid::regclass::text, conname")) {
                while (rs.next()) {
                    definitions.add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4).charAt(0)));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT i.indrelid::regclass::text,"
                    + " i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i"
                    + " WHERE i.indrelid IN " + tables + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                    + " WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))"
                    + " ORDER BY 1, 2")) {
                while (rs.next()) {
                    definitions.add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3), 'i'));
                }
            }
        }
        return definitions;
    }

    /**
     * What must exist again after the load: every key, foreign key and index by table, name and kind. Not the
     * SQL text: PostgreSQL may print a re-created partial index's predicate with other casts.
     */
    private static Set<String> signature(List<Definition> definitions) {
        Set<String> signature = new TreeSet<>();
        definitions.forEach(d -> signature.add(d.table() + " " + d.name() + " " + d.kind()));
        return signature;
    }

    private static void drop(Connection connection, List<Definition> definitions) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (char kind : new char[] {'f', 'u', 'p', 'i'}) {
                for (Definition d : definitions) {
                    if (d.kind() == kind) {
                        statement.execute(kind == 'i' ? "DROP INDEX " + d.name()
                                : "ALTER TABLE " + d.table() + " DROP CONSTRAINT " + d.name());
                    }
                }
            }
        }
    }

    /**
     * Keys first, then the indexes, then the foreign keys, which need the keys; one at a time on the load's
     * connection (a transaction has one), each B-tree build with PostgreSQL's parallel workers.
     */
    private void recreate(List<Definition> definitions) throws SQLException {
        List<String> statements = new ArrayList<>();
        for (char kind : new char[] {'p', 'u', 'i', 'f'}) {
            for (Definition d : definitions) {
                if (d.kind() == kind) {
                    statements.add(kind == 'i' ? d.sql()
                            : "ALTER TABLE " + d.table() + " ADD CONSTRAINT " + d.name() + " " + d.sql());
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL maintenance_work_mem = '512MB'");
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
