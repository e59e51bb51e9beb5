package it.callcenter.compliance;

/**
 * The one rule of whether a party's number may be called for a campaign, as SQL that both the fill (judging a
 * region at once) and dispatch (judging the next entry, at the moment it is given out) put in their own statements:
 * not on the do-not-call list (internal, or opposed in the Registro Pubblico delle Opposizioni), the campaign's
 * required consent given, and — when the campaign asks for it — an RPO answer "not opposed" of the last
 * {@link #RPO_VALID_DAYS} days. The calling windows are the other half of the rule ({@link CallWindows}), decided
 * in Java from the clock before the statement runs.
 *
 * <p>The SQL is text over aliases the caller names; it has no parameters, and the only names written into it are
 * the caller's aliases and {@link RequiredConsent#column()}, never user input.
 */
public final class CallPermission {

    public static final int RPO_VALID_DAYS = 15;

    /** Why a number may not be called; {@code null} in SQL when it may. */
    public enum Refusal {
        DNC, NO_CONSENT, NO_RPO
    }

    private final RequiredConsent consent;
    private final boolean requiresRpoCheck;

    public CallPermission(RequiredConsent consent, boolean requiresRpoCheck) {
        this.consent = consent;
        this.requiresRpoCheck = requiresRpoCheck;
    }

    /**
     * The join that finds a fresh "not opposed" RPO answer for the number, aliased {@code rpoAlias}; empty when the
     * campaign does not ask for one. A join rather than a probe a row: the fill judges hundreds of thousands of
     * parties at once (BENCHMARKS.md, issue 5).
     */
    public String freshRpoJoin(String phone, String rpoAlias) {
        return requiresRpoCheck ? " LEFT JOIN rpo_check " + rpoAlias + " ON " + rpoAlias + ".number = " + phone
                + " AND NOT " + rpoAlias + ".opposed AND " + rpoAlias + ".checked_on >= current_date - " + RPO_VALID_DAYS : "";
    }

    /**
     * The WHEN branches of a CASE naming the first {@link Refusal} for the number {@code phone} of the party aliased
     * {@code party}, with {@link #freshRpoJoin} joined as {@code rpoAlias}; the caller closes the CASE.
     */
    public String refusalBranches(String phone, String party, String rpoAlias) {
        String consented = consent == null ? "true" : party + "." + consent.column();
        String rpoMissing = requiresRpoCheck ? rpoAlias + ".number IS NULL" : "false";
        return " WHEN " + onDoNotCall(phone) + " THEN '" + Refusal.DNC + "'"
                + " WHEN NOT " + consented + " THEN '" + Refusal.NO_CONSENT + "'"
                + " WHEN " + rpoMissing + " THEN '" + Refusal.NO_RPO + "'";
    }

    /** A condition true when the number may be called now (the calling window aside). */
    public String callable(String phone, String party, String rpoAlias) {
        return "(CASE" + refusalBranches(phone, party, rpoAlias) + " END) IS NULL";
    }

    /** True when the number is on the do-not-call list or opposed in the register, whatever the campaign. */
    public static String onDoNotCall(String phone) {
        return "(EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = " + phone + ")"
                + " OR EXISTS (SELECT 1 FROM rpo_check o WHERE o.number = " + phone + " AND o.opposed))";
    }
}
