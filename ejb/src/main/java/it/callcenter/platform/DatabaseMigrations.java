package it.callcenter.platform;

import it.callcenter.geography.V3__Load_comuni;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the schema up to date at deployment, before any other startup bean touches the database
 * (they declare {@code @DependsOn("DatabaseMigrations")}), then checks that it is whole ({@link SchemaIntegrity}):
 * on a damaged database the deployment fails here, so no startup bean, request or health check ever meets it.
 * Flyway manages its own transactions, so this runs outside a container transaction. Migrations are listed in {@code db/migration/index.txt} rather
 * than found by class-path scanning, which does not see into WildFly's virtual file system; for the same
 * reason the Java migrations are named here.
 */
@Singleton
@Startup
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        ListedMigrations migrations = ListedMigrations.fromClassPath(getClass().getClassLoader());
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .resourceProvider(migrations)
                .javaMigrationClassProvider(() -> List.of(V3__Load_comuni.class))
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        try (Connection connection = dataSource.getConnection()) {
            SchemaIntegrity.verify(connection, getClass().getClassLoader());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema's catalogue", e);
        }
    }
}
