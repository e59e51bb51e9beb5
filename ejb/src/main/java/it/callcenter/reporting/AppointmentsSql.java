package it.callcenter.reporting;

import it.callcenter.platform.Rows;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The appointments taking place in the period, optionally of one campaign, per field agent (by the agent's name) and
 * in time order; cancelled ones too, marked so (a manager sees what fell through).
 */
final class AppointmentsSql {

    static final String SELECT = "SELECT a.agent, coalesce(u.full_name, a.agent), a.starts_at, a.ends_at, p.display_name,"
            + " a.place, a.state, cp.name, a.booked_by"
            + " FROM appointment a JOIN party p ON p.id = a.party_id LEFT JOIN app_user u ON u.username = a.agent"
            + " LEFT JOIN campaign cp ON cp.id = a.campaign_id";

    private AppointmentsSql() {
    }

    /** The template's rows, at most {@code limit}; the state worded by {@code wording}. */
    static List<Map<String, Object>> read(EntityManager em, ReportPeriod period, Long campaign, int limit, ReportWording wording) {
        Filters filters = new Filters().always(" WHERE a.starts_at >= ? AND a.starts_at < ?", period.start(), period.end())
                .and(" AND a.campaign_id = ?", campaign)
                .always(" ORDER BY coalesce(u.full_name, a.agent), a.agent, a.starts_at, a.id LIMIT ?", limit);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object[] r : Rows.of(filters.query(em, SELECT))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("agent", r[0]);
            row.put("agentName", r[1]);
            row.put("startsAt", Timestamp.from(Rows.instant(r[2])));
            row.put("endsAt", Timestamp.from(Rows.instant(r[3])));
            row.put("party", r[4]);
            row.put("place", r[5]);
            row.put("state", wording.text("report.appointments.state." + r[6]));
            row.put("booked", "BOOKED".equals(r[6]));
            row.put("campaign", r[7]);
            row.put("bookedBy", r[8]);
            rows.add(row);
        }
        return rows;
    }
}
