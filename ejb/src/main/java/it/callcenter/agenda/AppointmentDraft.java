package it.callcenter.agenda;

import java.time.Instant;

/**
 * An appointment as it is asked for: which field agent, when, for how long (15 to 480 minutes), where (blank: at
 * the party's address) and notes for the agent.
 */
public record AppointmentDraft(String agent, Instant start, int durationMinutes, String place, String notes) {

    /** An hour, when the operator does not say how long. */
    public static final int DEFAULT_MINUTES = 60;
}
