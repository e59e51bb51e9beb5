package it.callcenter.queue;

/** Why an operator pauses (API.md {@code POST /operators/me/pause}); shown on the supervisor's board. */
public enum PauseReason {
    BREAK, LUNCH, TRAINING, MEETING, BACK_OFFICE, TECHNICAL, OTHER
}
