package it.callcenter.platform;

import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** persistence.xml lists every entity and converter: EclipseLink on WildFly sees only what is listed. */
class PersistenceUnitTest {

    @Test
    void everyEntityAndConverterIsListed() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        TreeSet<String> annotated = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Converter.class)) {
                    annotated.add(name);
                }
            }
        }
        String xml = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
        TreeSet<String> listed = new TreeSet<>();
        var matcher = java.util.regex.Pattern.compile("<class>([^<]+)</class>").matcher(xml);
        while (matcher.find()) {
            listed.add(matcher.group(1).strip());
        }
        assertEquals(annotated, listed);
    }
}
