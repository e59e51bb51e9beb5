package it.callcenter.messaging;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MessageTemplateTest {

    @Test
    void placeholdersInItalianOrEnglishAreFilledIn() {
        MessageTemplate template = MessageTemplate.parse("Ciao {nome} {COGNOME}! Dear {first_name} ({full_name})",
                "template", false);

        assertEquals("Ciao Mario Rossi! Dear Mario (Mario Rossi)", template.render(Map.of(Placeholder.FIRST_NAME, "Mario",
                Placeholder.LAST_NAME, "Rossi", Placeholder.FULL_NAME, "Mario Rossi")));
        assertEquals(Map.of(Placeholder.FIRST_NAME, 2, Placeholder.LAST_NAME, 1, Placeholder.FULL_NAME, 1),
                template.occurrences());
        assertEquals("Ciao  ! Dear  ()", template.fixedText());
    }

    @Test
    void anUnknownPlaceholderIsRefusedWithItsName() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> MessageTemplate.parse("Ciao {nome}, il tuo {codice}", "template", false));

        assertEquals("TEMPLATE_UNKNOWN_PLACEHOLDER", refused.code());
        assertEquals("template", refused.field());
        assertEquals(List.of("{codice}"), List.of(refused.arguments()));
    }

    @Test
    void theAppointmentsPlaceholdersBelongToTheReminderOnly() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> MessageTemplate.parse("A domani {data_appuntamento}", "template", false));
        assertEquals("TEMPLATE_PLACEHOLDER_NOT_HERE", refused.code());

        MessageTemplate reminder = MessageTemplate.parse("A {data_appuntamento} alle {ora_appuntamento}, {appointment_place}",
                "template", true);
        assertEquals("A giovedì 12 marzo alle 10:30, Via Roma 1", reminder.render(Map.of(Placeholder.APPOINTMENT_DATE,
                "giovedì 12 marzo", Placeholder.APPOINTMENT_TIME, "10:30", Placeholder.APPOINTMENT_PLACE, "Via Roma 1")));
    }

    @Test
    void bracesAroundAnythingElseArePlainTextAndAnEmptyValueLeavesNoGap() {
        MessageTemplate template = MessageTemplate.parse("Gentile {nome} {cognome}, sconto {10%}!", "template", false);

        assertEquals("Gentile ACME Srl, sconto {10%}!", template.render(Map.of(Placeholder.FIRST_NAME, "ACME Srl")));
        assertEquals("REQUIRED", assertThrows(BusinessException.class, () -> MessageTemplate.parse(" ", "template", false))
                .code());
    }

    @Test
    void aTemplateRenderedWithAnAccentOutsideTheAlphabetCountsUcs2Segments() {
        MessageTemplate template = MessageTemplate.parse("Ciao {nome}, è arrivata la promo di primavera: sconti"
                + " fino al 30% su tutta la collezione.", "template", true);

        SmsText plain = SmsText.of(MessageTexts.smsBody(template, Map.of(Placeholder.FIRST_NAME, "Mario"),
                Purpose.PROMOTIONS, Language.it));
        SmsText accented = SmsText.of(MessageTexts.smsBody(template, Map.of(Placeholder.FIRST_NAME, "Nicolò È"),
                Purpose.PROMOTIONS, Language.it));

        assertEquals(SmsText.Encoding.GSM7, plain.encoding());
        assertEquals(1, plain.segments());
        assertEquals(SmsText.Encoding.UCS2, accented.encoding());
        assertEquals(2, accented.segments());
        assertEquals(SmsText.Encoding.GSM7, SmsText.of(MessageTexts.smsBody(template, Map.of(Placeholder.FIRST_NAME,
                "Nicolò"), Purpose.PROMOTIONS, Language.it)).encoding());
    }
}
