package it.callcenter.reporting;

/**
 * Where the reports take talk time from, in one place: the telephony area's calls ({@code call}), each answered call's
 * time from the answer to its end, summed per operator and Italian day (the day the call began). Joined to the
 * attempts' figures by (operator, day) in {@link ProductivitySql}, with the same
 * period, campaign and operator as the attempts: a call counts for the campaign of the entry it dialled. Calls still
 * in progress count from when they end.
 */
final class TalkTime {

    static final String CALL_DAY = "(c.started_at AT TIME ZONE 'Europe/Rome')::date";

    /** Seconds of talk per operator and day, alias {@code k} (operator, day, talk); the WHERE and GROUP BY follow. */
    static final String FROM_CALLS = " LEFT JOIN (SELECT c.operator, " + CALL_DAY + " AS day,"
            + " sum(extract(epoch FROM c.ended_at - c.answered_at))::bigint AS talk FROM call c"
            + " WHERE c.answered_at IS NOT NULL AND c.ended_at IS NOT NULL AND c.started_at >= ? AND c.started_at < ?";

    static final String GROUP = " GROUP BY c.operator, " + CALL_DAY + ") k ON k.operator = t.operator AND k.day = t.day";

    /**
     * The queue's time on the customers (from taking an entry to its outcome) of an attempts' group, alias {@code a}:
     * what the hours-worked report shows as talk time on a day without any call through the PBX.
     */
    static final String FROM_ATTEMPTS = "coalesce(sum(extract(epoch FROM a.recorded_at - a.taken_at)), 0)::bigint";

    private TalkTime() {
    }
}
