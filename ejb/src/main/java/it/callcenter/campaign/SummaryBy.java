package it.callcenter.campaign;

/**
 * How a campaign's summary groups its names (API.md {@code ?by=}): the party's comune, postal code, province or zone
 * (ISTAT's geographic zone: Nord-ovest, Nord-est, Centro, Sud, Isole). Each is a fixed SQL key and label over
 * {@code party p LEFT JOIN comune c}, never user input.
 */
public enum SummaryBy {
    COMUNE("comune", "p.comune_istat", "max(c.name || ' (' || c.province_abbr || ')')"),
    POSTAL_CODE("postalCode", "p.postal_code", "p.postal_code"),
    PROVINCE("province", "c.province_abbr", "max(c.province_name)"),
    ZONE("zone", "c.zone_name", "c.zone_name");

    private final String parameter;
    final String key;
    final String label;

    SummaryBy(String parameter, String key, String label) {
        this.parameter = parameter;
        this.key = key;
        this.label = label;
    }

    /** The value of {@code ?by=}. */
    public String parameter() {
        return parameter;
    }

    public static SummaryBy of(String parameter) {
        for (SummaryBy by : values()) {
            if (by.parameter.equalsIgnoreCase(parameter == null ? "" : parameter.strip()) || by.name().equalsIgnoreCase(parameter)) {
                return by;
            }
        }
        throw new it.callcenter.BusinessException("by", "SUMMARY_BY_INVALID");
    }
}
