package it.callcenter.telephony;

import java.util.ArrayList;
import java.util.List;

/**
 * How an E.164 number becomes what the outbound context is asked to dial: ordered rules {@code prefix=replacement}
 * separated by {@code ;}, the first whose prefix the number starts with applies. The default {@code +39=;+=00} dials
 * Italian numbers in national form ({@code +393381234567} → {@code 3381234567}) and foreign ones with the
 * international prefix ({@code +441632960000} → {@code 00441632960000}); an outside-line digit goes in front,
 * e.g. {@code +39=0;+=000}. Only digits, {@code *} and {@code #} ever reach the PBX.
 */
public final class DialRules {

    public static final String DEFAULT = "+39=;+=00";

    private record Rule(String prefix, String replacement) {
    }

    private final List<Rule> rules;

    private DialRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static DialRules parse(String text) {
        String source = text == null || text.isBlank() ? DEFAULT : text;
        List<Rule> rules = new ArrayList<>();
        for (String part : source.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("A dial rule is prefix=replacement: " + part);
            }
            String prefix = part.substring(0, equals).strip();
            String replacement = part.substring(equals + 1).strip();
            if (!prefix.matches("\\+?[0-9]*") || !replacement.matches("[0-9*#]*")) {
                throw new IllegalArgumentException("A dial rule has digits only: " + part);
            }
            rules.add(new Rule(prefix, replacement));
        }
        return new DialRules(rules);
    }

    /** What to dial for the number; a number no rule matches is dialled as its digits. */
    public String dial(String e164) {
        String number = e164 == null ? "" : e164.strip();
        for (Rule rule : rules) {
            if (number.startsWith(rule.prefix())) {
                return digits(rule.replacement() + number.substring(rule.prefix().length()));
            }
        }
        return digits(number);
    }

    private static String digits(String text) {
        String dial = text.replaceAll("[^0-9*#]", "");
        if (dial.isEmpty()) {
            throw new IllegalArgumentException("Nothing to dial in " + text);
        }
        return dial;
    }
}
