package it.callcenter.compliance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The national holidays of Italy (festività nazionali), when no telemarketing call may be made: the fixed ones,
 * Easter Sunday and Easter Monday (Pasquetta). 4 October (San Francesco d'Assisi) is a national holiday again from
 * 2026 (law 151/2025). Regional patron saints' days are not national and are not here.
 */
public final class ItalianHolidays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(4, 25), MonthDay.of(5, 1), MonthDay.of(6, 2),
            MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(12, 8), MonthDay.of(12, 25), MonthDay.of(12, 26));
    private static final MonthDay SAN_FRANCESCO = MonthDay.of(10, 4);
    private static final int SAN_FRANCESCO_FROM = 2026;

    private ItalianHolidays() {
    }

    public static boolean isHoliday(LocalDate day) {
        MonthDay monthDay = MonthDay.from(day);
        if (FIXED.contains(monthDay) || (monthDay.equals(SAN_FRANCESCO) && day.getYear() >= SAN_FRANCESCO_FROM)) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        return day.equals(easter) || day.equals(easter.plusDays(1));
    }

    /** The day before a national holiday (prefestivo), itself not a holiday: reduced calling hours. */
    public static boolean isDayBeforeHoliday(LocalDate day) {
        return !isHoliday(day) && isHoliday(day.plusDays(1));
    }

    public static boolean isSunday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
