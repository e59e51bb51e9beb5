package it.callcenter.registry;

import it.callcenter.audit.AuditEntry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Reads, table by table, what the registry stores about one party, for {@link PartyExport}. */
final class PartyDossier {

    private final EntityManager em;

    PartyDossier(EntityManager em) {
        this.em = em;
    }

    PartyExport export(Party party, PartyView view, String caller, Map<String, Object> otherAreas) {
        long id = party.getId();
        return new PartyExport(Instant.now(), caller, view, consents(id), statuses(id), companyRoles(id), audit(id),
                notifications(id), photo(id), otherAreas);
    }

    private List<PartyExport.ConsentEvent> consents(long id) {
        return em.createQuery("SELECT c FROM ConsentChange c WHERE c.partyId = :party ORDER BY c.changedAt, c.id",
                        ConsentChange.class).setParameter("party", id).getResultStream()
                .map(c -> new PartyExport.ConsentEvent(c.getConsent().jsonName(), c.isGranted(),
                        c.getChangedAt(), c.getChangedBy(), c.getSource(), c.getDetail(), c.getReference()))
                .toList();
    }

    private List<PartyExport.StatusEvent> statuses(long id) {
        return em.createQuery("SELECT s FROM StatusChange s WHERE s.partyId = :party ORDER BY s.changedAt, s.id",
                        StatusChange.class).setParameter("party", id).getResultStream()
                .map(s -> new PartyExport.StatusEvent(s.getFromStatus(), s.getToStatus(), s.getChangedAt(), s.getChangedBy()))
                .toList();
    }

    private List<PartyExport.CompanyRole> companyRoles(long id) {
        return rows("SELECT id, 'LEGAL_REPRESENTATIVE' FROM party WHERE legal_representative_id = ?1"
                + " UNION ALL SELECT company_id, 'ADMINISTRATOR' FROM company_administrator WHERE person_id = ?2 ORDER BY 1, 2", id, id)
                .stream().map(r -> new PartyExport.CompanyRole(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    private List<PartyExport.AuditEvent> audit(long id) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id ORDER BY a.at, a.id",
                        AuditEntry.class)
                .setParameter("type", PartyService.AUDIT_TYPE).setParameter("id", id).getResultStream()
                .map(a -> new PartyExport.AuditEvent(a.getAction(),
                        a.getFields() == null ? List.of() : Arrays.asList(a.getFields().split(",")), a.getUsername(), a.getAt()))
                .toList();
    }

    private List<PartyExport.NotificationEvent> notifications(long id) {
        return rows("SELECT username, message_key, argument, created_at, read_at FROM notification WHERE party_id = ?1"
                + " ORDER BY created_at, id", id)
                .stream().map(r -> new PartyExport.NotificationEvent((String) r[0], (String) r[1], (String) r[2],
                        instant(r[3]), instant(r[4]))).toList();
    }

    private PartyExport.PhotoData photo(long id) {
        PartyPhoto stored = em.find(PartyPhoto.class, id);
        if (stored == null) {
            return null;
        }
        Photo photo = stored.toPhoto();
        return new PartyExport.PhotoData(photo.contentType(), photo.width(), photo.height(),
                Base64.getEncoder().encodeToString(photo.bytes()));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime dateTime ? dateTime.toInstant() : null;
    }
}
