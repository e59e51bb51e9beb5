package it.callcenter.campaign;

/** Where a campaign is in its life: only ACTIVE campaigns dispatch; CLOSED is final. */
public enum CampaignState {
    DRAFT, ACTIVE, PAUSED, CLOSED
}
