package it.callcenter.platform;

import java.io.Serializable;
import java.time.Instant;

/** An in-app message for one user, e.g. "you are now an owner of Rossi Mario". */
public record Notification(long id, String messageKey, String argument, Long partyId, Instant createdAt) implements Serializable {

    public String getMessageKey() {
        return messageKey;
    }

    public String getArgument() {
        return argument;
    }

    public Long getPartyId() {
        return partyId;
    }
}
