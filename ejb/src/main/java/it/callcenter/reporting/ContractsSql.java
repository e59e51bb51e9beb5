package it.callcenter.reporting;

import it.callcenter.platform.Rows;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The contracts made in the period (by when they were made), optionally of one campaign, oldest first. */
final class ContractsSql {

    static final String SELECT = "SELECT c.created_at, p.display_name, c.product, c.value, c.start_date, cp.name, c.created_by"
            + " FROM contract c JOIN party p ON p.id = c.party_id LEFT JOIN campaign cp ON cp.id = c.campaign_id";

    private ContractsSql() {
    }

    /** The template's rows, at most {@code limit}. */
    static List<Map<String, Object>> read(EntityManager em, ReportPeriod period, Long campaign, int limit) {
        Filters filters = new Filters().always(" WHERE c.created_at >= ? AND c.created_at < ?", period.start(), period.end())
                .and(" AND c.campaign_id = ?", campaign)
                .always(" ORDER BY c.created_at, c.id LIMIT ?", limit);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object[] r : Rows.of(filters.query(em, SELECT))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("createdAt", Timestamp.from(Rows.instant(r[0])));
            row.put("party", r[1]);
            row.put("product", r[2]);
            row.put("value", r[3]);
            row.put("startDate", r[4] == null ? null : java.sql.Date.valueOf(Rows.date(r[4])));
            row.put("campaign", r[5]);
            row.put("createdBy", r[6]);
            rows.add(row);
        }
        return rows;
    }

}
