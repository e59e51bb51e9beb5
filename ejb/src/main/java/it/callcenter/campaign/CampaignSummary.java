package it.callcenter.campaign;

import java.io.Serializable;
import java.time.LocalDate;

/** A row of the campaigns list: the campaign, its entries and how many of them are no longer open. */
public record CampaignSummary(long id, String name, CampaignState state, LocalDate startsOn, LocalDate endsOn,
                              long entries, long worked) implements Serializable {

    /** Entries no longer open out of all, 0..100. */
    public int progress() {
        return entries == 0 ? 0 : (int) (worked * 100 / entries);
    }
}
