package it.callcenter.platform;

import it.callcenter.platform.SchemaCatalogue.Kind;
import it.callcenter.platform.SchemaCatalogue.SchemaObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * The check that the schema is whole before anything serves it: every table has its primary key, no index is
 * invalid (a failed concurrent build), no constraint is NOT VALID, and every key, constraint and index the
 * migrations make exists (they are listed in {@value #MANIFEST}, committed with the migrations; an object a later
 * migration adds beyond the list is not an error here, the integration tests ask for the list to be updated).
 * A bulk load interrupted between dropping the keys and making them again, or a hand's DROP, leaves such a
 * database: served, it takes duplicate ids without a word. So the start fails, each problem logged on its own
 * line starting with {@value #FAILED}.
 */
public final class SchemaIntegrity {

    public static final String MANIFEST = "db/schema-manifest.txt";
    public static final String FAILED = "Schema check failed: ";

    private static final Logger LOG = Logger.getLogger(SchemaIntegrity.class.getName());

    private SchemaIntegrity() {
    }

    /** Checks the connection's schema; throws, after logging each problem, when it is not whole. */
    static void verify(Connection connection, ClassLoader classLoader) throws SQLException {
        List<String> problems = problems(SchemaCatalogue.read(connection), manifest(classLoader));
        if (problems.isEmpty()) {
            LOG.info("Schema check passed: every key, constraint and index in place and valid");
            return;
        }
        problems.forEach(problem -> LOG.severe(FAILED + problem));
        throw new IllegalStateException(FAILED + String.join("; ", problems)
                + ". The database was changed outside the migrations (an interrupted bulk load, a manual DROP):"
                + " the application does not start on it. Restore it from a backup or repair what is named.");
    }

    /** What is wrong with the schema, one sentence each naming the table; empty when nothing is. */
    static List<String> problems(SchemaCatalogue catalogue, Set<SchemaObject> expected) {
        List<String> problems = new ArrayList<>();
        Set<String> missingTables = new TreeSet<>();
        for (SchemaObject object : expected) {
            if (!catalogue.tables().contains(object.table())) {
                missingTables.add(object.table());
            }
        }
        missingTables.forEach(table -> problems.add("table " + table + " is missing"));
        Set<String> withPrimaryKey = new TreeSet<>();
        catalogue.objects().stream().filter(o -> o.kind() == Kind.PRIMARY_KEY).forEach(o -> withPrimaryKey.add(o.table()));
        for (String table : catalogue.tables()) {
            if (!withPrimaryKey.contains(table)) {
                problems.add("table " + table + " has no primary key");
            }
        }
        for (SchemaObject object : expected) {
            boolean saidAlready = object.kind() == Kind.PRIMARY_KEY && !withPrimaryKey.contains(object.table());
            if (catalogue.tables().contains(object.table()) && !catalogue.objects().contains(object) && !saidAlready) {
                problems.add("table " + object.table() + ": " + describe(object) + " is missing (listed in " + MANIFEST + ")");
            }
        }
        for (SchemaObject object : catalogue.unusable()) {
            problems.add("table " + object.table() + ": " + describe(object) + (object.kind() == Kind.INDEX
                    ? " is invalid (REINDEX INDEX " + object.name() + " rebuilds it)"
                    : " is NOT VALID (ALTER TABLE " + object.table() + " VALIDATE CONSTRAINT " + object.name() + ")"));
        }
        return problems;
    }

    private static String describe(SchemaObject object) {
        String kind = switch (object.kind()) {
            case PRIMARY_KEY -> "primary key";
            case UNIQUE -> "unique constraint";
            case FOREIGN_KEY -> "foreign key";
            case CHECK -> "check constraint";
            case EXCLUSION -> "exclusion constraint";
            case INDEX -> "index";
        };
        return kind + " " + object.name();
    }

    /** The manifest's objects: {@code table kind name} a line; blank lines and {@code #} comments ignored. */
    public static Set<SchemaObject> manifest(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + MANIFEST);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<SchemaObject> parse(String text) {
        Set<SchemaObject> objects = new TreeSet<>();
        text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
            String[] fields = line.split("\\s+");
            if (fields.length != 3) {
                throw new IllegalStateException("Not a line of " + MANIFEST + " (table kind name): " + line);
            }
            objects.add(new SchemaObject(fields[0], Kind.ofWord(fields[1]), fields[2]));
        });
        return objects;
    }
}
