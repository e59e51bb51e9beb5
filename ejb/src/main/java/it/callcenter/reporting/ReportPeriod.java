package it.callcenter.reporting;

import it.callcenter.compliance.CallWindows;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The days a report covers, both included, as Italian days: from the start of {@code from} to the end of {@code to}
 * in Europe/Rome. A campaign's progress may cover its whole life ({@link #whole()}: both null).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    private static final Instant BEFORE_EVERYTHING = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant AFTER_EVERYTHING = Instant.parse("3000-01-01T00:00:00Z");

    public static ReportPeriod whole() {
        return new ReportPeriod(null, null);
    }

    public boolean isWhole() {
        return from == null;
    }

    /** The first instant inside the period. */
    public Timestamp start() {
        return Timestamp.from(isWhole() ? BEFORE_EVERYTHING : from.atStartOfDay(CallWindows.ITALY).toInstant());
    }

    /** The first instant after the period. */
    public Timestamp end() {
        return Timestamp.from(isWhole() ? AFTER_EVERYTHING : to.plusDays(1).atStartOfDay(CallWindows.ITALY).toInstant());
    }
}
