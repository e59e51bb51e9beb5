package it.callcenter.messaging;

import java.util.function.Function;

/**
 * The mailbox the e-mails' delivery reports come back to (the port; {@code messaging.mail} has its adapter): each
 * readable report is handed to {@code apply} and removed from the mailbox once applied, one that must wait stays,
 * one that cannot be read stays (logged once) for a person to look at.
 */
public interface BounceMailbox {

    /** Whether a bounce mailbox is configured at all. */
    boolean configured();

    /** Reads the reports waiting; answers a short summary for the job's row. */
    String drain(Function<Bounce, Bounce.Outcome> apply);
}
