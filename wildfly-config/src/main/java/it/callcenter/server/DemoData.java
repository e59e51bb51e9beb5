package it.callcenter.server;

import java.sql.Connection;

/**
 * Fills an empty demo database with a realistic registry. The run command finds an implementation with
 * {@link java.util.ServiceLoader} (the benchmarks module has the generator), so this module needs none of it.
 */
public interface DemoData {

    /**
     * Writes {@code parties} generated parties in the connection's transaction (auto-commit off), which the caller
     * commits: a load interrupted before the commit leaves nothing behind. Answers a one-line summary.
     */
    String load(Connection connection, int parties) throws Exception;
}
