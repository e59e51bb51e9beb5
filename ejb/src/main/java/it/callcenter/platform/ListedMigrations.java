package it.callcenter.platform;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** The migrations named in {@code db/migration/index.txt}, one file name a line, read from the class path. */
final class ListedMigrations implements ResourceProvider {

    static final String LOCATION = "db/migration/";

    private final ClassLoader classLoader;
    private final List<String> names;

    private ListedMigrations(ClassLoader classLoader, List<String> names) {
        this.classLoader = classLoader;
        this.names = names;
    }

    static ListedMigrations fromClassPath(ClassLoader classLoader) {
        return new ListedMigrations(classLoader, read(classLoader, LOCATION + "index.txt").lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
    }

    List<String> names() {
        return names;
    }

    @Override
    public LoadableResource getResource(String name) {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        return names.contains(fileName) ? new Migration(fileName) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return names.stream()
                .filter(name -> name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith))
                .<LoadableResource>map(Migration::new)
                .toList();
    }

    static String read(ClassLoader classLoader, String path) {
        try (InputStream in = classLoader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Migration extends LoadableResource {

        private final String fileName;

        private Migration(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public Reader read() {
            return new StringReader(ListedMigrations.read(classLoader, LOCATION + fileName));
        }

        @Override
        public String getAbsolutePath() {
            return LOCATION + fileName;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return LOCATION + fileName;
        }

        @Override
        public String getFilename() {
            return fileName;
        }

        @Override
        public String getRelativePath() {
            return fileName;
        }
    }
}
