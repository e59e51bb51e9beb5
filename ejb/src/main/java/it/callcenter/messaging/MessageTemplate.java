package it.callcenter.messaging;

import it.callcenter.BusinessException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's text with placeholders between braces ({@link Placeholder}). Parsed when it is saved: a name that is no
 * placeholder is refused ({@code TEMPLATE_UNKNOWN_PLACEHOLDER}), as is an appointment's outside the reminder; braces
 * around anything else than letters and underscores are plain text. Rendering puts each value in and closes the gap an
 * empty value leaves.
 */
public final class MessageTemplate {

    public static final int MAX_LENGTH = 4000;
    private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z_]+)}");

    private final String text;
    private final List<Object> parts;

    private MessageTemplate(String text, List<Object> parts) {
        this.text = text;
        this.parts = parts;
    }

    /**
     * @param field            the field a refusal names ({@code template}, {@code subject})
     * @param appointmentAllowed whether the appointment's placeholders may be used (the reminder)
     */
    public static MessageTemplate parse(String text, String field, boolean appointmentAllowed) {
        if (text == null || text.isBlank()) {
            throw new BusinessException(field, "REQUIRED");
        }
        if (text.length() > MAX_LENGTH) {
            throw new BusinessException(field, "TOO_LONG", MAX_LENGTH);
        }
        List<Object> parts = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        int from = 0;
        while (token.find()) {
            String name = token.group(1);
            Placeholder placeholder = Placeholder.named(name)
                    .orElseThrow(() -> new BusinessException(field, "TEMPLATE_UNKNOWN_PLACEHOLDER", "{" + name + "}"));
            if (placeholder.ofAppointment() && !appointmentAllowed) {
                throw new BusinessException(field, "TEMPLATE_PLACEHOLDER_NOT_HERE", "{" + name + "}");
            }
            if (token.start() > from) {
                parts.add(text.substring(from, token.start()));
            }
            parts.add(placeholder);
            from = token.end();
        }
        if (from < text.length()) {
            parts.add(text.substring(from));
        }
        return new MessageTemplate(text, List.copyOf(parts));
    }

    public String text() {
        return text;
    }

    /** The text with every placeholder given its value (a missing value is empty). */
    public String render(Map<Placeholder, String> values) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        boolean emptied = false;
        for (Object part : parts) {
            if (part instanceof Placeholder placeholder) {
                String value = values.get(placeholder);
                emptied |= value == null || value.isBlank();
                out.append(value == null ? "" : value.strip());
            } else {
                out.append((String) part);
            }
        }
        String rendered = out.toString();
        return emptied ? rendered.replaceAll(" {2,}", " ").replaceAll(" +([,.!?;:])", "$1") : rendered;
    }

    /** The text without its placeholders: what every message of the template has in common. */
    public String fixedText() {
        StringBuilder out = new StringBuilder();
        parts.stream().filter(String.class::isInstance).forEach(p -> out.append((String) p));
        return out.toString();
    }

    /** How many times each placeholder occurs. */
    public Map<Placeholder, Integer> occurrences() {
        Map<Placeholder, Integer> counts = new EnumMap<>(Placeholder.class);
        parts.stream().filter(Placeholder.class::isInstance)
                .forEach(p -> counts.merge((Placeholder) p, 1, Integer::sum));
        return counts;
    }
}
