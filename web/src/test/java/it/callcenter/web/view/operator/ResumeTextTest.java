package it.callcenter.web.view.operator;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;

import static it.callcenter.compliance.CallWindows.ITALY;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** When calls resume, said as an operator reads it, in Italian time whatever the server's zone. */
class ResumeTextTest {

    private static final Instant SATURDAY_EVENING = ZonedDateTime.of(2026, 3, 7, 19, 30, 0, 0, ITALY).toInstant();

    @Test
    void aWeekendSaysTheWeekday() {
        Instant monday = ZonedDateTime.of(2026, 3, 9, 9, 0, 0, 0, ITALY).toInstant();
        assertEquals("Fuori dall'orario di chiamata: riprende luned\u00ec alle 9:00.", ResumeText.of(monday, SATURDAY_EVENING, Locale.ITALIAN));
        assertEquals("Outside calling hours: calls resume on Monday at 9:00.", ResumeText.of(monday, SATURDAY_EVENING, Locale.ENGLISH));
    }

    @Test
    void todayAndTomorrowAreSaidSo() {
        Instant later = ZonedDateTime.of(2026, 3, 7, 21, 15, 0, 0, ITALY).toInstant();
        Instant sunday = ZonedDateTime.of(2026, 3, 8, 10, 0, 0, 0, ITALY).toInstant();
        assertEquals("Fuori dall'orario di chiamata: riprende oggi alle 21:15.", ResumeText.of(later, SATURDAY_EVENING, Locale.ITALIAN));
        assertEquals("Outside calling hours: calls resume tomorrow at 10:00.", ResumeText.of(sunday, SATURDAY_EVENING, Locale.ENGLISH));
    }

    @Test
    void aWeekOrMoreAwayAddsTheDate() {
        Instant far = ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, ITALY).toInstant();
        assertEquals("Fuori dall'orario di chiamata: riprende luned\u00ec 16/03 alle 9:00.", ResumeText.of(far, SATURDAY_EVENING, Locale.ITALIAN));
    }
}
