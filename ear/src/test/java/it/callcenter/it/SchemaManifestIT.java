package it.callcenter.it;

import it.callcenter.platform.SchemaCatalogue;
import it.callcenter.platform.SchemaIntegrity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The list of keys, constraints and indexes the start-up check asks for ({@code db/schema-manifest.txt}) is the one
 * the migrations make: a migration that adds, renames or drops one must update it. On a difference the message
 * gives the whole list to paste.
 */
@ExtendWith(TestServer.class)
class SchemaManifestIT {

    @Test
    void theManifestListsWhatTheMigrationsMake() throws Exception {
        var settings = TestServer.server().database().settings();
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            List<String> made = SchemaCatalogue.read(connection).manifestLines();
            List<String> listed = SchemaIntegrity.manifest(getClass().getClassLoader()).stream()
                    .map(SchemaCatalogue.SchemaObject::line).toList();
            assertEquals(made, listed, () -> "ejb/src/main/resources/" + SchemaIntegrity.MANIFEST
                    + " differs from what the migrations make; its lines should be:\n" + String.join("\n", made) + "\n");
        }
    }
}
