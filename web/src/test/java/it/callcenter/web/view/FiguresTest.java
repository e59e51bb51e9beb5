package it.callcenter.web.view;

import it.callcenter.BusinessException;
import it.callcenter.campaign.CampaignState;
import it.callcenter.web.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counts as each language writes them: thousands separators, singular and plural chosen by the number. */
class FiguresTest {

    @Test
    void thousandsSeparatorsFollowTheLanguage() {
        assertEquals("1.000.000", FigureConverter.format(1_000_000L, Locale.ITALIAN));
        assertEquals("1,000,000", FigureConverter.format(1_000_000L, Locale.ENGLISH));
        assertEquals("999", FigureConverter.format(999, Locale.ITALIAN));
    }

    @Test
    void countsInTextChooseSingularOrPlural() {
        assertEquals("3.000 anagrafiche", Messages.text(Locale.ITALIAN, "registry.archive.total", 3000L));
        assertEquals("1 anagrafica", Messages.text(Locale.ITALIAN, "registry.archive.total", 1L));
        assertEquals("Nessuna anagrafica", Messages.text(Locale.ITALIAN, "registry.archive.total", 0L));
        assertEquals("1,000,000 parties", Messages.text(Locale.ENGLISH, "registry.archive.total", 1_000_000L));
        assertEquals("Esito caricato: 1 numero verificato, 1 opposto, 1 riga scartata.",
                Messages.text(Locale.ITALIAN, "rpo.applied", 1L, 1L, 1L));
        assertEquals("Esito caricato: 2.500 numeri verificati, 3 opposti, nessuna riga scartata.",
                Messages.text(Locale.ITALIAN, "rpo.applied", 2500L, 3L, 0L));
        assertEquals("1 nominativo ripartito tra 1 operatore: operator1.",
                Messages.text(Locale.ITALIAN, "campaign.assigned.split", 1, 1, "operator1"));
        assertEquals("1.200 di 1 riga", Messages.text(Locale.ITALIAN, "importing.progress.exact", 1200L, 1L));
    }

    @Test
    void aRefusalNamesAStateAsTheScreensDo() {
        BusinessException refusal = new BusinessException("state", "CAMPAIGN_STATE_CHANGE", CampaignState.CLOSED, CampaignState.ACTIVE);
        assertEquals("Una campagna nello stato \u00abChiusa\u00bb non pu\u00f2 passare allo stato \u00abAttiva\u00bb.",
                Messages.of(refusal, Locale.ITALIAN));
    }

    @Test
    void phonesAreShownAsPeopleReadThem() {
        assertEquals("+39 320 520 2927", new PhoneConverter().getAsString(null, null, "+393205202927"));
        assertEquals("", new PhoneConverter().getAsString(null, null, null));
    }
}
