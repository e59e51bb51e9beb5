package it.callcenter.registry;

import java.time.Instant;

/**
 * When and how the consents a save changes were given or withdrawn, as the source of the data states it (GDPR: the
 * proof of the consent): {@code givenAt} the moment the source gives (null: the moment of the save), {@code detail}
 * how it was given in the source's words ("modulo web 2019"), {@code reference} where the record came from (the
 * imported file). Screens and the API state nothing: their changes happen when they are saved.
 */
public record ConsentEvidence(Instant givenAt, String detail, String reference) {

    public static final int DETAIL_MAX = 500;
    public static final int REFERENCE_MAX = 300;

    /** Nothing stated: the change is dated when it is saved. */
    public static final ConsentEvidence NONE = new ConsentEvidence(null, null, null);

    public ConsentEvidence {
        detail = cut(detail, DETAIL_MAX);
        reference = cut(reference, REFERENCE_MAX);
    }

    Instant at(Instant saved) {
        return givenAt == null ? saved : givenAt;
    }

    private static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
