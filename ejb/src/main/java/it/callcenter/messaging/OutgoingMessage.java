package it.callcenter.messaging;

import java.util.EnumMap;
import java.util.Map;

/**
 * A message a sender took, with what it needs to be written: its template, subject and language (its campaign's or
 * its automation's) and the party's values, or the body and subject written when it was made (a reminder).
 */
public record OutgoingMessage(long id, long partyId, Channel channel, Purpose purpose, String address, int attempts,
                       String body, String subject, String template, String subjectTemplate, Language language,
                       String firstName, String lastName, String companyName, String displayName) {

    Map<Placeholder, String> values() {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.FIRST_NAME, firstName != null ? firstName : companyName);
        values.put(Placeholder.LAST_NAME, lastName);
        values.put(Placeholder.FULL_NAME, displayName);
        return values;
    }
}
