package it.callcenter.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The index must name every migration file, in version order, or the server would skip one. */
class ListedMigrationsTest {

    @Test
    void indexNamesEveryMigrationInOrder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            var onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .sorted(ListedMigrationsTest::byVersion).toList();
            var listed = ListedMigrations.fromClassPath(getClass().getClassLoader()).names();
            assertEquals(onDisk, listed);
        }
    }

    private static int byVersion(String a, String b) {
        return Integer.compare(version(a), version(b));
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
