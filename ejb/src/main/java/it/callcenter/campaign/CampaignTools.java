package it.callcenter.campaign;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditFields;
import it.callcenter.audit.AuditLog;
import it.callcenter.platform.Rows;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The supervisor's campaign tools (issue 15): duplicate a campaign with or without its entries, push its waiting
 * entries (or a province's, a postal code's) up or down the dispatch order, see where its names are (a summary by
 * comune, postal code, province or zone), and the timer thresholds of its workstation. Each is one statement over
 * campaign_entry; nothing is loaded into Java but the campaign's row.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CampaignTools {

    private static final Jsonb JSON = JsonbBuilder.create();
    static final int MAX_SUMMARY_PAGE = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditLog audit;

    /** A fill's criteria as kept on the campaign. */
    static String criteriaJson(FillCriteria criteria) {
        return JSON.toJson(criteria == null ? FillCriteria.none() : criteria);
    }

    /** The criteria of the campaign's last fill (none when it was never filled). */
    public FillCriteria criteria(long id) {
        String json = campaign(id).getFillCriteria();
        return json == null ? FillCriteria.none() : JSON.fromJson(json, FillCriteria.class);
    }

    /**
     * A new campaign in DRAFT named {@code name}, with the original's fields, rules, calling windows, fill criteria,
     * timer thresholds and outcome set; with {@code withEntries} the same parties on the same numbers, each waiting
     * anew (no attempt, no operator). Audited on the new campaign.
     */
    public long duplicate(long id, String name, boolean withEntries) {
        Campaign original = campaign(id);
        if (name == null || name.isBlank()) {
            throw new BusinessException("name", "REQUIRED");
        }
        em.createNamedQuery("Campaign.byName", Campaign.class).setParameter("name", name.strip()).getResultStream()
                .findFirst().ifPresent(other -> {
                    throw new BusinessException("name", "CAMPAIGN_NAME_TAKEN", name.strip());
                });
        Campaign copy = original.duplicate(name, caller());
        em.persist(copy);
        em.flush();
        em.createNativeQuery("INSERT INTO outcome_definition (id, campaign_id, code, label_it, label_en, kind,"
                        + " retry_delay_minutes, counts_as_contact, counts_as_success, shortcut, position, active)"
                        + " SELECT nextval('outcome_definition_seq'), ?1, code, label_it, label_en, kind, retry_delay_minutes,"
                        + " counts_as_contact, counts_as_success, shortcut, position, active FROM outcome_definition"
                        + " WHERE campaign_id = ?2 ORDER BY position, id")
                .setParameter(1, copy.getId()).setParameter(2, id).executeUpdate();
        // the interview (questions, mandatory or not) and the contact promise's rule go with it
        em.createNativeQuery("UPDATE campaign c SET interview_mandatory = o.interview_mandatory,"
                        + " promise_campaign_id = o.promise_campaign_id, promise_months = o.promise_months"
                        + " FROM campaign o WHERE c.id = ?1 AND o.id = ?2")
                .setParameter(1, copy.getId()).setParameter(2, id).executeUpdate();
        em.createNativeQuery("INSERT INTO interview_question (campaign_id, code, position, text, type, choices, required)"
                        + " SELECT ?1, code, position, text, type, choices, required FROM interview_question WHERE campaign_id = ?2")
                .setParameter(1, copy.getId()).setParameter(2, id).executeUpdate();
        int entries = 0;
        if (withEntries) {
            entries = em.createNativeQuery("INSERT INTO campaign_entry (id, campaign_id, party_id, phone, state, added_at,"
                            + " due_at, dispatch_key) SELECT n.id, ?1, n.party_id, n.phone, 'OPEN', now(), now(), "
                            + copy.dispatchRules().order().keyOf("n.id")
                            + " FROM (SELECT nextval('campaign_entry_seq') AS id, party_id, phone FROM campaign_entry"
                            + " WHERE campaign_id = ?2 ORDER BY id) n")
                    .setParameter(1, copy.getId()).setParameter(2, id).executeUpdate();
        }
        audit.record(CampaignService.AUDIT_TYPE, copy.getId(), AuditEntry.Action.CREATE,
                List.of(AuditFields.of("duplicateOf", id), AuditFields.of("entries", entries)), caller());
        return copy.getId();
    }

    /** Moves the waiting entries (all, or those of the push's provinces and postal codes) by the push; answers how many. */
    public int pushPriority(long id, PriorityPush push) {
        campaign(id);
        if (push == null) {
            throw new BusinessException("direction", "REQUIRED");
        }
        int delta = push.delta();
        StringBuilder sql = new StringBuilder("UPDATE campaign_entry e SET priority = e.priority + ?, version = e.version + 1"
                + " FROM party p LEFT JOIN comune c ON c.istat_code = p.comune_istat"
                + " WHERE p.id = e.party_id AND e.campaign_id = ? AND e.state <> 'DONE'");
        List<Object> parameters = new ArrayList<>(List.of(delta, id));
        String[] provinces = push.provinceValues();
        String[] postalCodes = push.postalCodeValues();
        List<String> fields = new ArrayList<>(List.of("priority", AuditFields.of("delta", delta)));
        if (provinces.length > 0) {
            sql.append(" AND c.province_abbr = ANY(CAST(? AS text[]))");
            parameters.add(provinces);
            fields.add(AuditFields.of("provinces", List.of(provinces)));
        }
        if (postalCodes.length > 0) {
            sql.append(" AND p.postal_code = ANY(CAST(? AS text[]))");
            parameters.add(postalCodes);
            fields.add(AuditFields.of("postalCodes", List.of(postalCodes)));
        }
        int changed = CampaignService.bind(em.createNativeQuery(sql.toString()), parameters).executeUpdate();
        fields.add(AuditFields.of("changed", changed));
        audit.record(CampaignService.AUDIT_TYPE, id, AuditEntry.Action.UPDATE, fields, caller());
        return changed;
    }

    /** Where the campaign's names are: a page of places, most open entries first (one GROUP BY). */
    public List<SummaryRow> summary(long id, SummaryBy by, int first, int max) {
        campaign(id);
        return Rows.of(em.createNativeQuery("SELECT " + by.key + ", " + by.label + ", count(*),"
                        + " count(*) FILTER (WHERE e.state <> 'DONE') FROM campaign_entry e JOIN party p ON p.id = e.party_id"
                        + " LEFT JOIN comune c ON c.istat_code = p.comune_istat WHERE e.campaign_id = ?1"
                        + " GROUP BY " + by.key + " ORDER BY 4 DESC, 3 DESC, 1 NULLS LAST LIMIT ?2 OFFSET ?3")
                        .setParameter(1, id).setParameter(2, Math.max(1, Math.min(max, MAX_SUMMARY_PAGE)))
                        .setParameter(3, Math.max(0, first))).stream()
                .map(r -> new SummaryRow(r[0] == null ? null : r[0].toString().strip(), (String) r[1],
                        Rows.number(r[2]), Rows.number(r[3]))).toList();
    }

    /** How many places the summary has. */
    public long summaryCount(long id, SummaryBy by) {
        campaign(id);
        return Rows.number(em.createNativeQuery("SELECT count(DISTINCT coalesce(" + by.key + ", '')) FROM campaign_entry e"
                + " JOIN party p ON p.id = e.party_id LEFT JOIN comune c ON c.istat_code = p.comune_istat"
                + " WHERE e.campaign_id = ?1").setParameter(1, id).getSingleResult());
    }

    /** Who holds the campaign's unfinished names (held, personal callbacks, dealt open entries) and how many each: whom a release concerns. */
    public List<SummaryRow> holders(long id) {
        campaign(id);
        return Rows.of(em.createNativeQuery("SELECT who, count(*) FROM (SELECT CASE state WHEN 'HELD' THEN held_by"
                        + " WHEN 'CALLBACK' THEN callback_for WHEN 'OPEN' THEN assigned_to END AS who FROM campaign_entry"
                        + " WHERE campaign_id = ?1 AND state <> 'DONE') t WHERE who IS NOT NULL GROUP BY who ORDER BY who")
                        .setParameter(1, id)).stream()
                .map(r -> new SummaryRow((String) r[0], (String) r[0], Rows.number(r[1]), Rows.number(r[1]))).toList();
    }

    public TimerThresholds timerThresholds(long id) {
        return campaign(id).timerThresholds();
    }

    /** The timer thresholds, saved with the campaign's version as read; answers the new version. */
    public long changeTimerThresholds(long id, long version, TimerThresholds thresholds) {
        Campaign campaign = campaign(id);
        if (campaign.getVersion() != version) {
            throw new StaleVersionException("campaign " + id);
        }
        if (thresholds == null) {
            throw new BusinessException("timerAmberSeconds", "REQUIRED");
        }
        campaign.changeTimerThresholds(thresholds);
        em.flush();
        return campaign.getVersion();
    }

    private Campaign campaign(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new NotFoundException("campaign " + id);
        }
        return campaign;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
