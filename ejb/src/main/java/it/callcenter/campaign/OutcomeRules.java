package it.callcenter.campaign;

/** What an administrator (defaults) or a supervisor (a campaign's copy) sets on an outcome. */
public record OutcomeRules(String labelIt, String labelEn, OutcomeKind kind, int retryDelayMinutes,
                           boolean countsAsContact, boolean countsAsSuccess, String shortcut, int position,
                           boolean active) {
}
