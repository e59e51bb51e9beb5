package it.callcenter.compliance;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The legal windows against a fixed clock, in Italian time (and from UTC, across the DST changes). */
class CallWindowsTest {

    private static final CallWindows LEGAL = CallWindows.legalDefault();

    @ParameterizedTest(name = "{0} open: {1}")
    @CsvSource({
            // a Tuesday
            "2026-12-01T08:59, false", "2026-12-01T09:00, true", "2026-12-01T19:59, true", "2026-12-01T20:00, false",
            // a Saturday
            "2026-12-05T09:30, false", "2026-12-05T10:00, true", "2026-12-05T18:59, true", "2026-12-05T19:00, false",
            // a Sunday
            "2026-12-06T12:00, false",
            // 8 December (Immacolata) is a Tuesday in 2026; the Monday before is a prefestivo
            "2026-12-08T12:00, false", "2026-12-07T09:30, false", "2026-12-07T10:00, true", "2026-12-07T19:30, false",
            // Christmas Eve (Thursday), Christmas, Santo Stefano (Saturday)
            "2026-12-24T19:30, false", "2026-12-24T18:30, true", "2026-12-25T11:00, false", "2026-12-26T11:00, false",
            // Easter Monday 2026 and its Sunday; 4 October 2026 is a Sunday anyway, 3 October a Saturday prefestivo
            "2026-04-06T11:00, false", "2026-04-05T11:00, false", "2026-10-03T10:30, true", "2026-10-03T19:30, false",
            // 2 June 2027 is a Wednesday: 1 June is a prefestivo
            "2027-06-01T09:30, false", "2027-06-01T10:30, true", "2027-06-02T10:30, false"})
    void legalDefault(LocalDateTime italianTime, boolean open) {
        assertEquals(open, LEGAL.isOpen(italianTime.atZone(CallWindows.ITALY)));
    }

    @Test
    void theClockIsReadInItalianTimeWhateverTheZone() {
        // 07:30 UTC in summer is 09:30 in Rome; in winter 08:30
        assertEquals(true, LEGAL.isOpen(ZonedDateTime.of(2026, 7, 7, 7, 30, 0, 0, ZoneId.of("UTC"))));
        assertEquals(false, LEGAL.isOpen(ZonedDateTime.of(2026, 12, 1, 7, 30, 0, 0, ZoneId.of("UTC"))));
    }

    @Test
    void aSundayBeforeAHolidayStaysClosed() {
        // 2 June 2024 was a Sunday... take 1 November 2026 (Sunday, holiday) and 31 October (Saturday prefestivo)
        assertEquals(false, LEGAL.isOpen(LocalDateTime.of(2026, 11, 1, 11, 0).atZone(CallWindows.ITALY)));
        // 25 April 2027 is a Sunday; 24 April is a Saturday prefestivo; find a Sunday prefestivo: 7 December 2025
        assertEquals(false, LEGAL.isOpen(LocalDateTime.of(2025, 12, 7, 11, 0).atZone(CallWindows.ITALY)));
    }

    @Test
    void aCampaignMayCallOnHolidaysWhenAllowed() {
        CallWindows everyDay = new CallWindows(List.of(CallWindow.on(EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(8, 0), LocalTime.of(21, 0))), true);
        assertEquals(true, everyDay.isOpen(LocalDateTime.of(2026, 12, 25, 8, 0).atZone(CallWindows.ITALY)));
        CallWindows notOnHolidays = new CallWindows(everyDay.windows(), false);
        assertEquals(false, notOnHolidays.isOpen(LocalDateTime.of(2026, 12, 25, 8, 0).atZone(CallWindows.ITALY)));
        assertEquals(true, notOnHolidays.isOpen(LocalDateTime.of(2026, 12, 27, 8, 0).atZone(CallWindows.ITALY)));
    }

    @Test
    void theNextOpening() {
        // Saturday evening → Monday 9:00 (Sunday closed)
        assertEquals(LocalDateTime.of(2026, 12, 7, 10, 0), LEGAL.nextOpening(
                LocalDateTime.of(2026, 12, 5, 19, 30).atZone(CallWindows.ITALY)).orElseThrow().toLocalDateTime(),
                "Monday 7 December is a prefestivo: 10:00");
        assertEquals(LocalDateTime.of(2026, 12, 1, 9, 0), LEGAL.nextOpening(
                LocalDateTime.of(2026, 12, 1, 7, 0).atZone(CallWindows.ITALY)).orElseThrow().toLocalDateTime());
        assertEquals(LocalDateTime.of(2026, 12, 28, 9, 0), LEGAL.nextOpening(
                LocalDateTime.of(2026, 12, 24, 19, 0).atZone(CallWindows.ITALY)).orElseThrow().toLocalDateTime());
    }

    @Test
    void aWindowMustHaveDaysAndHours() {
        assertThrows(BusinessException.class, () -> CallWindow.on(Set.of(), LocalTime.of(9, 0), LocalTime.of(10, 0)));
        assertThrows(BusinessException.class, () -> CallWindow.on(Set.of(DayOfWeek.MONDAY), LocalTime.of(10, 0), LocalTime.of(10, 0)));
    }
}
