package it.callcenter.agenda;

import it.callcenter.compliance.CallWindows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An agent's free slots over the coming days, from the agent's work plan and booked appointments. A day is walked from
 * the start of the hours: a slot of the appointment's length is proposed when it ends within the hours, starts after
 * {@code now}, and keeps the travel time free before and after every booked appointment; the next candidate starts
 * the travel time after it (so two proposals never overlap either, even counting the travel), or the travel time after
 * the appointment in the way. Starts fall on quarter hours.
 */
final class SlotPlanner {

    static final int QUARTER = 15;

    private SlotPlanner() {
    }

    static List<Slot> free(AgentWorkPlan plan, List<Slot> booked, Instant now, int days, int max) {
        List<Slot> busy = new ArrayList<>(booked);
        busy.sort(Comparator.comparing(Slot::start));
        Duration travel = Duration.ofMinutes(plan.travelMinutes());
        Duration length = Duration.ofMinutes(plan.appointmentMinutes());
        List<Slot> free = new ArrayList<>();
        LocalDate today = now.atZone(CallWindows.ITALY).toLocalDate();
        for (int d = 0; d < days && free.size() < max; d++) {
            LocalDate day = today.plusDays(d);
            if (!plan.days().contains(day.getDayOfWeek())) {
                continue;
            }
            Instant dayEnd = ZonedDateTime.of(day, plan.to(), CallWindows.ITALY).toInstant();
            Instant t = ZonedDateTime.of(day, plan.from(), CallWindows.ITALY).toInstant();
            if (t.isBefore(now)) {
                t = quarterAtOrAfter(now.plusSeconds(1));
            }
            while (free.size() < max && !t.plus(length).isAfter(dayEnd)) {
                Slot candidate = new Slot(t, t.plus(length));
                Slot blocking = firstClash(candidate, busy, travel);
                if (blocking == null) {
                    free.add(candidate);
                    t = quarterAtOrAfter(candidate.end().plus(travel));
                } else {
                    t = quarterAtOrAfter(blocking.end().plus(travel));
                }
            }
        }
        return free;
    }

    /** The first booked appointment that, with the travel time around it, overlaps the candidate. */
    private static Slot firstClash(Slot candidate, List<Slot> busy, Duration travel) {
        for (Slot b : busy) {
            if (new Slot(b.start().minus(travel), b.end().plus(travel)).overlaps(candidate)) {
                return b;
            }
        }
        return null;
    }

    /** The first quarter hour (Italian clock) at or after the instant. */
    static Instant quarterAtOrAfter(Instant instant) {
        ZonedDateTime at = instant.atZone(CallWindows.ITALY).withSecond(0).withNano(0);
        if (at.toInstant().isBefore(instant)) {
            at = at.plusMinutes(1);
        }
        int minute = at.getMinute();
        int up = (QUARTER - minute % QUARTER) % QUARTER;
        return at.plusMinutes(up).toInstant();
    }

}
