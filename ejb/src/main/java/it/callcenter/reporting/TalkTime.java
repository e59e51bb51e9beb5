package it.callcenter.reporting;

/**
 * Where the reports take talk time from, in one place. Until the telephony area stores calls with their durations,
 * an operator's talk time is the time from taking an entry to recording its outcome ({@code entry_attempt}:
 * {@code recorded_at - taken_at}): the time spent on the customer, wrap-up included. When the {@code call} table
 * comes, this becomes the sum of its talk durations per operator and Italian day, joined to the attempts' figures by
 * (operator, day) in {@link ProductivitySql}: the only statement that reads it.
 */
final class TalkTime {

    /** Seconds of talk of the attempts aggregated by the enclosing GROUP BY (alias {@code a}: entry_attempt). */
    static final String FROM_ATTEMPTS = "coalesce(sum(extract(epoch FROM a.recorded_at - a.taken_at)), 0)::bigint";

    private TalkTime() {
    }
}
