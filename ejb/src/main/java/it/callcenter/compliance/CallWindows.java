package it.callcenter.compliance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * When a campaign may call, in Italian time. The legal default: Monday to Friday 09:00–20:00; Saturday and the day
 * before a national holiday 10:00–19:00; never on Sunday nor on a national holiday. A campaign may have its own
 * windows (set by an administrator); {@code onHolidays} false keeps national holidays closed whatever the windows say.
 * The windows of a day before a holiday replace that day's own windows, but only on a day that has windows at all
 * (a Sunday before a holiday stays closed).
 */
public record CallWindows(List<CallWindow> windows, boolean onHolidays) {

    public static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public CallWindows {
        windows = List.copyOf(windows);
    }

    public static CallWindows legalDefault() {
        return new CallWindows(List.of(
                CallWindow.on(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(20, 0)),
                CallWindow.on(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(10, 0), LocalTime.of(19, 0)),
                CallWindow.dayBeforeHoliday(LocalTime.of(10, 0), LocalTime.of(19, 0))), false);
    }

    public boolean isOpen(ZonedDateTime moment) {
        LocalDateTime local = moment.withZoneSameInstant(ITALY).toLocalDateTime();
        return windowsOf(local.toLocalDate()).stream().anyMatch(w -> w.contains(local.toLocalTime()));
    }

    /** The next moment (from {@code moment} on, within two weeks) when calls may be made, if any. */
    public Optional<ZonedDateTime> nextOpening(ZonedDateTime moment) {
        ZonedDateTime local = moment.withZoneSameInstant(ITALY);
        if (isOpen(local)) {
            return Optional.of(local);
        }
        for (int d = 0; d < 15; d++) {
            LocalDate day = local.toLocalDate().plusDays(d);
            Optional<LocalTime> start = windowsOf(day).stream().map(CallWindow::from)
                    .filter(from -> !day.atTime(from).isBefore(local.toLocalDateTime().withNano(0).withSecond(0)))
                    .min(LocalTime::compareTo);
            if (start.isPresent()) {
                return Optional.of(day.atTime(start.get()).atZone(ITALY));
            }
        }
        return Optional.empty();
    }

    /** The windows that apply on a day. */
    List<CallWindow> windowsOf(LocalDate day) {
        if (!onHolidays && ItalianHolidays.isHoliday(day)) {
            return List.of();
        }
        List<CallWindow> own = windows.stream().filter(w -> w.days().contains(day.getDayOfWeek())).toList();
        if (own.isEmpty()) {
            return own;
        }
        if (ItalianHolidays.isDayBeforeHoliday(day)) {
            List<CallWindow> reduced = windows.stream().filter(CallWindow::dayBeforeHoliday).toList();
            if (!reduced.isEmpty()) {
                return reduced;
            }
        }
        return own;
    }
}
