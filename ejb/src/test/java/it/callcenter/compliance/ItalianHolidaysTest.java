package it.callcenter.compliance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItalianHolidaysTest {

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25",
            "2019, 2019-04-21", "2000, 2000-04-23"})
    void easterSunday(int year, LocalDate easter) {
        assertEquals(easter, ItalianHolidays.easterSunday(year));
    }

    @ParameterizedTest
    @CsvSource({"2026-01-01", "2026-01-06", "2026-04-05", "2026-04-06", "2026-04-25", "2026-05-01", "2026-06-02",
            "2026-08-15", "2026-10-04", "2026-11-01", "2026-12-08", "2026-12-25", "2026-12-26", "2027-03-29"})
    void nationalHolidays(LocalDate day) {
        assertTrue(ItalianHolidays.isHoliday(day), day.toString());
    }

    @ParameterizedTest
    @CsvSource({"2026-04-07", "2026-12-24", "2026-08-14", "2026-06-29", "2025-10-04", "2026-03-19"})
    void ordinaryDays(LocalDate day) {
        assertFalse(ItalianHolidays.isHoliday(day), day.toString());
    }

    @Test
    void theDayBeforeAHolidayIsNotItselfAHoliday() {
        assertTrue(ItalianHolidays.isDayBeforeHoliday(LocalDate.of(2026, 12, 24)));
        assertFalse(ItalianHolidays.isDayBeforeHoliday(LocalDate.of(2026, 12, 25)), "Christmas is a holiday, not a prefestivo");
        assertTrue(ItalianHolidays.isDayBeforeHoliday(LocalDate.of(2026, 4, 4)), "Holy Saturday");
        assertTrue(ItalianHolidays.isDayBeforeHoliday(LocalDate.of(2026, 10, 3)));
        assertFalse(ItalianHolidays.isDayBeforeHoliday(LocalDate.of(2025, 10, 3)), "4 October only from 2026");
    }
}
