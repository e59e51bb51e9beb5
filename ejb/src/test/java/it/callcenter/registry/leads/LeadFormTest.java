package it.callcenter.registry.leads;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import it.callcenter.registry.ContactKind;
import it.callcenter.registry.PartyData;
import it.callcenter.registry.PartyType;
import it.callcenter.registry.Visibility;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A web form's fields become the registry's party, and the registry's complaints come back in the form's names. */
class LeadFormTest {

    private static LeadForm form(String companyName, String vatNumber, Boolean marketing, String website) {
        return new LeadForm("Mario", "Rossi", companyName, "333 123 4567", null, "mario@example.it", "015146", "20121",
                null, vatNumber, marketing, null, null, true, website);
    }

    @Test
    void aPersonWithTheSourcesInterestsAndOwnerVisibleToAll() {
        PartyData party = form(null, "ignored", true, null).toParty(List.of("Fotovoltaico"), "operator1");
        assertEquals(PartyType.PERSON, party.type());
        assertEquals("Mario", party.firstName());
        assertEquals("Rossi", party.lastName());
        assertNull(party.companyName());
        assertNull(party.vatNumber(), "a person has no partita IVA");
        assertEquals(List.of(ContactKind.MOBILE, ContactKind.PHONE, ContactKind.EMAIL),
                party.contacts().stream().map(PartyData.ContactData::kind).toList());
        assertEquals("333 123 4567", party.contacts().get(0).value());
        assertEquals("mario@example.it", party.contacts().get(2).value());
        assertEquals("015146", party.address().comuneIstat());
        assertEquals("20121", party.address().postalCode());
        assertEquals(List.of("Fotovoltaico"), party.interests());
        assertEquals(List.of("operator1"), party.owners());
        assertEquals(Visibility.ALL, party.visibility());
        assertTrue(party.consents().marketing());
        assertNull(party.consents().profiling());
    }

    @Test
    void aCompanyWhenACompanyNameIsGiven() {
        PartyData party = form("Bottega Rossi Snc", "00905811006", false, "").toParty(List.of(), null);
        assertEquals(PartyType.COMPANY, party.type());
        assertEquals("Bottega Rossi Snc", party.companyName());
        assertEquals("00905811006", party.vatNumber());
        assertNull(party.firstName());
        assertTrue(party.owners().isEmpty());
        assertFalse(party.consents().marketing());
    }

    @Test
    void theHoneypotGivesABotAway() {
        assertTrue(form(null, null, true, "http://spam.example").isBot());
        assertFalse(form(null, null, true, "  ").isBot());
        assertFalse(form(null, null, true, null).isBot());
    }

    @Test
    void registryErrorsAreToldInTheFormsFieldNames() {
        ValidationException registry = new ValidationException(List.of(
                new BusinessException("contacts[0].value", "INVALID_FORMAT"),
                new BusinessException("contacts[2].value", "INVALID_FORMAT"),
                new BusinessException("contacts", "MOBILE_REQUIRED"),
                new BusinessException("address.comuneIstat", "UNKNOWN_COMUNE"),
                new BusinessException("firstName", "TOO_LONG", 80)));
        List<BusinessException> form = LeadForm.inFormTerms(registry).violations();
        assertEquals(List.of("mobile", "email", "mobile", "comune", "firstName"), form.stream().map(BusinessException::field).toList());
        assertEquals("TOO_LONG", form.get(4).code());
        assertEquals(80, form.get(4).arguments()[0]);
    }

    @Test
    void onlyAnExplicitYesAcknowledgesThePrivacyNotice() {
        assertTrue(form(null, null, null, null).acknowledgesPrivacy());
        for (Boolean answer : new Boolean[] {null, false}) {
            assertFalse(new LeadForm("Mario", "Rossi", null, "333 123 4567", null, null, null, null, null, null, null, null,
                    null, answer, null).acknowledgesPrivacy(), String.valueOf(answer));
        }
    }
}
