package it.callcenter.campaign;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Who works a campaign. SPLIT deals the open, unassigned entries round-robin in id order in one UPDATE, so the
 * shares differ by one at most; SHARED puts the open entries back in a pool ({@code assigned_to} null) that the
 * recorded operators draw from. Either way the operators are recorded in {@code campaign_assignment}.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CampaignAssignments {

    @PersistenceContext
    private EntityManager em;

    /** Returns how many entries were dealt out (SPLIT) or put back in the pool (SHARED). */
    public int assign(long campaignId, List<String> operators, AssignmentMode mode) {
        if (em.find(Campaign.class, campaignId) == null) {
            throw new NotFoundException("campaign " + campaignId);
        }
        List<String> names = clean(operators);
        if (mode == null) {
            throw new BusinessException("mode", "REQUIRED");
        }
        record(campaignId, names, mode);
        if (mode == AssignmentMode.SHARED) {
            return em.createNativeQuery("UPDATE campaign_entry SET assigned_to = NULL WHERE campaign_id = ? AND state = 'OPEN'")
                    .setParameter(1, campaignId).executeUpdate();
        }
        List<Object> parameters = new ArrayList<>(names);
        parameters.add(campaignId);
        return CampaignService.bind(em.createNativeQuery("UPDATE campaign_entry e"
                + " SET assigned_to = (ARRAY[" + String.join(", ", Collections.nCopies(names.size(), "CAST(? AS varchar)"))
                + "])[1 + CAST(d.n % " + names.size() + " AS integer)]"
                + " FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM campaign_entry"
                + " WHERE campaign_id = ? AND state = 'OPEN' AND assigned_to IS NULL) d WHERE e.id = d.id"), parameters)
                .executeUpdate();
    }

    private void record(long campaignId, List<String> names, AssignmentMode mode) {
        em.createNativeQuery("DELETE FROM campaign_assignment WHERE campaign_id = ?").setParameter(1, campaignId).executeUpdate();
        for (String name : names) {
            em.createNativeQuery("INSERT INTO campaign_assignment (campaign_id, username, mode) VALUES (?, ?, ?)")
                    .setParameter(1, campaignId).setParameter(2, name).setParameter(3, mode.name()).executeUpdate();
        }
    }

    private static List<String> clean(List<String> operators) {
        List<String> names = operators == null ? List.of()
                : operators.stream().filter(o -> o != null && !o.isBlank()).map(String::strip).distinct().toList();
        if (names.isEmpty()) {
            throw new BusinessException("operators", "REQUIRED");
        }
        if (names.stream().anyMatch(n -> n.length() > 64)) {
            throw new BusinessException("operators", "TOO_LONG", 64);
        }
        return names;
    }
}
