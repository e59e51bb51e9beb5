package it.callcenter.campaign;

/** What an outcome does to its entry: closes it, sends it back to be called later, or books a callback. */
public enum OutcomeKind {
    FINAL, RETRY, CALLBACK
}
