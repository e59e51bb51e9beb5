package it.callcenter.web.view.operator;

import it.callcenter.compliance.CallWindows;
import it.callcenter.web.i18n.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * When calling may start again, as an operator reads it in Italian time: "riprende oggi alle 14:00", "domani alle
 * 9:00", "lunedì alle 9:00" within the week, "lunedì 12/01 alle 9:00" further on.
 */
final class ResumeText {

    private ResumeText() {
    }

    static String of(Instant opening, Instant now, Locale locale) {
        ZonedDateTime at = opening.atZone(CallWindows.ITALY);
        LocalDate today = now.atZone(CallWindows.ITALY).toLocalDate();
        long days = ChronoUnit.DAYS.between(today, at.toLocalDate());
        String weekday = at.format(DateTimeFormatter.ofPattern("EEEE", locale));
        String day;
        if (days <= 0) {
            day = Messages.text(locale, "workstation.resumes.today");
        } else if (days == 1) {
            day = Messages.text(locale, "workstation.resumes.tomorrow");
        } else if (days < 7) {
            day = Messages.text(locale, "workstation.resumes.weekday", weekday);
        } else {
            day = Messages.text(locale, "workstation.resumes.date", weekday, at.format(DateTimeFormatter.ofPattern("dd/MM")));
        }
        return Messages.text(locale, "workstation.reason.OUTSIDE_CALL_WINDOW", day, at.format(DateTimeFormatter.ofPattern("H:mm")));
    }
}
