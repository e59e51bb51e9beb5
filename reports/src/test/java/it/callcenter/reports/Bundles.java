package it.callcenter.reports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/** The web module's bundles, read from its sources (the reports jar does not depend on the WAR). */
final class Bundles {

    private Bundles() {
    }

    static Path folder() {
        return Path.of(System.getProperty("callcenter.web.bundles", "../web/src/main/resources/it/callcenter/web/i18n"));
    }

    static ResourceBundle of(Locale locale) {
        String file = "en".equals(locale.getLanguage()) ? "messages_en.properties" : "messages.properties";
        try (Reader in = Files.newBufferedReader(folder().resolve(file), StandardCharsets.UTF_8)) {
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
