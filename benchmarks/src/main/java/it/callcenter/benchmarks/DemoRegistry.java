package it.callcenter.benchmarks;

import it.callcenter.server.DemoData;

import java.sql.Connection;

/**
 * The run command's demo registry: the benchmark's generator (valid codici fiscali and partite IVA, real
 * comuni weighted by population, unique mobiles) with a fixed seed, so every fresh demo shows the same parties.
 * Loaded by {@link BulkLoad} in the run command's transaction.
 */
public final class DemoRegistry implements DemoData {

    static final long SEED = 20261123L;

    @Override
    public String load(Connection connection, int parties) throws Exception {
        BulkLoad.Report report = new BulkLoad(connection).load(Comuni.load(connection), parties, SEED);
        return String.format("%,d parties (%,d persons, %,d companies) loaded in %.1f s", report.counts().parties(),
                report.counts().persons(), report.counts().companies(), report.totalSeconds());
    }
}
