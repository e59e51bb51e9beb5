package it.callcenter.campaign;

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
}
