package it.callcenter.registry.leads;

/**
 * What became of a lead. The public answer is the same for all three (a bot must not learn it was spotted,
 * and nobody may probe whether a mobile is already a customer); the outcome is for the log and the tests.
 */
public record LeadReceipt(Outcome outcome, Long partyId) {

    public enum Outcome { CREATED, DUPLICATE, DISCARDED }
}
