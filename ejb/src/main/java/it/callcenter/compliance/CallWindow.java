package it.callcenter.compliance;

import it.callcenter.BusinessException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Hours in which calls may be made on some days: {@code from} inclusive, {@code to} exclusive, Italian time.
 * {@code dayBeforeHoliday} makes it the window of a prefestivo, which replaces that weekday's own windows.
 */
public record CallWindow(Set<DayOfWeek> days, boolean dayBeforeHoliday, LocalTime from, LocalTime to) {

    public CallWindow {
        // unmodifiable: parsed windows are shared between requests (CallWindowsForm.parse)
        days = java.util.Collections.unmodifiableSet(
                days == null || days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days));
        if (days.isEmpty() && !dayBeforeHoliday) {
            throw new BusinessException("windows.days", "CALL_WINDOW_NO_DAYS");
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw new BusinessException("windows.to", "CALL_WINDOW_EMPTY");
        }
    }

    public static CallWindow on(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        return new CallWindow(days, false, from, to);
    }

    public static CallWindow dayBeforeHoliday(LocalTime from, LocalTime to) {
        return new CallWindow(Set.of(), true, from, to);
    }

    boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }
}
