package it.callcenter.compliance;

/**
 * A number was put on the do-not-call list. Observed in the same transaction by the areas that keep numbers
 * waiting to be called (the queue closes them), so the list and the waiting entries change together.
 */
public record NumberBarred(String number) {
}
