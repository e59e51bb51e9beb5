package it.callcenter.agenda;

import java.time.Instant;

/** An appointment with the names people read: the party's and the agent's. */
public record AppointmentView(long id, long partyId, String partyName, Long campaignId, String agent, String agentName,
                              Instant start, Instant end, String place, String notes, Appointment.State state,
                              String bookedBy, Instant bookedAt, long version) implements java.io.Serializable {
}
