package it.callcenter.campaign;

import java.io.Serializable;

/** How far an active campaign is, as the supervisor's board shows it: API.md's {@code entries} and {@code open}. */
public record CampaignProgress(long id, String name, long entries, long open) implements Serializable {

    public long done() {
        return entries - open;
    }

    /** Done entries in percent, 0 for an empty campaign. */
    public int percent() {
        return entries == 0 ? 0 : (int) (done() * 100 / entries);
    }
}
