package it.callcenter.reporting;

import it.callcenter.platform.Rows;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Operator productivity in one statement: the attempts of the period grouped by operator and Italian day, counted as
 * calls, contacts, contracts (outcome CONTRACT: the outcome that opens a contract) and appointments (outcome
 * APPOINTMENT), with the talk time of {@link TalkTime}; the operator's full name from the users. The campaign and the
 * operator narrow the rows when given. Contracts and appointments made on a party's card outside a call are not an
 * operator's calls: the contracts and appointments reports list them.
 */
final class ProductivitySql {

    static final String ITALIAN_DAY = "(a.recorded_at AT TIME ZONE 'Europe/Rome')::date";

    private ProductivitySql() {
    }

    static Filters filters(ReportPeriod period, Long campaign, String operator, int limit) {
        return new Filters().always(" WHERE a.recorded_at >= ? AND a.recorded_at < ?", period.start(), period.end())
                .and(" AND a.campaign_id = ?", campaign)
                .and(" AND a.operator = ?", operator)
                .always(" GROUP BY a.operator, " + ITALIAN_DAY + ") t"
                        + " LEFT JOIN app_user u ON u.username = t.operator"
                        + " ORDER BY coalesce(u.full_name, t.operator), t.operator, t.day LIMIT ?", limit);
    }

    static final String SELECT = "SELECT t.operator, coalesce(u.full_name, t.operator), t.day, t.calls, t.talk, t.contacts,"
            + " t.contracts, t.appointments FROM ("
            + " SELECT a.operator, " + ITALIAN_DAY + " AS day, count(*) AS calls, " + TalkTime.FROM_ATTEMPTS + " AS talk,"
            + " count(*) FILTER (WHERE a.contact) AS contacts,"
            + " count(*) FILTER (WHERE a.outcome = 'CONTRACT') AS contracts,"
            + " count(*) FILTER (WHERE a.outcome = 'APPOINTMENT') AS appointments"
            + " FROM entry_attempt a";

    /** The rows, at most {@code limit}. */
    static List<ProductivityRow> read(EntityManager em, ReportPeriod period, Long campaign, String operator, int limit) {
        List<ProductivityRow> rows = new ArrayList<>();
        for (Object[] row : Rows.of(filters(period, campaign, operator, limit).query(em, SELECT))) {
            rows.add(new ProductivityRow((String) row[0], (String) row[1], Rows.date(row[2]), Rows.number(row[3]),
                    Rows.number(row[4]), Rows.number(row[5]), Rows.number(row[6]), Rows.number(row[7])));
        }
        return rows;
    }
}
