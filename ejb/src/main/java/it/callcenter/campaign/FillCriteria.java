package it.callcenter.campaign;

import it.callcenter.BusinessException;
import it.callcenter.audit.AuditFields;
import it.callcenter.registry.PartyType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Who a fill looks for, as API.md "Criteria" fixes it, plus {@code customFields} (a registry custom field's code
 * to the value it must hold, case aside; all must match) and {@code notContactedSince} (no entry of the party in
 * any campaign was attempted on or after that day, Italian time); null or empty means no restriction.
 * {@code comuni} are ISTAT codes, {@code regions} region names, {@code provinces} abbreviations, {@code statuses}
 * party statuses.
 */
public record FillCriteria(PartyType partyType, List<String> regions, List<String> provinces, List<String> comuni,
                           List<String> postalCodes, List<String> interests, Integer ageMin, Integer ageMax,
                           List<Long> notInCampaigns, List<String> statuses, Map<String, String> customFields,
                           LocalDate notContactedSince) {

    public static final int AGE_MAX = 120;

    public static FillCriteria none() {
        return new FillCriteria(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Refuses what cannot be meant: an age outside 0..120, a range upside down, a day still to come. */
    void check(LocalDate today) {
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

    private static boolean outOfRange(Integer age) {
        return age != null && (age < 0 || age > AGE_MAX);
    }
}
