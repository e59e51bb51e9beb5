package it.callcenter.campaign;

import it.callcenter.NotFoundException;
import it.callcenter.geography.SearchText;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A campaign's entries as its page reads them: counted and paged in the database (a campaign may hold a million),
 * joined to the party for the name, so an edit of the card shows here at once; and the figures by state and by
 * operator.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CampaignEntries {

    @PersistenceContext
    private EntityManager em;

    public long count(long campaignId, EntryFilter filter) {
        Where where = Where.of(requireCampaign(campaignId), filter);
        return CampaignService.number(CampaignService.bind(em.createNativeQuery(
                "SELECT count(*) FROM campaign_entry e JOIN party p ON p.id = e.party_id" + where.text), where.parameters)
                .getSingleResult());
    }

    /** Entries {@code first .. first + max - 1} in the order they were added. */
    public List<EntryRow> page(long campaignId, EntryFilter filter, int first, int max) {
        Where where = Where.of(requireCampaign(campaignId), filter);
        List<Object> parameters = new ArrayList<>(where.parameters);
        parameters.add(Math.max(1, Math.min(max, CampaignService.MAX_PAGE)));
        parameters.add(Math.max(0, first));
        List<?> rows = CampaignService.bind(em.createNativeQuery("SELECT e.id, e.party_id, p.display_name, e.phone,"
                + " e.state, e.assigned_to, e.added_at FROM campaign_entry e JOIN party p ON p.id = e.party_id"
                + where.text + " ORDER BY e.id LIMIT ? OFFSET ?"), parameters).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new EntryRow(CampaignService.number(r[0]),
                CampaignService.number(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5], instant(r[6])))
                .toList();
    }

    /** How many entries are in each state, most first. */
    public Map<String, Long> byState(long campaignId) {
        return counts("SELECT state, count(*) FROM campaign_entry WHERE campaign_id = ? GROUP BY state"
                + " ORDER BY count(*) DESC, state", requireCampaign(campaignId));
    }

    /** How many open entries each operator holds, by username; the shared pool is not in it. */
    public Map<String, Long> openByOperator(long campaignId) {
        return counts("SELECT assigned_to, count(*) FROM campaign_entry WHERE campaign_id = ? AND state = 'OPEN'"
                + " AND assigned_to IS NOT NULL GROUP BY assigned_to ORDER BY assigned_to", requireCampaign(campaignId));
    }

    private Map<String, Long> counts(String sql, long campaignId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, campaignId).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], CampaignService.number(r[1]));
        }
        return counts;
    }

    private long requireCampaign(long campaignId) {
        if (em.find(Campaign.class, campaignId) == null) {
            throw new NotFoundException("campaign " + campaignId);
        }
        return campaignId;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }

    /** The filter as a WHERE clause over {@code campaign_entry e JOIN party p}, values as parameters. */
    private record Where(String text, List<Object> parameters) {

        static Where of(long campaignId, EntryFilter filter) {
            EntryFilter f = filter == null ? EntryFilter.none() : filter;
            StringBuilder text = new StringBuilder(" WHERE e.campaign_id = ?");
            List<Object> parameters = new ArrayList<>(List.of(campaignId));
            if (f.operator() != null && !f.operator().isBlank()) {
                text.append(" AND e.assigned_to = ?");
                parameters.add(f.operator().strip());
            }
            if (f.state() != null && !f.state().isBlank()) {
                text.append(" AND e.state = ?");
                parameters.add(f.state().strip().toUpperCase(Locale.ROOT));
            }
            String prefix = SearchText.normalize(f.namePrefix());
            if (!prefix.isEmpty()) {
                // a normalised text has no % or _: safe in LIKE
                text.append(" AND p.name_search LIKE ?");
                parameters.add(prefix + "%");
            }
            return new Where(text.toString(), parameters);
        }
    }
}
