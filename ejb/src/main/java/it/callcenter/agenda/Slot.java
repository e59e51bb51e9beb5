package it.callcenter.agenda;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of an agent's time, start included and end excluded: an appointment ending at 10:00 and one starting at
 * 10:00 do not overlap, so an agent's day can be booked back to back.
 */
record Slot(Instant start, Instant end) {

    Slot {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a slot ends after it starts: " + start + " .. " + end);
        }
    }

    static Slot of(Instant start, int minutes) {
        return new Slot(start, start.plus(Duration.ofMinutes(minutes)));
    }

    boolean overlaps(Slot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
