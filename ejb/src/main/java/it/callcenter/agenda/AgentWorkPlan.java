package it.callcenter.agenda;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * Where and when a field agent works: the days of the week, the hours (Italian time), how long an appointment lasts,
 * the travel time kept free between two appointments, and the zones covered (comuni, postal codes, provinces).
 */
public record AgentWorkPlan(Set<DayOfWeek> days, LocalTime from, LocalTime to, int appointmentMinutes,
                            int travelMinutes, List<Zone> zones) implements Serializable {

    public static final int MAX_TRAVEL = 240;
    public static final int MAX_ZONES = 2_000;

    public enum ZoneKind { COMUNE, POSTAL_CODE, PROVINCE }

    /** A comune (its ISTAT code; a cadastral code is accepted and turned into it), a postal code or a province (its abbreviation). */
    public record Zone(ZoneKind kind, String code) implements Serializable {
    }

    public static AgentWorkPlan standard() {
        return new AgentWorkPlan(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0), AppointmentDraft.DEFAULT_MINUTES, 30, List.of());
    }
}
