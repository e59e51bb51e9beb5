package it.callcenter.campaign;

import it.callcenter.BusinessException;
import it.callcenter.audit.AuditFields;
import it.callcenter.registry.PartyType;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Who a fill looks for, as API.md "Criteria" fixes it, plus {@code customFields} (a registry custom field's code
 * to the value it must hold, case aside; all must match) and {@code notContactedSince} (no entry of the party in
 * any campaign was attempted on or after that day, Italian time); null or empty means no restriction.
 * {@code comuni} are ISTAT codes, {@code regions} region names, {@code provinces} abbreviations, {@code statuses}
 * party statuses. Each list is bounded ({@link #check}): what a person can pick on the wizard, with room to spare, and
 * no more, so a post cannot make the database compare each party with a list of a million values.
 */
public record FillCriteria(PartyType partyType, List<String> regions, List<String> provinces, List<String> comuni,
                           List<String> postalCodes, List<String> interests, Integer ageMin, Integer ageMax,
                           List<Long> notInCampaigns, List<String> statuses, Map<String, String> customFields,
                           LocalDate notContactedSince) implements Serializable {

    public static final int AGE_MAX = 120;
    /** The most values of a list criterion: far more regions, provinces, interests, statuses or campaigns than exist. */
    public static final int MAX_VALUES = 500;
    /** Every comune of Italy (7,904), so that all those of a region, or of several, can be picked one by one. */
    public static final int MAX_COMUNI = 8_000;
    /** Every postal code of Italy (4,678). */
    public static final int MAX_POSTAL_CODES = 5_000;

    public static FillCriteria none() {
        return new FillCriteria(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Refuses what cannot be meant: a list over its bound, an age outside 0..120, a range upside down, a day still to come. */
    public void check(LocalDate today) {
        bounded("regions", regions, MAX_VALUES);
        bounded("provinces", provinces, MAX_VALUES);
        bounded("comuni", comuni, MAX_COMUNI);
        bounded("postalCodes", postalCodes, MAX_POSTAL_CODES);
        bounded("interests", interests, MAX_VALUES);
        bounded("notInCampaigns", notInCampaigns, MAX_VALUES);
        bounded("statuses", statuses, MAX_VALUES);
        bounded("customFields", customFields == null ? null : customFields.keySet(), MAX_VALUES);
        if (outOfRange(ageMin)) {
            throw new BusinessException("ageMin", "FILL_AGE_OUT_OF_RANGE", 0, AGE_MAX);
        }
        if (outOfRange(ageMax)) {
            throw new BusinessException("ageMax", "FILL_AGE_OUT_OF_RANGE", 0, AGE_MAX);
        }
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            throw new BusinessException("ageMax", "FILL_AGE_RANGE", ageMin, ageMax);
        }
        if (notContactedSince != null && notContactedSince.isAfter(today)) {
            throw new BusinessException("notContactedSince", "FILL_DATE_IN_FUTURE");
        }
    }

    /**
     * The criteria as audit items, only those given; a custom field by its code alone (its value could be personal
     * data).
     */
    public List<String> auditFields() {
        List<String> fields = new ArrayList<>();
        if (partyType != null) {
            fields.add(AuditFields.of("partyType", partyType));
        }
        listed(fields, "regions", regions);
        listed(fields, "provinces", provinces);
        listed(fields, "comuni", comuni);
        listed(fields, "postalCodes", postalCodes);
        listed(fields, "interests", interests);
        if (ageMin != null) {
            fields.add(AuditFields.of("ageMin", ageMin));
        }
        if (ageMax != null) {
            fields.add(AuditFields.of("ageMax", ageMax));
        }
        listed(fields, "notInCampaigns", notInCampaigns);
        listed(fields, "statuses", statuses);
        if (customFields != null && !customFields.isEmpty()) {
            fields.add(AuditFields.of("customFields", new TreeSet<>(customFields.keySet())));
        }
        if (notContactedSince != null) {
            fields.add(AuditFields.of("notContactedSince", notContactedSince));
        }
        return fields;
    }

    private static void listed(List<String> fields, String name, List<?> values) {
        if (values != null && !values.isEmpty()) {
            fields.add(AuditFields.of(name, values));
        }
    }

    private static void bounded(String field, Collection<?> values, int max) {
        if (values != null && values.size() > max) {
            throw new BusinessException(field, "FILL_TOO_MANY_VALUES", max);
        }
    }

    private static boolean outOfRange(Integer age) {
        return age != null && (age < 0 || age > AGE_MAX);
    }
}
