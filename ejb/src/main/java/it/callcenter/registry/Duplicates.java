package it.callcenter.registry;

import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/** Looks for another party with the same codice fiscale, partita IVA or mobile: one indexed query each. */
final class Duplicates {

    record Duplicate(long existingId, String field) {
    }

    private final EntityManager em;

    private Duplicates(EntityManager em) {
        this.em = em;
    }

    static Duplicates of(EntityManager em) {
        return new Duplicates(em);
    }

    /** Refuses a party that has another's codice fiscale, partita IVA or mobile. */
    void refuse(ValidParty party, Long self) {
        find(party, self).ifPresent(d -> {
            throw new DuplicatePartyException(d.existingId(), d.field());
        });
    }

    Optional<Duplicate> find(ValidParty party, Long self) {
        return find(party.fiscalCode(), party.vatNumber(), party.mobiles(), self);
    }

    /** By canonical values (codice fiscale, partita IVA, mobiles in E.164); {@code self} is never its own duplicate. */
    Optional<Duplicate> find(String fiscalCode, String vatNumber, List<String> mobiles, Long self) {
        long excluded = self == null ? -1 : self;
        if (fiscalCode != null) {
            Optional<Duplicate> found = first("SELECT id FROM party WHERE fiscal_code = ?1 AND id <> ?2 ORDER BY id LIMIT 1",
                    fiscalCode, excluded, "fiscalCode");
            if (found.isPresent()) {
                return found;
            }
        }
        if (vatNumber != null) {
            Optional<Duplicate> found = first("SELECT id FROM party WHERE vat_number = ?1 AND id <> ?2 ORDER BY id LIMIT 1",
                    vatNumber, excluded, "vatNumber");
            if (found.isPresent()) {
                return found;
            }
        }
        for (String mobile : mobiles) {
            Optional<Duplicate> found = first("SELECT party_id FROM party_contact WHERE search_key = ?1 AND kind = 'MOBILE'"
                    + " AND party_id <> ?2 ORDER BY party_id LIMIT 1", mobile, excluded, "mobile");
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Duplicate> first(String sql, String value, long excluded, String field) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(sql).setParameter(1, value).setParameter(2, excluded).getResultList();
        return ids.stream().findFirst().map(id -> new Duplicate(id.longValue(), field));
    }
}
