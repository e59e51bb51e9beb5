package it.callcenter.compliance;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CallWindowsFormTest {

    @Test
    void theLegalDefaultGoesThroughJsonUnchanged() {
        CallWindows legal = CallWindows.legalDefault();
        String json = CallWindowsForm.of(legal).toJson();
        assertEquals(legal, CallWindowsForm.parse(json), json);
        assertEquals(legal, CallWindowsForm.parse(null), "no stored windows: the legal default");
    }

    @Test
    void daysByTheirEnglishAbbreviationAndThePreHoliday() {
        CallWindows windows = new CallWindowsForm(List.of(new CallWindowsForm.Window(List.of("mon", "TUE", "PRE_HOLIDAY"),
                "10:00", "12:30")), false).toWindows();
        assertEquals(true, windows.isOpen(LocalDateTime.of(2026, 12, 7, 11, 0).atZone(CallWindows.ITALY)));
        assertEquals(false, windows.isOpen(LocalDateTime.of(2026, 12, 9, 11, 0).atZone(CallWindows.ITALY)), "Wednesday");
    }

    @Test
    void aWindowToTwentyFourHundredLastsToTheEndOfTheDay() {
        CallWindows allDay = new CallWindowsForm(List.of(new CallWindowsForm.Window(List.of("MON", "TUE"), "00:00", "24:00")),
                true).toWindows();
        assertEquals(true, allDay.isOpen(LocalDateTime.of(2026, 12, 7, 23, 59, 30).atZone(CallWindows.ITALY)), "the last minute");
        assertEquals(true, allDay.isOpen(LocalDateTime.of(2026, 12, 8, 0, 0).atZone(CallWindows.ITALY)), "a holiday, opened");
        assertEquals("24:00", CallWindowsForm.of(allDay).windows().get(0).to());
        assertEquals(allDay, CallWindowsForm.parse(CallWindowsForm.of(allDay).toJson()));
        CallWindows toLastMinute = new CallWindowsForm(List.of(new CallWindowsForm.Window(List.of("MON"), "00:00", "23:59")),
                true).toWindows();
        assertEquals(false, toLastMinute.isOpen(LocalDateTime.of(2026, 12, 7, 23, 59, 30).atZone(CallWindows.ITALY)));
    }

    @Test
    void wrongFormsAreRefusedNamingThePart() {
        assertEquals("windows", assertThrows(BusinessException.class, () -> new CallWindowsForm(List.of(), false).toWindows()).field());
        assertEquals("windows.days", assertThrows(BusinessException.class, () -> new CallWindowsForm(List.of(
                new CallWindowsForm.Window(List.of("XYZ"), "09:00", "10:00")), false).toWindows()).field());
        assertEquals("windows.from", assertThrows(BusinessException.class, () -> new CallWindowsForm(List.of(
                new CallWindowsForm.Window(List.of("MON"), "9h", "10:00")), false).toWindows()).field());
        assertEquals("windows.to", assertThrows(BusinessException.class, () -> new CallWindowsForm(List.of(
                new CallWindowsForm.Window(List.of("MON"), "11:00", "10:00")), false).toWindows()).field());
    }
}
