package it.callcenter.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What PostgreSQL's catalogue says of the application's schema (the connection's current schema): its tables, and
 * per table the keys, constraints and indexes, with whether each is usable. Read in three small queries.
 */
public record SchemaCatalogue(Set<String> tables, Set<SchemaObject> objects, Set<SchemaObject> unusable) {

    /** A key, constraint or index of a table, by name. */
    public record SchemaObject(String table, Kind kind, String name) implements Comparable<SchemaObject> {

        /** The manifest's line for it: {@code table kind name}. */
        public String line() {
            return table + " " + kind.word() + " " + name;
        }

        @Override
        public int compareTo(SchemaObject other) {
            return line().compareTo(other.line());
        }
    }

    /** The kinds the check knows; {@code INDEX} is an index that backs no constraint. */
    public enum Kind {
        PRIMARY_KEY('p'), UNIQUE('u'), FOREIGN_KEY('f'), CHECK('c'), EXCLUSION('x'), INDEX('i');

        private final char code;

        Kind(char code) {
            this.code = code;
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Kind ofWord(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        static Kind ofCode(char code) {
            for (Kind kind : values()) {
                if (kind.code == code) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Unknown constraint type " + code);
        }
    }

    private static final String IN_SCHEMA = "t.relnamespace = current_schema()::regnamespace";

    public static SchemaCatalogue read(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        Set<SchemaObject> objects = new TreeSet<>();
        Set<SchemaObject> unusable = new TreeSet<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT t.relname FROM pg_class t WHERE t.relkind IN ('r', 'p') AND " + IN_SCHEMA)) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT t.relname, c.conname, c.contype, c.convalidated"
                    + " FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
                    + " WHERE c.contype IN ('p', 'u', 'f', 'c', 'x') AND " + IN_SCHEMA)) {
                while (rs.next()) {
                    SchemaObject object = new SchemaObject(rs.getString(1), Kind.ofCode(rs.getString(3).charAt(0)),
                            rs.getString(2));
                    objects.add(object);
                    if (!rs.getBoolean(4)) {
                        unusable.add(object);
                    }
                }
            }
            // every index, also those behind a key: a key whose index is invalid is no key
            try (ResultSet rs = statement.executeQuery("SELECT t.relname, i.relname, x.indisvalid AND x.indisready,"
                    + " EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid"
                    + " AND c.conrelid = x.indrelid AND c.contype IN ('p', 'u', 'x'))"
                    + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                    + " WHERE " + IN_SCHEMA)) {
                while (rs.next()) {
                    SchemaObject index = new SchemaObject(rs.getString(1), Kind.INDEX, rs.getString(2));
                    if (!rs.getBoolean(4)) {
                        objects.add(index);
                    }
                    if (!rs.getBoolean(3)) {
                        unusable.add(index);
                    }
                }
            }
        }
        return new SchemaCatalogue(tables, objects, unusable);
    }

    /** The manifest's lines for this schema, sorted: what {@code db/schema-manifest.txt} should hold. */
    public List<String> manifestLines() {
        List<String> lines = new ArrayList<>();
        objects.forEach(object -> lines.add(object.line()));
        return lines;
    }
}
