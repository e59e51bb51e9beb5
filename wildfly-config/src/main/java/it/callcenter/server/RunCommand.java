package it.callcenter.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The README's run command: PostgreSQL with its data in {@code run-data/}, WildFly with the EAR, the demo
 * data set; prints the URL and serves until interrupted (Ctrl+C), then stops both.
 * {@code --reset} starts from an empty database.
 */
public final class RunCommand {

    static final int DATABASE_PORT = 54329;
    static final int DEMO_PARTIES = 3000;

    private RunCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        Arguments arguments = new Arguments(args);
        Path data = Path.of(arguments.required("data")).toAbsolutePath();
        if (arguments.flag("reset")) {
            deleteTree(data);
            System.out.println("Reset: the demo database in " + data + " starts empty.");
        }
        long started = System.nanoTime();
        LocalServer server = LocalServer.start(
                Path.of(arguments.required("wildfly-home")),
                Path.of(arguments.required("ear")),
                data.resolve("postgres"), DATABASE_PORT, 0, "demo", Map.of());
        if (loadDemoRegistry(server.database())) {
            new DemoCampaigns(server.baseUrl()).create();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("%n  Call center is running (started in %d s): %s/%n"
                        + "  Demo users: admin, supervisor, manager, operator1 ... operator5, field agents agente1 and agente2"
                        + " (password: demo)%n"
                        + "  Data kept in %s (add -Dreset to start empty). Stop with Ctrl+C.%n%n",
                seconds, server.baseUrl(), data);
        new CountDownLatch(1).await();
    }

    /** A few thousand parties the first time, so the archive and the searches have something to show. */
    private static boolean loadDemoRegistry(LocalDatabase database) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                database.settings().url(), database.settings().user(), database.settings().password());
             java.sql.ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM party")) {
            count.next();
            if (count.getLong(1) > 0) {
                return false;
            }
            boolean loaded = false;
            for (DemoData demo : java.util.ServiceLoader.load(DemoData.class)) {
                System.out.println("  Demo registry: " + demo.load(database.settings(), DEMO_PARTIES));
                loaded = true;
            }
            return loaded;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the demo registry", e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
