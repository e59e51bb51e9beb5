package it.callcenter.web.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RejectionReasonsTest {

    @Test
    void wordsTheStoredCodesInItalianAndEnglish() {
        String stored = "fiscalCode: INVALID_FORMAT; address.comune: UNKNOWN_COMUNE";
        assertEquals("Codice fiscale: Formato non valido. Comune: Comune sconosciuto.",
                RejectionReasons.render(stored, Locale.ITALIAN));
        assertEquals("Fiscal code: " + Messages.text(Locale.ENGLISH, "error.INVALID_FORMAT") + " Comune: "
                + Messages.text(Locale.ENGLISH, "error.UNKNOWN_COMUNE"), RejectionReasons.render(stored, Locale.ENGLISH));
    }

    @Test
    void aCodeWhoseRegistryMessageNeedsArgumentsUsesTheImportsOwnWording() {
        assertEquals("La riga ha un numero di colonne diverso dall'intestazione.",
                RejectionReasons.render("COLUMN_COUNT", Locale.ITALIAN));
        assertEquals("The row has a different number of columns than the header.",
                RejectionReasons.render("COLUMN_COUNT", Locale.ENGLISH));
    }

    @Test
    void contactsAndAnUnknownFieldOrCodeStayReadable() {
        assertEquals("Recapiti: Formato non valido.", RejectionReasons.render("contacts[0].value: INVALID_FORMAT", Locale.ITALIAN));
        assertEquals("weird: SOMETHING_NEW", RejectionReasons.render("weird: SOMETHING_NEW", Locale.ITALIAN));
        assertEquals("", RejectionReasons.render("", Locale.ITALIAN));
        assertEquals("", RejectionReasons.render(null, Locale.ENGLISH));
    }

    @Test
    void theFieldsOfIssue10InItalianAndEnglish() {
        assertEquals("Consenso marketing: Valore del consenso non riconosciuto: ammessi S/N, SI/NO, X o vuoto, 1/0, VERO/FALSO,"
                + " TRUE/FALSE, Y/N.", RejectionReasons.render("consentMarketing: INVALID_CONSENT", Locale.ITALIAN));
        assertEquals("Consent date: " + Messages.text(Locale.ENGLISH, "error.INVALID_DATE"),
                RejectionReasons.render("consentDate: INVALID_DATE", Locale.ENGLISH));
        assertEquals("Valutazione: Valutazione non presente nella lista dell'amministratore.",
                RejectionReasons.render("rating: UNKNOWN_RATING", Locale.ITALIAN));
        assertEquals("Rating not in the administrator's list.", RejectionReasons.render("UNKNOWN_RATING", Locale.ENGLISH));
        assertEquals("Campo personalizzato settore: Valore non ammesso.",
                RejectionReasons.render("customFields.settore: INVALID_VALUE", Locale.ITALIAN));
        assertEquals("Custom field settore: " + Messages.text(Locale.ENGLISH, "error.INVALID_VALUE"),
                RejectionReasons.render("customFields.settore: INVALID_VALUE", Locale.ENGLISH));
    }

    @Test
    void fieldPathsNameTheField() {
        assertEquals("comune", RejectionReasons.fieldKey("address.comune"));
        assertEquals("contacts", RejectionReasons.fieldKey("contacts[2].value"));
        assertEquals("birthDate", RejectionReasons.fieldKey("birthDate"));
    }
}
