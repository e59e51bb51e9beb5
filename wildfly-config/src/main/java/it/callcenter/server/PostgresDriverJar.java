package it.callcenter.server;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The PostgreSQL JDBC driver jar this launcher runs with: the one that becomes WildFly's driver module. */
final class PostgresDriverJar {

    private PostgresDriverJar() {
    }

    static Path locate() {
        try {
            return Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
