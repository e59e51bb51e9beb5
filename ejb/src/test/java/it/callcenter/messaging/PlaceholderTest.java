package it.callcenter.messaging;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlaceholderTest {

    @Test
    void aTokenIsWrittenInThePagesLanguageItalianByDefault() {
        assertEquals("{nome}", Placeholder.FIRST_NAME.token(Locale.ITALIAN));
        assertEquals("{first_name}", Placeholder.FIRST_NAME.token(Locale.ENGLISH));
        assertEquals("{nome}", Placeholder.FIRST_NAME.token(null));
    }
}
