package it.callcenter.platform;

/**
 * A background job a screen started, as its handler gets it once claimed: its kind, its parameters (JSON, the
 * handler's own), who started it (the work is done, and audited, in their name) and, for a job taken over, the node
 * whose heartbeat stopped.
 */
public record WorkJob(long id, String kind, String parameters, String createdBy, String takenOverFrom) {
}
