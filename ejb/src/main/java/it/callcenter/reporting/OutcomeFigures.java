package it.callcenter.reporting;

/**
 * One outcome of a campaign's progress: the entries whose last outcome it is, and the attempts recorded with it in
 * the period, how many of them were contacts and successes.
 */
public record OutcomeFigures(String code, String label, long entries, long attempts, long contacts, long successes) implements java.io.Serializable {
}
