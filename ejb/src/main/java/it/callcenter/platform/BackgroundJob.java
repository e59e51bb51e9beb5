package it.callcenter.platform;

/**
 * Work the server does by itself at an interval (lease expiry, callback promotion, ...). An area provides one bean
 * of this type per job; {@link JobTicker} runs it where a claim in the database says so, so that with several
 * nodes each run happens once, on one of them.
 */
public interface BackgroundJob {

    /** A stable name, the job's key in table {@code background_job}. */
    String name();

    /** Seconds between two runs. */
    int intervalSeconds();

    /** One run, in a transaction of its own; answers a short summary for the job's row (e.g. "3 leases expired"). */
    String run();
}
