package it.callcenter.campaign;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditFields;
import it.callcenter.audit.AuditLog;
import it.callcenter.security.OperatorGroups;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Who works a campaign. SPLIT deals the open, unassigned entries round-robin in id order in one UPDATE, so the
 * shares differ by one at most; SHARED puts the open entries back in a pool ({@code assigned_to} null) that the
 * recorded operators draw from. Either way the operators are recorded in {@code campaign_assignment}. Groups are
 * expanded to their members when the assignment is made: a later change of the group changes no campaign. Every
 * assignment and move is audited under the campaign ({@link CampaignService#AUDIT_TYPE}): who, how, how many entries.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CampaignAssignments {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OperatorGroups groups;

    @EJB
    private AuditLog audit;

    @Resource
    private SessionContext session;

    /** Returns how many entries were dealt out (SPLIT) or put back in the pool (SHARED). */
    public int assign(long campaignId, List<String> operators, AssignmentMode mode) {
        return assign(campaignId, operators, List.of(), mode).entries();
    }

    /** Assigns to the operators named and to the members of the groups named; each must be an active operator. */
    public AssignmentResult assign(long campaignId, List<String> operators, List<String> groupNames, AssignmentMode mode) {
        requireCampaign(campaignId);
        if (mode == null) {
            throw new BusinessException("mode", "REQUIRED");
        }
        List<String> names = groups.expand(operators, groupNames);
        if (names.isEmpty()) {
            throw new BusinessException("operators", "REQUIRED");
        }
        record(campaignId, names, mode);
        int entries = mode == AssignmentMode.SHARED ? pool(campaignId) : deal(campaignId, names);
        List<String> fields = new ArrayList<>(List.of("assignment", AuditFields.of("mode", mode), AuditFields.of("operators", names)));
        if (groupNames != null && !groupNames.isEmpty()) {
            fields.add(AuditFields.of("groups", groupNames));
        }
        fields.add(AuditFields.of("entries", entries));
        audit.record(CampaignService.AUDIT_TYPE, campaignId, AuditEntry.Action.UPDATE, fields, session.getCallerPrincipal().getName());
        return new AssignmentResult(names, mode, entries);
    }

    private int pool(long campaignId) {
        return em.createNativeQuery("UPDATE campaign_entry SET assigned_to = NULL WHERE campaign_id = ? AND state = 'OPEN'")
                .setParameter(1, campaignId).executeUpdate();
    }

    private int deal(long campaignId, List<String> names) {
        List<Object> parameters = new ArrayList<>(names);
        parameters.add(campaignId);
        return CampaignService.bind(em.createNativeQuery("UPDATE campaign_entry e"
                + " SET assigned_to = (ARRAY[" + String.join(", ", Collections.nCopies(names.size(), "CAST(? AS varchar)"))
                + "])[1 + CAST(d.n % " + names.size() + " AS integer)]"
                + " FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM campaign_entry"
                + " WHERE campaign_id = ? AND state = 'OPEN' AND assigned_to IS NULL) d WHERE e.id = d.id"), parameters)
                .executeUpdate();
    }

    /**
     * Hands the open entries of {@code from} (an absent operator, say) to {@code to} in one UPDATE and answers how
     * many moved; {@code to} must be an active operator and, if anything moved, now works the campaign.
     */
    public int move(long campaignId, String from, String to) {
        requireCampaign(campaignId);
        String source = required("from", from);
        String target = required("to", to);
        if (source.equals(target)) {
            throw new BusinessException("to", "MOVE_TO_SAME_OPERATOR");
        }
        groups.expand(List.of(target), List.of());
        int moved = em.createNativeQuery("UPDATE campaign_entry SET assigned_to = ?"
                        + " WHERE campaign_id = ? AND assigned_to = ? AND state = 'OPEN'")
                .setParameter(1, target).setParameter(2, campaignId).setParameter(3, source).executeUpdate();
        if (moved > 0) {
            em.createNativeQuery("INSERT INTO campaign_assignment (campaign_id, username, mode) SELECT ?, ?,"
                            + " COALESCE((SELECT max(mode) FROM campaign_assignment WHERE campaign_id = ?), 'SPLIT')"
                            + " ON CONFLICT DO NOTHING")
                    .setParameter(1, campaignId).setParameter(2, target).setParameter(3, campaignId).executeUpdate();
        }
        audit.record(CampaignService.AUDIT_TYPE, campaignId, AuditEntry.Action.UPDATE, List.of("move",
                AuditFields.of("from", source), AuditFields.of("to", target), AuditFields.of("moved", moved)),
                session.getCallerPrincipal().getName());
        return moved;
    }

    private void requireCampaign(long campaignId) {
        if (em.find(Campaign.class, campaignId) == null) {
            throw new NotFoundException("campaign " + campaignId);
        }
    }

    private void record(long campaignId, List<String> names, AssignmentMode mode) {
        em.createNativeQuery("DELETE FROM campaign_assignment WHERE campaign_id = ?").setParameter(1, campaignId).executeUpdate();
        for (String name : names) {
            em.createNativeQuery("INSERT INTO campaign_assignment (campaign_id, username, mode) VALUES (?, ?, ?)")
                    .setParameter(1, campaignId).setParameter(2, name).setParameter(3, mode.name()).executeUpdate();
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(field, "REQUIRED");
        }
        return value.strip();
    }
}
