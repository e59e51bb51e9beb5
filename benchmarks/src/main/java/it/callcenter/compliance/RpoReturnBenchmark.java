package it.callcenter.compliance;

import it.callcenter.geography.V3__Load_comuni;
import it.callcenter.server.DatabaseSettings;
import it.callcenter.server.LocalDatabase;
import org.flywaydb.core.Flyway;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * How long does an RPO return file of millions of lines take? Starts an embedded PostgreSQL, applies the
 * migrations, writes a file of N lines (5 % opposed, 1 line in 1,000 malformed), then loads it twice through the
 * production code path ({@link RpoReturnLoad} and {@link RpoBatchWriter}'s statements, one transaction per batch):
 * into empty tables, and again over itself. Prints the times, lines a second and the heap used.
 * Run: {@code java -cp <benchmarks, ejb and wildfly-config classes + dependencies>
 * it.callcenter.compliance.RpoReturnBenchmark [lines]} (default 2,000,000).
 */
public final class RpoReturnBenchmark {

    private RpoReturnBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Path root = Files.createTempDirectory("rpo-benchmark-");
        Path file = root.resolve("esito.csv");
        try (LocalDatabase database = LocalDatabase.start(root.resolve("pgdata"), LocalDatabase.freePort())) {
            DatabaseSettings db = database.settings();
            Flyway.configure().dataSource(db.url(), db.user(), db.password()).locations("classpath:db/migration")
                    .javaMigrationClassProvider(() -> List.of(V3__Load_comuni.class)).load().migrate();
            write(file, lines);
            System.out.printf("File: %,d lines, %,d bytes%n", lines, Files.size(file));
            run("into empty tables", db, file);
            run("the same file again", db, file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void write(Path file, int lines) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("numero;esito\r\n");
            for (int i = 0; i < lines; i++) {
                if (i % 1000 == 999) {
                    out.write("numero?;SI\r\n");
                } else {
                    out.write("3" + (300_000_000L + i) + ";" + (random.nextInt(100) < 5 ? "OPPOSTO" : "NON OPPOSTO") + "\r\n");
                }
            }
        }
    }

    private static void run(String what, DatabaseSettings db, Path file) throws Exception {
        System.gc();
        long start = System.nanoTime();
        RpoResult result;
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
             InputStream in = Files.newInputStream(file)) {
            connection.setAutoCommit(false);
            LocalDate today = LocalDate.now();
            result = RpoReturnLoad.load(in, today, today, RpoReturns.BATCH, RpoReturns.REJECTIONS_KEPT, batch -> {
                try {
                    RpoBatchWriter.write(connection, batch, "benchmark");
                    connection.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%s: checked %,d, opposed %,d, rejected %,d in %.1f s (%,.0f lines/s), heap used %d MB%n",
                what, result.checked(), result.opposed(), result.rejected(), seconds,
                (result.checked() + result.rejected()) / seconds, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
