package it.callcenter.web.i18n;

import it.callcenter.registry.TimelineEvent;
import it.callcenter.registry.TimelineEvent.Kind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Timeline events worded in each language, their values in the reader's form. */
class TimelineTextsTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void momentsAreItalianTimeDaysAndAmountsInTheReadersForm() {
        assertEquals("10/03/2026 10:30", TimelineTexts.value("2026-03-10T09:30:00Z", Locale.ITALIAN));
        assertEquals("10/07/2026 11:30", TimelineTexts.value("2026-07-10T09:30:00.123456Z", Locale.ENGLISH), "summer time");
        assertEquals("01/04/2026", TimelineTexts.value("2026-04-01", Locale.ENGLISH));
        assertEquals("1.234,50", TimelineTexts.value("1234.50", Locale.ITALIAN));
        assertEquals("1,234.50", TimelineTexts.value("1234.50", Locale.ENGLISH));
        assertEquals("Fotovoltaico 3 kW", TimelineTexts.value("Fotovoltaico 3 kW", Locale.ITALIAN));
        assertEquals("+393331234567", TimelineTexts.value("+393331234567", Locale.ITALIAN));
    }

    @Test
    void aContractInBothLanguages() {
        TimelineEvent contract = event(Kind.CONTRACT, "contractOpened", "Fibra 1 Gbit", "1200.00", "2026-04-01");
        assertEquals("Contratto «Fibra 1 Gbit» di 1.200,00 € con decorrenza 01/04/2026", TimelineTexts.text(contract, Locale.ITALIAN));
        assertEquals("Contract \"Fibra 1 Gbit\" worth €1,200.00 starting 01/04/2026", TimelineTexts.text(contract, Locale.ENGLISH));
    }

    @Test
    void anOutcomeTakesTheLabelOfTheReadersLanguage() {
        TimelineEvent outcome = event(Kind.OUTCOME, "outcomeCallbackNote", "Da richiamare", "Call back",
                "2026-03-03T16:00:00Z", "dopo cena");
        assertEquals("Esito: Da richiamare, da richiamare il 03/03/2026 17:00. Nota: dopo cena",
                TimelineTexts.text(outcome, Locale.ITALIAN));
        assertEquals("Outcome: Call back, call back on 03/03/2026 17:00. Note: dopo cena", TimelineTexts.text(outcome, Locale.ENGLISH));
    }

    @Test
    void consentsAndStatusesShowTheirLabels() {
        assertEquals("Consenso dato: Marketing (origine API)",
                TimelineTexts.text(event(Kind.CONSENT, "consentGranted", "MARKETING", "API"), Locale.ITALIAN));
        assertEquals("Consent withdrawn: Transfer to third parties (source Card)",
                TimelineTexts.text(event(Kind.CONSENT, "consentWithdrawn", "THIRD_PARTIES", "SCREEN"), Locale.ENGLISH));
        assertEquals("Stato cambiato da Nuovo a Cliente",
                TimelineTexts.text(event(Kind.STATUS, "statusChanged", "NEW", "CUSTOMER"), Locale.ITALIAN));
        assertEquals("Stato: Nuovo", TimelineTexts.text(event(Kind.STATUS, "statusChanged", "", "NEW"), Locale.ITALIAN));
    }

    @Test
    void messagesShowTheirChannelAutomationStateAndTheConsentsAStopWithdrew() {
        assertEquals("SMS \u00abPromo di marzo\u00bb a +393331234567: consegnato", TimelineTexts.text(event(Kind.MESSAGE, "message",
                "SMS", "Promo di marzo", "DELIVERED", "+393331234567", ""), Locale.ITALIAN));
        assertEquals("E-mail \"Birthday wishes\" to anna@example.com: failed (SMTP 550 no such user)",
                TimelineTexts.text(event(Kind.MESSAGE, "messageAutomationFailed", "EMAIL", "BIRTHDAY", "FAILED",
                        "anna@example.com", "SMTP 550 no such user"), Locale.ENGLISH));
        assertEquals("Risposta STOP dal +393331234567: consensi revocati: Promozioni, Auguri di compleanno",
                TimelineTexts.text(event(Kind.CONSENT, "optOutStop", "+393331234567", "PROMOTIONS,BIRTHDAY"), Locale.ITALIAN));
        assertEquals("STOP reply from +393331234567: consents withdrawn: none (already withdrawn)",
                TimelineTexts.text(event(Kind.CONSENT, "optOutStop", "+393331234567", "-"), Locale.ENGLISH));
    }

    @Test
    void aTextWithApostrophesAndBracesIsShownAsWritten() {
        assertEquals("Segnalazione a Anna Rossi: l'offerta {scade} domani",
                TimelineTexts.text(event(Kind.NOTE, "leadNote", "Anna Rossi", "l'offerta {scade} domani"), Locale.ITALIAN));
    }

    private static TimelineEvent event(Kind kind, String key, String... arguments) {
        return new TimelineEvent(AT, kind, key, List.of(arguments), "operator1", 7);
    }
}
