package it.callcenter.campaign;

import it.callcenter.compliance.RequiredConsent;
import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The life cycle a campaign guards. */
class CampaignTest {

    private static Campaign draft() {
        return new Campaign(new CampaignData("Estate", null, null, null, null, RequiredConsent.MARKETING, null, null, null),
                "supervisor");
    }

    @Test
    void goesLiveIsPausedAndClosedForGood() {
        Campaign campaign = draft();
        assertEquals(CampaignState.DRAFT, campaign.getState());
        campaign.changeState(CampaignState.ACTIVE);
        campaign.changeState(CampaignState.PAUSED);
        campaign.changeState(CampaignState.ACTIVE);
        assertTrue(campaign.canBeFilled());
        campaign.changeState(CampaignState.CLOSED);
        assertFalse(campaign.canBeFilled());
        BusinessException refused = assertThrows(BusinessException.class, () -> campaign.changeState(CampaignState.ACTIVE));
        assertEquals("CAMPAIGN_STATE_CHANGE", refused.code());
    }

    @Test
    void aDraftCannotBePaused() {
        assertThrows(BusinessException.class, () -> draft().changeState(CampaignState.PAUSED));
    }

    @Test
    void endsNotBeforeItStarts() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        BusinessException refused = assertThrows(BusinessException.class, () -> new Campaign(
                new CampaignData("X", null, null, today, today.minusDays(1), null, null, null, null), "supervisor"));
        assertEquals("endsOn", refused.field());
    }

    private static CampaignData edited(String callerId, String script) {
        return new CampaignData("Estate 2026", "  ", "Fibra", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31),
                null, true, callerId, script);
    }

    @Test
    void anEditReplacesTheFieldsAndBlankTextBecomesNothing() {
        Campaign campaign = draft();
        campaign.edit(edited(" +390212345678 ", "Buongiorno"));
        assertEquals("Estate 2026", campaign.getName());
        assertEquals(null, campaign.getDescription());
        assertEquals("+390212345678", campaign.getCallerId());
        assertEquals(null, campaign.getRequiredConsent());
        assertTrue(campaign.isRequiresRpoCheck());
        assertEquals(LocalDate.of(2026, 8, 31), campaign.getEndsOn());
    }

    @Test
    void anEditIsCheckedLikeANewCampaign() {
        Campaign campaign = draft();
        assertEquals("callerId", assertThrows(BusinessException.class, () -> campaign.edit(edited("chiamami", null))).field());
        BusinessException tooLong = assertThrows(BusinessException.class,
                () -> campaign.edit(edited(null, "x".repeat(Campaign.SCRIPT_MAX + 1))));
        assertEquals("TOO_LONG", tooLong.code());
        assertEquals("name", assertThrows(BusinessException.class, () -> campaign.edit(
                new CampaignData(" ", null, null, null, null, null, null, null, null))).field());
        assertEquals("Estate", campaign.getName(), "a refused edit changes nothing");
    }

    @Test
    void aClosedCampaignIsNoLongerEdited() {
        Campaign campaign = draft();
        campaign.changeState(CampaignState.CLOSED);
        assertEquals("CAMPAIGN_CLOSED_EDIT", assertThrows(BusinessException.class,
                () -> campaign.edit(edited(null, "nuovo"))).code());
    }

    @Test
    void theStatesOfferedNextAreTheOnesTheLifeCycleAllows() {
        assertEquals(java.util.Set.of(CampaignState.ACTIVE, CampaignState.CLOSED), CampaignState.DRAFT.next());
        assertEquals(java.util.Set.of(CampaignState.ACTIVE, CampaignState.CLOSED), CampaignState.PAUSED.next());
        assertTrue(CampaignState.CLOSED.next().isEmpty());
    }

    @Test
    void progressIsTheShareOfEntriesNoLongerOpen() {
        assertEquals(0, new CampaignSummary(1, "x", CampaignState.DRAFT, null, null, 0, 0).progress());
        assertEquals(33, new CampaignSummary(1, "x", CampaignState.ACTIVE, null, null, 3, 1).progress());
        assertEquals(100, new CampaignSummary(1, "x", CampaignState.CLOSED, null, null, 3, 3).progress());
    }
}
