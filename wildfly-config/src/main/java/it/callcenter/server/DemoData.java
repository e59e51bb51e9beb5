package it.callcenter.server;

/**
 * Fills an empty demo database with a realistic registry. The run command finds an implementation with
 * {@link java.util.ServiceLoader} (the benchmarks module has the generator), so this module needs none of it.
 */
public interface DemoData {

    /** Loads {@code parties} generated parties; answers a one-line summary. */
    String load(DatabaseSettings database, int parties) throws Exception;
}
