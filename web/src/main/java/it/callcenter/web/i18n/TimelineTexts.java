package it.callcenter.web.i18n;

import it.callcenter.compliance.CallWindows;
import it.callcenter.registry.TimelineEvent;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A timeline event worded in the reader's language from {@code timeline.<key>}, for the card and the API alike.
 * The areas hand plain values; here they become what a reader expects: an instant (ISO-8601, UTC) as
 * {@code dd/MM/yyyy HH:mm} in Italian time, a day as {@code dd/MM/yyyy}, an amount ({@code 1234.50}) with the
 * language's separators; a consent or a status code as its label.
 */
public final class TimelineTexts {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,10}\\.\\d{2}");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(CallWindows.ITALY);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TimelineTexts() {
    }

    public static String text(TimelineEvent event, Locale locale) {
        List<String> arguments = new ArrayList<>(event.arguments());
        String key = event.textKey();
        switch (key) {
            case "consentGranted", "consentWithdrawn" -> {
                label(arguments, 0, "registry.consent.", locale);
                label(arguments, 1, "registry.source.", locale);
            }
            case "message", "messageFailed", "messageAutomation", "messageAutomationFailed" -> {
                label(arguments, 0, "messages.channel.", locale);
                if (key.startsWith("messageAutomation")) {
                    label(arguments, 1, "messages.automation.", locale);
                }
                label(arguments, 2, "messages.state.", locale);
            }
            case "optOutStop" -> arguments.set(1, consents(arguments.get(1), locale));
            case "statusChanged" -> {
                if (arguments.get(0) == null || arguments.get(0).isBlank()) {
                    key = "statusSet";
                }
                label(arguments, 0, "registry.status.", locale);
                label(arguments, 1, "registry.status.", locale);
            }
            default -> {
            }
        }
        Object[] shown = arguments.stream().map(a -> value(a, locale)).toArray();
        return Messages.text(locale, "timeline." + key, shown);
    }

    /** An argument as the reader reads it: a moment, a day or an amount in their form, anything else as it is. */
    static Object value(String argument, Locale locale) {
        if (argument == null) {
            return "";
        }
        if (INSTANT.matcher(argument).matches()) {
            return DATE_TIME.format(Instant.parse(argument));
        }
        if (DAY.matcher(argument).matches()) {
            return DATE.format(LocalDate.parse(argument));
        }
        if (AMOUNT.matcher(argument).matches()) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(new BigDecimal(argument));
        }
        return argument;
    }

    /** A list of consents ({@code PROMOTIONS,BIRTHDAY}) as their labels; {@code -} for none. */
    private static String consents(String codes, Locale locale) {
        if (codes == null || codes.isBlank() || codes.equals("-")) {
            return Messages.text(locale, "messages.optOut.nothing");
        }
        List<String> labels = new ArrayList<>();
        for (String code : codes.split(",")) {
            labels.add(Messages.text(locale, "registry.consent." + code.strip()));
        }
        return String.join(", ", labels);
    }

    private static void label(List<String> arguments, int index, String prefix, Locale locale) {
        if (arguments.size() > index && arguments.get(index) != null && !arguments.get(index).isBlank()) {
            String key = prefix + arguments.get(index);
            String label = Messages.text(locale, key);
            if (!label.equals(key)) {
                arguments.set(index, label);
            }
        }
    }
}
