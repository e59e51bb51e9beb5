package it.callcenter.campaign;

import java.util.EnumSet;
import java.util.Set;

/** Where a campaign is in its life: DRAFT → ACTIVE ⇄ PAUSED, anything → CLOSED; only ACTIVE campaigns dispatch. */
public enum CampaignState {
    DRAFT, ACTIVE, PAUSED, CLOSED;

    /** The states a campaign in this one may move to. */
    public Set<CampaignState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(PAUSED, CLOSED);
            case PAUSED -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.noneOf(CampaignState.class);
        };
    }
}
