package it.callcenter.agenda;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlotPlannerTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** Monday 7 December 2026, 08:00 in Italy. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), ROME).toInstant();
    }

    private static AgentWorkPlan plan(EnumSet<DayOfWeek> days) {
        return new AgentWorkPlan(days, LocalTime.of(9, 0), LocalTime.of(13, 0), 60, 30, List.of());
    }

    private static List<String> times(List<Slot> slots) {
        return slots.stream().map(s -> s.start().atZone(ROME).toLocalDate().getDayOfMonth() + " "
                + s.start().atZone(ROME).toLocalTime()).toList();
    }

    @Test
    void aFreeMorningIsProposedBackToBackWithTheTravelTimeBetween() {
        List<Slot> free = SlotPlanner.free(plan(EnumSet.of(DayOfWeek.MONDAY)), List.of(), at(MONDAY, 8, 0), 1, 40);
        assertEquals(List.of("7 09:00", "7 10:30", "7 12:00"), times(free), "the last one ends at 13:00");
    }

    @Test
    void aBookedAppointmentKeepsItsTravelTimeFreeAndThePastIsNeverProposed() {
        List<Slot> booked = List.of(new Slot(at(MONDAY, 10, 0), at(MONDAY, 11, 0)));
        assertEquals(List.of("7 11:30"), times(SlotPlanner.free(plan(EnumSet.of(DayOfWeek.MONDAY)), booked, at(MONDAY, 8, 0), 1, 40)));
        assertEquals(List.of("7 11:30"), times(SlotPlanner.free(plan(EnumSet.of(DayOfWeek.MONDAY)), List.of(), at(MONDAY, 11, 20), 1, 40)),
                "from now, on the next quarter hour");
    }

    @Test
    void onlyTheAgentsDaysAreProposed() {
        List<Slot> free = SlotPlanner.free(plan(EnumSet.of(DayOfWeek.WEDNESDAY)), List.of(), at(MONDAY, 8, 0), 7, 40);
        assertEquals(List.of("9 09:00", "9 10:30", "9 12:00"), times(free));
        assertEquals(1, SlotPlanner.free(plan(EnumSet.of(DayOfWeek.WEDNESDAY)), List.of(), at(MONDAY, 8, 0), 7, 1).size());
    }
}
