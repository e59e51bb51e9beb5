package it.callcenter.reports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The templates print no word of their own: every $R{…} they use is in the Italian and the English bundle. */
class TemplateLabelsTest {

    static final String[] TEMPLATES = {"campaign-progress", "operator-productivity", "contracts", "appointments",
            "party-card", "privacy-form"};
    private static final Pattern LABEL = Pattern.compile("\\$R\\{([^}]+)}");

    @Test
    void everyLabelOfEveryTemplateIsInBothBundles() throws IOException {
        ResourceBundle italian = Bundles.of(Locale.ITALIAN);
        ResourceBundle english = Bundles.of(Locale.ENGLISH);
        Set<String> missing = new TreeSet<>();
        for (String template : TEMPLATES) {
            Set<String> labels = labels(template);
            assertFalse(labels.isEmpty(), template);
            for (String key : labels) {
                if (!italian.containsKey(key)) {
                    missing.add(template + ": " + key + " (it)");
                }
                if (!english.containsKey(key)) {
                    missing.add(template + ": " + key + " (en)");
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void theTemplatesAreCompiledIntoTheJar() {
        for (String template : TEMPLATES) {
            assertNotNull(TemplateLabelsTest.class.getResource("/it/callcenter/reports/" + template + ".jasper"), template);
        }
    }

    @Test
    void noTemplateHoldsAStaticText() throws IOException {
        for (String template : TEMPLATES) {
            assertFalse(source(template).contains("kind=\"staticText\""), template + ": words come from the bundle");
        }
    }

    static Set<String> labels(String template) throws IOException {
        Set<String> labels = new TreeSet<>();
        Matcher matcher = LABEL.matcher(source(template));
        while (matcher.find()) {
            labels.add(matcher.group(1));
        }
        return labels;
    }

    private static String source(String template) throws IOException {
        try (InputStream in = TemplateLabelsTest.class.getResourceAsStream("/it/callcenter/reports/" + template + ".jrxml")) {
            assertTrue(in != null, template);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
