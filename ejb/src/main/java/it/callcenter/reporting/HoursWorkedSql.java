package it.callcenter.reporting;

import it.callcenter.platform.Rows;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Hours worked, in one statement: the operators' register (queue area's {@code operator_register}) grouped by
 * operator and Italian day (an interval over midnight split between its days): time clocked in, time paused, the pauses by reason; and the
 * talk time of that operator and day from the telephony's calls (answered to ended), or, for a day without a call
 * through the PBX, from the queue (taking a customer to recording the outcome, {@link TalkTime}). An interval still
 * open counts up to now.
 */
final class HoursWorkedSql {

    /** One operator's day; {@code pauses} as "REASON=seconds" pairs joined by commas, longest first. */
    record Row(String operator, String operatorName, java.time.LocalDate day, long clockedSeconds, long pausedSeconds,
               String pauses, long talkSeconds) {

        long workedSeconds() {
            return Math.max(0, clockedSeconds - pausedSeconds);
        }
    }

    /** Each interval cut at the Italian midnights it spans and at the period's ends: a night shift counts on both days. */
    static final String SQL = "WITH span AS (SELECT username, kind, reason, greatest(started_at, ?1) AS s,"
            + " least(coalesce(ended_at, now()), ?2) AS e FROM operator_register WHERE started_at < ?2"
            + " AND coalesce(ended_at, now()) > ?1 AND (CAST(?3 AS varchar) IS NULL OR username = ?3)),"
            + " reg AS (SELECT username, kind, reason, d::date AS day, extract(epoch FROM least(e, (d + interval '1 day')"
            + " AT TIME ZONE 'Europe/Rome') - greatest(s, d AT TIME ZONE 'Europe/Rome'))::bigint AS secs FROM span,"
            + " generate_series(date_trunc('day', s AT TIME ZONE 'Europe/Rome'), date_trunc('day', e AT TIME ZONE 'Europe/Rome'),"
            + " interval '1 day') d WHERE e > s),"
            + " pauses AS (SELECT username, day, reason, sum(secs) AS secs FROM reg WHERE kind = 'PAUSE' GROUP BY 1, 2, 3),"
            + " days AS (SELECT username, day, coalesce(sum(secs) FILTER (WHERE kind = 'WORK'), 0) AS clocked,"
            + " coalesce(sum(secs) FILTER (WHERE kind = 'PAUSE'), 0) AS paused FROM reg GROUP BY 1, 2),"
            + " calls AS (SELECT operator AS username, (answered_at AT TIME ZONE 'Europe/Rome')::date AS day,"
            + " sum(extract(epoch FROM ended_at - answered_at))::bigint AS secs FROM call WHERE answered_at >= ?1"
            + " AND answered_at < ?2 AND ended_at IS NOT NULL GROUP BY 1, 2),"
            + " queue AS (SELECT a.operator AS username, (a.recorded_at AT TIME ZONE 'Europe/Rome')::date AS day,"
            + " " + TalkTime.FROM_ATTEMPTS + " AS secs FROM entry_attempt a WHERE a.recorded_at >= ?1 AND a.recorded_at < ?2"
            + " GROUP BY 1, 2)"
            + " SELECT d.username, coalesce(u.full_name, d.username), d.day, d.clocked, d.paused,"
            + " (SELECT string_agg(p.reason || '=' || p.secs, ',' ORDER BY p.secs DESC, p.reason) FROM pauses p"
            + " WHERE p.username = d.username AND p.day = d.day), coalesce(c.secs, q.secs, 0)"
            + " FROM days d LEFT JOIN app_user u ON u.username = d.username"
            + " LEFT JOIN calls c ON c.username = d.username AND c.day = d.day"
            + " LEFT JOIN queue q ON q.username = d.username AND q.day = d.day"
            + " ORDER BY 2, 1, 3 LIMIT ?4";

    private HoursWorkedSql() {
    }

    static List<Row> read(EntityManager em, ReportPeriod period, String operator, int limit) {
        List<Row> rows = new ArrayList<>();
        for (Object[] r : Rows.of(em.createNativeQuery(SQL).setParameter(1, period.start()).setParameter(2, period.end())
                .setParameter(3, operator).setParameter(4, limit))) {
            rows.add(new Row((String) r[0], (String) r[1], Rows.date(r[2]), Rows.number(r[3]), Rows.number(r[4]),
                    (String) r[5], Rows.number(r[6])));
        }
        return rows;
    }
}
