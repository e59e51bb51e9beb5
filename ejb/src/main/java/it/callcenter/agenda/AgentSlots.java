package it.callcenter.agenda;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A field agent who covers a party's place, and the agent's free slots in the coming days. */
public record AgentSlots(String agent, String fullName, int appointmentMinutes, List<FreeSlot> slots) implements Serializable {

    /** A slot the operator may book: start included, end excluded. */
    public record FreeSlot(Instant start, Instant end) implements Serializable {
    }
}
