package it.callcenter.compliance;

import java.time.LocalDate;

/** The register's answer for one number (E.164): checked on that day, opposed or not. */
public record RpoAnswer(String number, LocalDate checkedOn, boolean opposed) {

    /** Of two answers for the same number, the later check wins; on the same day, the one read last. */
    static RpoAnswer latest(RpoAnswer earlier, RpoAnswer later) {
        return later.checkedOn().isBefore(earlier.checkedOn()) ? earlier : later;
    }
}
