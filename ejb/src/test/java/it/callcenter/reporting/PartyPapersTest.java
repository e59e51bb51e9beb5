package it.callcenter.reporting;

import it.callcenter.registry.ContactKind;
import it.callcenter.registry.PartyType;
import it.callcenter.registry.PartyView;
import it.callcenter.registry.TimelineEvent;
import it.callcenter.registry.Visibility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartyPapersTest {

    /** Words that are their own keys, so the test reads what was asked for. */
    record KeyWords() implements ReportWording {
        @Override
        public Locale locale() {
            return Locale.ITALIAN;
        }

        @Override
        public ResourceBundle labels() {
            return new ListResourceBundle() {
                @Override
                protected Object[][] getContents() {
                    return new Object[][]{{"report.partyCard.timeline", "Ultimi {0} eventi"}};
                }
            };
        }

        @Override
        public String timeline(TimelineEvent event) {
            return "timeline." + event.textKey();
        }
    }

    private static PartyView person() {
        Map<String, Boolean> consents = new LinkedHashMap<>();
        consents.put("marketing", true);
        consents.put("thirdParties", false);
        return new PartyView(1, PartyType.PERSON, "Rossi Nicol\u00f2", "Nicol\u00f2", "Rossi", null, "RSSNCL80A01H501U", null,
                LocalDate.of(1980, 1, 1), "M", "058091", null,
                new PartyView.Address("Via Roma 1", "040012", "Forl\u00ec", "47121", "FC", "Forl\u00ec-Cesena", "Emilia-Romagna"),
                List.of(new PartyView.ContactView(ContactKind.MOBILE, "+393381234567", "TIM", false, null),
                        new PartyView.ContactView(ContactKind.EMAIL, "nicolo@example.it", null, true, "casa")),
                List.of("Energia"), consents, null, null, false, List.of(), 0, List.of("anna"), Visibility.ALL, "CUSTOMER", null,
                Map.of("SCARPE", "42"), null, Instant.parse("2026-01-02T08:00:00Z"), "anna", Instant.parse("2026-12-07T09:00:00Z"), 3);
    }

    @Test
    void theCardListsTheDataContactsConsentsAndEventsSectionBySection() {
        PartyPapers papers = new PartyPapers(person(), new KeyWords(), istat -> "Roma (RM)", Map.of("SCARPE", "Numero di scarpe"));
        List<Map<String, Object>> rows = papers.cardRows(List.of(new TimelineEvent(Instant.parse("2026-12-07T09:30:00Z"),
                TimelineEvent.Kind.OUTCOME, "outcome", List.of("Contratto"), "anna", 1)));
        assertTrue(rows.contains(Map.of("section", "registry.identity", "label", "registry.lastName", "value", "Rossi")), rows.toString());
        assertTrue(rows.contains(Map.of("section", "registry.identity", "label", "registry.birthDate", "value", "01/01/1980")));
        assertTrue(rows.contains(Map.of("section", "registry.identity", "label", "registry.birthComune", "value", "Roma (RM)")));
        assertTrue(rows.contains(Map.of("section", "registry.address", "label", "registry.comune", "value", "Forl\u00ec (FC)")));
        assertTrue(rows.contains(Map.of("section", "registry.contacts", "label", "registry.contact.MOBILE", "value", "+393381234567 \u2014 TIM")));
        assertTrue(rows.contains(Map.of("section", "registry.contacts", "label", "registry.contact.EMAIL",
                "value", "nicolo@example.it (casa) \u2014 registry.contact.emailConsent: report.consent.given")));
        assertTrue(rows.contains(Map.of("section", "registry.interestsAndConsents", "label", "registry.consent.THIRD_PARTIES",
                "value", "report.consent.notGiven")));
        assertTrue(rows.contains(Map.of("section", "registry.customFields", "label", "Numero di scarpe", "value", "42")));
        assertTrue(rows.contains(Map.of("section", "Ultimi 20 eventi", "label", "07/12/2026 10:30", "value", "timeline.outcome \u2014 anna")),
                "the moment in Italian time: " + rows);
        assertEquals("registry.identity", rows.get(0).get("section"));
    }

    @Test
    void theFormHasOneLinePerConsentWithWhatIsStoredToday() {
        PartyPapers papers = new PartyPapers(person(), new KeyWords(), istat -> "Roma (RM)", Map.of());
        assertEquals(List.of(
                Map.of("consent", "registry.consent.MARKETING", "purpose", "report.privacy.consent.MARKETING", "given", true,
                        "storedState", "report.privacy.storedGiven"),
                Map.of("consent", "registry.consent.THIRD_PARTIES", "purpose", "report.privacy.consent.THIRD_PARTIES", "given", false,
                        "storedState", "report.privacy.storedNotGiven")), papers.formRows());
        Map<String, Object> heading = papers.formParameters();
        assertEquals("RSSNCL80A01H501U", heading.get("identifier"));
        assertEquals("01/01/1980, Roma (RM)", heading.get("birth"));
        assertEquals("Via Roma 1, Forl\u00ec (FC)", heading.get("address"));
        assertEquals("+393381234567", heading.get("phone"));
        assertEquals("nicolo@example.it", heading.get("email"));
    }
}
