package it.callcenter.web.view.registry;

import it.callcenter.registry.ContactKind;
import it.callcenter.registry.CustomField;
import it.callcenter.registry.CustomFieldType;
import it.callcenter.registry.CustomFieldView;
import it.callcenter.web.view.FieldErrors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each field a refusal names finds its place on the card, named as the card labels it. */
class PartyFieldsTest {

    private final PartyFields fields = new PartyFields(
            List.of(new ContactRow(ContactKind.EMAIL, "x", null, false), new ContactRow(ContactKind.MOBILE, "338", null, false)),
            List.of(new CustomFieldView(1, "sector", "Settore", CustomFieldType.CHOICE, CustomField.AppliesTo.BOTH, true,
                            List.of("Edilizia"), true, 0),
                    new CustomFieldView(2, "since", "Cliente dal", CustomFieldType.DATE, CustomField.AppliesTo.BOTH, false,
                            List.of(), true, 0)));

    @Test
    void theFieldsOfTheFormAreTheirComponentsWithTheirLabels() {
        assertEquals(target("party:fiscalCode", "Codice fiscale"), fields.target("fiscalCode", Locale.ITALIAN));
        assertEquals(target("party:comune", "Comune"), fields.target("address.comuneIstat", Locale.ITALIAN));
        assertEquals(target("party:birthComune", "Birth comune"), fields.target("birthComuneIstat", Locale.ENGLISH));
        assertEquals(target("party:contactList", "Recapiti"), fields.target("contacts", Locale.ITALIAN));
    }

    @Test
    void aContactIsNamedByItsKindInItsRow() {
        assertEquals(target("party:contacts:1:value", "Cellulare"), fields.target("contacts[1].value", Locale.ITALIAN));
        assertEquals(target("party:contacts:0:value", "E-mail"), fields.target("contacts[0].value", Locale.ITALIAN));
        assertEquals(target("party:contacts:1:carrier", "Operatore telefonico"), fields.target("contacts[1].carrier", Locale.ITALIAN));
        assertEquals(Optional.empty(), fields.target("contacts[7].value", Locale.ITALIAN), "a row the card does not have");
    }

    @Test
    void aCustomFieldIsItsInputOfItsTypeInTheList() {
        assertEquals(target("party:customList:0:customChoice", "Settore"), fields.target("customFields.sector", Locale.ITALIAN));
        assertEquals(target("party:customList:1:customDate", "Cliente dal"), fields.target("customFields.since", Locale.ITALIAN));
        assertEquals(Optional.empty(), fields.target("customFields.gone", Locale.ITALIAN));
    }

    @Test
    void aFieldTheCardDoesNotShowHasNoPlace() {
        assertEquals(Optional.empty(), fields.target("type", Locale.ITALIAN));
        assertEquals(Optional.empty(), fields.target("administratorRole", Locale.ITALIAN));
    }

    @Test
    void theMessageIsWordedAfterTheLabel() {
        assertEquals("Codice fiscale: il carattere di controllo non \u00e8 corretto.",
                FieldErrors.named("Codice fiscale", "Il carattere di controllo non \u00e8 corretto."));
        assertEquals("Recapiti: per una persona fisica il cellulare \u00e8 obbligatorio.",
                FieldErrors.named("Recapiti", "Per una persona fisica il cellulare \u00e8 obbligatorio."));
        assertEquals("Partita IVA: IVA non valida.", FieldErrors.named("Partita IVA", "IVA non valida."), "an acronym stays as it is");
        assertEquals("Formato non valido.", FieldErrors.named(null, "Formato non valido."));
    }

    private static Optional<FieldErrors.Target> target(String clientId, String label) {
        return Optional.of(new FieldErrors.Target(clientId, label));
    }
}
