package it.callcenter.benchmarks;

import it.callcenter.geography.SearchText;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads the generated registry as fast as PostgreSQL allows and times it: the four tables' keys, indexes and
 * foreign keys are dropped (their definitions read from the catalogue first), the rows go in by four
 * concurrent COPY streams, then the same definitions are re-created (two at a time: the machine has two
 * cores), checked identical to what the migrations made, and VACUUM ANALYZE leaves the tables as autovacuum
 * would after a bulk insert (statistics, visibility map); a CHECKPOINT then writes the load out, so that its
 * write-back does not disturb the timings that follow. What it measures: the load time of N parties.
 */
final class BulkLoad {

    static final List<String> TABLES = List.of("party", "party_contact", "party_interest", "party_owner");

    record Definition(String table, String name, String sql, char kind) {
    }

    record Report(RegistryGenerator.Counts counts, double copySeconds, double indexSeconds, double vacuumSeconds) {
        double totalSeconds() {
            return copySeconds + indexSeconds + vacuumSeconds;
        }
    }

    private final String url;
    private final String user;
    private final String password;

    BulkLoad(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Report load(Comuni comuni, int parties, long seed) throws Exception {
        try (Connection admin = connect()) {
            insertInterests(admin);
            List<Definition> definitions = definitions(admin);
            Set<String> before = signature(definitions);
            drop(admin, definitions);

            long start = System.nanoTime();
            RegistryGenerator.Counts counts = copy(comuni, parties, seed);
            double copySeconds = seconds(start);

            start = System.nanoTime();
            recreate(definitions);
            double indexSeconds = seconds(start);
            Set<String> after = signature(definitions(admin));
            if (!after.equals(before)) {
                Set<String> lost = new TreeSet<>(before);
                lost.removeAll(after);
                Set<String> gained = new TreeSet<>(after);
                gained.removeAll(before);
                throw new IllegalStateException("Schema differs after the load.\nlost: " + lost + "\ngained: " + gained);
            }
            try (Statement statement = admin.createStatement()) {
                statement.execute("SELECT setval('party_seq', " + ((parties / 50) + 2) * 50 + ")");
                statement.execute("SELECT setval('interest_seq', 100)");
            }

            start = System.nanoTime();
            try (Statement statement = admin.createStatement()) {
                // the whole database: comune too, which autovacuum would have analyzed long ago in production
                // (without its statistics the page query of a name search picks a hash join and a sort)
                statement.execute("VACUUM (ANALYZE)");
                // write the load's dirty pages now, not while the first scenarios are timed
                statement.execute("CHECKPOINT");
            }
            return new Report(counts, copySeconds, indexSeconds, seconds(start));
        }
    }

    private RegistryGenerator.Counts copy(Comuni comuni, int parties, long seed) throws Exception {
        List<Connection> connections = new ArrayList<>();
        List<CopyStream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                connections.add(connect());
            }
            streams.add(new CopyStream(connections.get(0), "party", RegistryGenerator.PARTY_COLUMNS));
            streams.add(new CopyStream(connections.get(1), "party_contact", RegistryGenerator.CONTACT_COLUMNS));
            streams.add(new CopyStream(connections.get(2), "party_interest", RegistryGenerator.INTEREST_COLUMNS));
            streams.add(new CopyStream(connections.get(3), "party_owner", RegistryGenerator.OWNER_COLUMNS));
            RegistryGenerator.Counts counts = new RegistryGenerator(comuni, seed, parties)
                    .generate(parties, streams.get(0), streams.get(1), streams.get(2), streams.get(3));
            for (CopyStream stream : streams) {
                stream.close();
            }
            return counts;
        } catch (Exception | Error e) {
            streams.forEach(CopyStream::abort);
            throw e;
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
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

    /** Keys first, then indexes (two sessions side by side), then the foreign keys, which need the keys. */
    private void recreate(List<Definition> definitions) throws Exception {
        List<String> keys = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        for (Definition d : definitions) {
            switch (d.kind()) {
                case 'p', 'u' -> keys.add("ALTER TABLE " + d.table() + " ADD CONSTRAINT " + d.name() + " " + d.sql());
                case 'i' -> indexes.add(d.sql());
                default -> foreignKeys.add("ALTER TABLE " + d.table() + " ADD CONSTRAINT " + d.name() + " " + d.sql());
            }
        }
        parallel(keys);
        parallel(indexes);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET maintenance_work_mem = '512MB'");
            for (String sql : foreignKeys) {
                statement.execute(sql);
            }
        }
    }

    private void parallel(List<String> statements) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String sql : statements) {
                futures.add(pool.submit(() -> {
                    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                        statement.execute("SET maintenance_work_mem = '512MB'");
                        statement.execute("SET max_parallel_maintenance_workers = 0");
                        statement.execute(sql);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
