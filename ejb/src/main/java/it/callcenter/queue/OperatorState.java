package it.callcenter.queue;

/** What an operator is doing, as the supervisor's board shows it. */
public enum OperatorState {
    LOGGED_OUT, IDLE, HOLDING, IN_CALL, PAUSED
}
