package it.callcenter.queue;

/** Why "next customer" gave nothing: the {@code X-Queue-Reason} of API.md's 204. */
public enum QueueReason {
    /** No assigned active campaign has an entry due that may be called now. */
    NOTHING_DUE,
    /** Assigned active campaigns exist, but none may call at this hour or day. */
    OUTSIDE_CALL_WINDOW,
    /** The operator is on a pause (issue of the operators' register). */
    PAUSED
}
