package it.callcenter.compliance;

/** The consent a campaign needs from every party it calls, with the party column that records it. */
public enum RequiredConsent {
    MARKETING("consent_marketing"), THIRD_PARTIES("consent_third_parties"), PROFILING("consent_profiling");

    private final String column;

    RequiredConsent(String column) {
        this.column = column;
    }

    /** A fixed column name, never user input: safe to write into SQL text. */
    public String column() {
        return column;
    }
}
