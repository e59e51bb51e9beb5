package it.callcenter.registry;

import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rows that point at a party without being deleted with it by a foreign key: notifications (no key, they
 * outlive a plain delete) and the companies that had the person as legal representative or administrator. The
 * companies stay, without the person, and their version moves on as for any other change to them.
 */
final class PartyErasure {

    private final EntityManager em;

    PartyErasure(EntityManager em) {
        this.em = em;
    }

    void deleteNotifications(long partyId) {
        em.createNativeQuery("DELETE FROM notification WHERE party_id = ?1").setParameter(1, partyId).executeUpdate();
    }

    /** Detaches the person from every company; answers each company touched with the fields that changed. */
    Map<Long, Set<String>> detachFromCompanies(long personId) {
        Map<Long, Set<String>> changed = new TreeMap<>();
        ids("SELECT id FROM party WHERE legal_representative_id = ?1", personId)
                .forEach(id -> changed.computeIfAbsent(id, k -> new TreeSet<>()).add("legalRepresentativeId"));
        ids("SELECT company_id FROM company_administrator WHERE person_id = ?1", personId)
                .forEach(id -> changed.computeIfAbsent(id, k -> new TreeSet<>()).add("administratorIds"));
        update("UPDATE party SET legal_representative_id = NULL WHERE legal_representative_id = ?1", personId);
        update("DELETE FROM company_administrator WHERE person_id = ?1", personId);
        changed.keySet().forEach(companyId ->
                update("UPDATE party SET version = version + 1, updated_at = now() WHERE id = ?1", companyId));
        return changed;
    }

    private List<Long> ids(String sql, long id) {
        return ((List<?>) em.createNativeQuery(sql).setParameter(1, id).getResultList()).stream()
                .map(value -> ((Number) value).longValue()).toList();
    }

    private void update(String sql, long id) {
        em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
    }
}
