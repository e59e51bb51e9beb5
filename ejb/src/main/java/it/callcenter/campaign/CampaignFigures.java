package it.callcenter.campaign;

import java.io.Serializable;
import java.util.Map;

/** How far a campaign is: its entries, those still open, and (with the queue) the outcomes so far. */
public record CampaignFigures(long id, String name, CampaignState state, long entries, Map<String, Long> byOutcome,
                              long open) implements Serializable {
}
