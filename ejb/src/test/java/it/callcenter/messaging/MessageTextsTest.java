package it.callcenter.messaging;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessageTextsTest {

    @Test
    void theItalianOptOutStaysItalianOnAServerWhoseDefaultLocaleIsEnglish() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            assertEquals("Rispondi STOP per non ricevere altri SMS", MessageTexts.text(Language.it, "sms.optOut"));
            assertEquals("Reply STOP to receive no more SMS", MessageTexts.text(Language.en, "sms.optOut"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
