package it.callcenter.messaging;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a run of an automation did, in four counts. Kept on the automation as one text (its last result, which the API
 * answers as it is); the screens read the counts back from it ({@link #parse}) to tell them in the page's language.
 */
public record AutomationResult(long queued, long withoutAddress, long doNotCall, long withoutConsent) {

    private static final Pattern TEXT = Pattern.compile(
            "(\\d+) queued, (\\d+) without an address, (\\d+) on the do-not-call list, (\\d+) without consent");

    /** The text the automation keeps. */
    public String text() {
        return queued + " queued, " + withoutAddress + " without an address, " + doNotCall + " on the do-not-call list, "
                + withoutConsent + " without consent";
    }

    /** The counts of a kept text; empty for a text of another shape. */
    public static Optional<AutomationResult> parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new AutomationResult(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)), Long.parseLong(m.group(4))));
    }
}
