package it.callcenter.importing;

import it.callcenter.registry.Consent;
import it.callcenter.registry.CustomField;
import it.callcenter.registry.CustomFieldType;
import it.callcenter.registry.CustomFieldView;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The headers that suggest the consents and the other fields of issue 10, in Italian and English. */
class ImportFieldTest {

    static final CustomFieldView SETTORE = new CustomFieldView(7, "settore", "Settore merceologico", CustomFieldType.CHOICE,
            CustomField.AppliesTo.BOTH, false, List.of("Commercio", "Edilizia"), true, 0);
    static final CustomFieldView FATTURATO = new CustomFieldView(8, "fatturato", "Fatturato annuo", CustomFieldType.NUMBER,
            CustomField.AppliesTo.BOTH, false, List.of(), true, 0);
    static final CustomFieldView CLIENTE_DAL = new CustomFieldView(9, "clienteDal", "Cliente dal", CustomFieldType.DATE,
            CustomField.AppliesTo.BOTH, false, List.of(), true, 0);

    @Test
    void theConsentsAreSuggestedByItalianAndEnglishHeaders() {
        Map<String, ImportField> expected = Map.ofEntries(
                Map.entry("Consenso marketing", ImportField.consentMarketing),
                Map.entry("Privacy marketing", ImportField.consentMarketing),
                Map.entry("MARKETING CONSENT", ImportField.consentMarketing),
                Map.entry("Consenso terzi", ImportField.consentThirdParties),
                Map.entry("Cessione a terzi", ImportField.consentThirdParties),
                Map.entry("Third parties", ImportField.consentThirdParties),
                Map.entry("Consenso profilazione", ImportField.consentProfiling),
                Map.entry("Profiling consent", ImportField.consentProfiling),
                Map.entry("Compleanno", ImportField.consentBirthday),
                Map.entry("Auguri di compleanno", ImportField.consentBirthday),
                Map.entry("Benvenuto", ImportField.consentWelcome),
                Map.entry("Welcome message", ImportField.consentWelcome),
                Map.entry("Promozioni", ImportField.consentPromotions),
                Map.entry("Consenso promozioni", ImportField.consentPromotions),
                Map.entry("Data consenso", ImportField.consentDate),
                Map.entry("Consent date", ImportField.consentDate),
                Map.entry("Fonte consenso", ImportField.consentSource),
                Map.entry("Consent source", ImportField.consentSource),
                Map.entry("Stato cliente", ImportField.status),
                Map.entry("Status", ImportField.status),
                Map.entry("Valutazione", ImportField.rating),
                Map.entry("Rating", ImportField.rating),
                Map.entry("Responsabili", ImportField.owners),
                Map.entry("Owner", ImportField.owners),
                Map.entry("Note", ImportField.note),
                Map.entry("Notes", ImportField.note));
        expected.forEach((header, field) -> assertEquals(Optional.of(field), ImportField.suggest(header), header));
        assertEquals(Optional.empty(), ImportField.suggest("Stato"), "'Stato' is as often the country");
    }

    @Test
    void eachConsentFieldGivesItsConsent() {
        assertEquals(Optional.of(Consent.MARKETING), ImportField.consentMarketing.consent());
        assertEquals(Optional.of(Consent.THIRD_PARTIES), ImportField.consentThirdParties.consent());
        assertEquals(Optional.of(Consent.PROFILING), ImportField.consentProfiling.consent());
        assertEquals(Optional.of(Consent.BIRTHDAY), ImportField.consentBirthday.consent());
        assertEquals(Optional.of(Consent.WELCOME), ImportField.consentWelcome.consent());
        assertEquals(Optional.of(Consent.PROMOTIONS), ImportField.consentPromotions.consent());
        assertEquals(Optional.empty(), ImportField.consentDate.consent());
    }

    @Test
    void aCustomFieldIsSuggestedByItsLabelOrCodeAndSurvivesTheJobsText() {
        List<String> headers = List.of("Cognome", "Settore merceologico", "FATTURATO", "Altro");
        ColumnMapping mapping = ColumnMapping.suggest(headers, null, List.of(SETTORE, FATTURATO));
        assertEquals(Map.of(1, "settore", 2, "fatturato"), mapping.customFields());
        assertEquals(Map.of(0, ImportField.lastName), mapping.fields());
        ColumnMapping stored = ColumnMapping.fromText(mapping.toText());
        assertEquals(mapping.names(), stored.names());
        assertEquals("customFields.settore", stored.names().get(1));
    }

    @Test
    void aCustomFieldIsChosenByItsNameAndAnUnknownOneIsRefused() {
        List<String> headers = List.of("Cognome", "Ramo");
        ColumnMapping chosen = ColumnMapping.suggest(headers, Map.of("Ramo", "customFields.SETTORE"), List.of(SETTORE));
        assertEquals(Map.of(1, "settore"), chosen.customFields());
        assertThrows(it.callcenter.ValidationException.class,
                () -> ColumnMapping.suggest(headers, Map.of("Ramo", "customFields.nessuno"), List.of(SETTORE)));
    }

    @Test
    void aTemplateKeepsConsentsAndCustomFieldsByHeader() {
        ImportTemplate template = new ImportTemplate("Fiera", Map.of("Ramo", "customFields.settore", "Mkt", "consentMarketing"),
                "supervisor", List.of(SETTORE));
        assertEquals(Map.of("Ramo", "customFields.settore", "Mkt", "consentMarketing"), template.columns());
        assertEquals(Map.of("ramo", "customFields.settore"), template.applyTo(List.of("ramo", "Altro")));
        assertThrows(it.callcenter.ValidationException.class,
                () -> new ImportTemplate("Fiera", Map.of("Ramo", "customFields.nessuno"), "supervisor", List.of(SETTORE)));
    }
}
