package it.callcenter.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Italian and English say the same things: every key in both, and Italian is what an Italian user gets. */
class BundlesTest {

    @Test
    void italianAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_en.properties"));
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            try (InputStream in = BundlesTest.class.getResourceAsStream("/it/callcenter/web/i18n/" + file)) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                    if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                        String key = line.substring(0, line.indexOf('=')).strip();
                        assertTrue(seen.add(key), file + " defines " + key + " twice: the second silently wins");
                    }
                }
            }
        }
    }

    @Test
    void italianIsTheDefaultWhateverTheMachineLocale() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Esci", Messages.text(Locale.ITALIAN, "menu.logout"));
            assertEquals("Log out", Messages.text(Locale.ENGLISH, "menu.logout"));
            assertEquals("La password deve avere almeno 10 caratteri.", Messages.text(Locale.ITALIAN, "error.PASSWORD_TOO_SHORT", 10));
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void aThrottledSignInSaysHowLongToWaitInSecondsOrMinutes() {
        assertEquals("Troppi tentativi di accesso non riusciti: riprova tra 15 secondi.",
                Messages.of(new it.callcenter.security.TooManySignInsException(15), Locale.ITALIAN));
        assertEquals("Troppi tentativi di accesso non riusciti: riprova tra un secondo.",
                Messages.of(new it.callcenter.security.TooManySignInsException(1), Locale.ITALIAN));
        assertEquals("Too many failed sign-in attempts: try again in 15 minutes.",
                Messages.of(new it.callcenter.security.TooManySignInsException(900), Locale.ENGLISH));
        assertEquals("Too many failed sign-in attempts: try again in 2 minutes.",
                Messages.of(new it.callcenter.security.TooManySignInsException(120), Locale.ENGLISH));
    }

    @Test
    void italianBundleIsEmptyApartFromTheDefault() throws IOException {
        assertTrue(keys("messages_it.properties").isEmpty(), "Italian lives in messages.properties only");
    }

    @Test
    void apostrophesFollowHowEachKeyIsShown() throws IOException {
        java.util.Set<String> shownAsIs = new java.util.HashSet<>();
        try (var pages = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/webapp"))) {
            for (var page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String source = java.nio.file.Files.readString(page);
                // an h:outputFormat without f:param is written as it is: MessageFormat does not run
                var bare = java.util.regex.Pattern.compile("<h:outputFormat value=\"#\\{msg\\['([a-zA-Z.]+)'\\]}\"[^>]*/>").matcher(source);
                while (bare.find()) {
                    shownAsIs.add(bare.group(1));
                }
                String text = source.replaceAll("outputFormat value=\"#\\{msg\\['[a-zA-Z.]+'\\]}\"", "");
                var matcher = java.util.regex.Pattern.compile("msg\\['([a-zA-Z.]+)'\\]").matcher(text);
                while (matcher.find()) {
                    shownAsIs.add(matcher.group(1));
                }
            }
        }
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                if (shownAsIs.contains(key)) {
                    assertTrue(!value.contains("''"), file + " " + key + " is shown as it is: write ' once");
                } else {
                    assertTrue(!value.replace("''", "").contains("'"), file + " " + key + " goes through MessageFormat: write ''");
                }
            }
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/it/callcenter/web/i18n/" + file)) {
            properties.load(in);
        }
        return properties;
    }

    private static TreeSet<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/it/callcenter/web/i18n/" + file)) {
            properties.load(in);
        }
        TreeSet<String> keys = new TreeSet<>();
        properties.stringPropertyNames().forEach(keys::add);
        return keys;
    }
}
