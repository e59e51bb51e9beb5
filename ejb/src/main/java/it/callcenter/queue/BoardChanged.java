package it.callcenter.queue;

/**
 * Something on the supervisor's board changed (an operator's state, an outcome recorded). Fired as a CDI event;
 * observers that push to browsers observe it after the transaction succeeded, so the board never shows what was
 * rolled back.
 */
public record BoardChanged(String username, OperatorState state, Long campaignId, String outcome) {
}
