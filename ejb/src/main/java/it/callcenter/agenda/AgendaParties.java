package it.callcenter.agenda;

import it.callcenter.NotFoundException;
import it.callcenter.platform.Rows;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * What the agenda reads of a party and of a user: that they exist, the party's name and its address as a place to
 * meet ("Via Roma 1, 20121 Milano (MI)"). Who may see the party is the caller's business (the API and the card
 * check it): a booking made by an outcome is for the entry the queue gave the operator.
 */
final class AgendaParties {

    private final EntityManager em;

    AgendaParties(EntityManager em) {
        this.em = em;
    }

    /** The party's name; NOT_FOUND when there is no such party. */
    String name(long partyId) {
        List<Object[]> rows = Rows.of(em.createNativeQuery("SELECT display_name FROM party WHERE id = ?1").setParameter(1, partyId));
        if (rows.isEmpty()) {
            throw new NotFoundException("party " + partyId);
        }
        return (String) rows.get(0)[0];
    }

    /** The party's address on one line, when it has a street or a comune. */
    Optional<String> address(long partyId) {
        List<Object[]> rows = Rows.of(em.createNativeQuery("SELECT p.street, p.postal_code, c.name, c.province_abbr"
                + " FROM party p LEFT JOIN comune c ON c.istat_code = p.comune_istat WHERE p.id = ?1").setParameter(1, partyId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.ofNullable(place((String) r[0], (String) r[1], (String) r[2], (String) r[3]));
    }

    static String place(String street, String postalCode, String comune, String provinceAbbr) {
        StringBuilder town = new StringBuilder();
        if (postalCode != null && !postalCode.isBlank()) {
            town.append(postalCode.strip()).append(' ');
        }
        if (comune != null) {
            town.append(comune);
            if (provinceAbbr != null) {
                town.append(" (").append(provinceAbbr.strip()).append(')');
            }
        }
        String where = town.toString().strip();
        boolean hasStreet = street != null && !street.isBlank();
        if (!hasStreet && comune == null) {
            return null;
        }
        return hasStreet ? (where.isEmpty() ? street.strip() : street.strip() + ", " + where) : where;
    }

    /** Whether the user exists and may sign in. */
    boolean isEnabledUser(String username) {
        return !Rows.of(em.createNativeQuery("SELECT 1 FROM app_user WHERE username = ?1 AND enabled")
                .setParameter(1, username)).isEmpty();
    }
}
