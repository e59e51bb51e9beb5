package it.callcenter.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine and database the numbers were taken on (cores, memory, CPU model, kernel, Java, PostgreSQL
 * version and the settings that matter for these queries). Not a measurement: timings mean nothing without
 * the machine they came from.
 */
final class MachineFacts {

    private MachineFacts() {
    }

    static List<String> describe(Connection connection) throws SQLException {
        List<String> facts = new ArrayList<>();
        facts.add("nproc: " + Runtime.getRuntime().availableProcessors());
        facts.add("memory: " + procLine("/proc/meminfo", "MemTotal"));
        facts.add("CPU: " + procLine("/proc/cpuinfo", "model name"));
        facts.add("kernel: " + firstLine("/proc/version"));
        facts.add("Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT version()")) {
                rs.next();
                facts.add("PostgreSQL: " + rs.getString(1));
            }
            StringBuilder settings = new StringBuilder();
            try (ResultSet rs = statement.executeQuery("SELECT name, setting, unit FROM pg_settings WHERE name IN"
                    + " ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit',"
                    + " 'max_parallel_workers_per_gather', 'plan_cache_mode') ORDER BY name")) {
                while (rs.next()) {
                    settings.append(settings.length() == 0 ? "" : ", ").append(rs.getString(1)).append('=')
                            .append(rs.getString(2)).append(rs.getString(3) == null ? "" : " " + rs.getString(3));
                }
            }
            facts.add("PostgreSQL settings (embedded, as LocalDatabase starts it): " + settings);
        }
        facts.add("pgjdbc: " + org.postgresql.util.DriverInfo.DRIVER_VERSION + " (prepareThreshold 5, the default)");
        return facts;
    }

    private static String procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    private static String firstLine(String file) {
        try {
            return Files.readAllLines(Path.of(file)).get(0).strip();
        } catch (IOException | IndexOutOfBoundsException e) {
            return "?";
        }
    }
}
