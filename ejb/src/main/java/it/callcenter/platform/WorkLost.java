package it.callcenter.platform;

import jakarta.ejb.ApplicationException;

/**
 * A node working on a job finds it no longer its own (another node took it over while this one did not beat its
 * heartbeat): what it did in the current transaction is rolled back, and it stops.
 */
@ApplicationException(rollback = true)
public class WorkLost extends RuntimeException {

    public WorkLost(long id) {
        super("Job " + id + " is no longer this node's");
    }
}
