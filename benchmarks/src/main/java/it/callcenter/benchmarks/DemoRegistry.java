package it.callcenter.benchmarks;

import it.callcenter.server.DatabaseSettings;
import it.callcenter.server.DemoData;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * The run command's demo registry: the benchmark's generator (valid codici fiscali and partite IVA, real
 * comuni weighted by population, unique mobiles) with a fixed seed, so every fresh demo shows the same parties.
 */
public final class DemoRegistry implements DemoData {

    static final long SEED = 20261123L;

    @Override
    public String load(DatabaseSettings database, int parties) throws Exception {
        Comuni comuni;
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            comuni = Comuni.load(connection);
        }
        BulkLoad.Report report = new BulkLoad(database.url(), database.user(), database.password()).load(comuni, parties, SEED);
        return String.format("%,d parties (%,d persons, %,d companies) loaded in %.1f s", report.counts().parties(),
                report.counts().persons(), report.counts().companies(), report.totalSeconds());
    }
}
