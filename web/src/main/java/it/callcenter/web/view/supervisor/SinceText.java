package it.callcenter.web.view.supervisor;

import it.callcenter.web.i18n.Messages;

import java.time.Duration;
import java.util.Locale;

/** How long an operator has been in a state, as the board says it: "da meno di un minuto", "da 12 min", "da 2 h 05". */
final class SinceText {

    private SinceText() {
    }

    static String of(Duration duration, Locale locale) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 1) {
            return Messages.text(locale, "board.since.now");
        }
        if (minutes < 60) {
            return Messages.text(locale, "board.since.minutes", minutes);
        }
        return Messages.text(locale, "board.since.hours", minutes / 60, String.format("%02d", minutes % 60));
    }
}
