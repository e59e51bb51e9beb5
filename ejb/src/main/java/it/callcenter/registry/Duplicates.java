package it.callcenter.registry;

import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * The registry's duplicate rule: another party with the same codice fiscale, partita IVA or mobile (in that order;
 * the oldest party when several match). One query answers it for any number of keys, each branch on its index,
 * so a form's check and an import chunk's check are the same statement.
 */
final class Duplicates {

    record Duplicate(long existingId, String field) {
    }

    // joins, not "= ANY(array)": the key lists of a whole chunk would otherwise be compared row by row in a scan
    private static final String SQL = "SELECT 'fiscalCode', k.v, min(p.id) FROM unnest(CAST(?1 AS varchar[])) AS k (v)"
            + " JOIN party p ON p.fiscal_code = k.v AND p.fiscal_code IS NOT NULL WHERE p.id <> ?4 GROUP BY k.v"
            + " UNION ALL SELECT 'vatNumber', k.v, min(p.id) FROM unnest(CAST(?2 AS varchar[])) AS k (v)"
            + " JOIN party p ON p.vat_number = k.v AND p.vat_number IS NOT NULL WHERE p.id <> ?4 GROUP BY k.v"
            + " UNION ALL SELECT 'mobile', k.v, min(c.party_id) FROM unnest(CAST(?3 AS varchar[])) AS k (v)"
            + " JOIN party_contact c ON c.search_key = k.v WHERE c.kind = 'MOBILE' AND c.party_id <> ?4 GROUP BY k.v";

    private final EntityManager em;

    private Duplicates(EntityManager em) {
        this.em = em;
    }

    static Duplicates of(EntityManager em) {
        return new Duplicates(em);
    }

    /**
     * Refuses a party that has another's codice fiscale, partita IVA or mobile; the other party is named only if
     * {@code visible} says the caller may see it.
     */
    void refuse(ValidParty party, Long self, LongPredicate visible) {
        find(party, self).ifPresent(d -> {
            throw new DuplicatePartyException(visible.test(d.existingId()) ? d.existingId() : null, d.field());
        });
    }

    Optional<Duplicate> find(ValidParty party, Long self) {
        return find(party.fiscalCode(), party.vatNumber(), party.mobiles(), self);
    }

    /** By canonical values (codice fiscale, partita IVA, mobiles in E.164); {@code self} is never its own duplicate. */
    Optional<Duplicate> find(String fiscalCode, String vatNumber, List<String> mobiles, Long self) {
        List<DuplicateKey> keys = DuplicateKey.of(fiscalCode, vatNumber, mobiles);
        Map<DuplicateKey, Long> existing = existing(keys, self);
        return DuplicateKey.first(keys, k -> existing.containsKey(k) ? new Duplicate(existing.get(k), k.field()) : null);
    }

    /** For each key that some party other than {@code self} has, the oldest such party: one statement for them all. */
    Map<DuplicateKey, Long> existing(Collection<DuplicateKey> keys, Long self) {
        Map<DuplicateKey, Long> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL)
                .setParameter(1, arrayLiteral(keys, DuplicateKey.FISCAL_CODE))
                .setParameter(2, arrayLiteral(keys, DuplicateKey.VAT_NUMBER))
                .setParameter(3, arrayLiteral(keys, DuplicateKey.MOBILE))
                .setParameter(4, self == null ? -1L : self)
                .getResultList();
        rows.forEach(r -> found.put(new DuplicateKey((String) r[0], (String) r[1]), ((Number) r[2]).longValue()));
        return found;
    }

    /** A PostgreSQL array literal of the keys of one field, every element quoted. */
    static String arrayLiteral(Collection<DuplicateKey> keys, String field) {
        return keys.stream().filter(k -> k.field().equals(field)).map(DuplicateKey::value).distinct()
                .map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }
}
