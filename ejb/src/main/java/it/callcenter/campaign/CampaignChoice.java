package it.callcenter.campaign;

import it.callcenter.compliance.RequiredConsent;
import java.io.Serializable;

/** A campaign as a picker shows it: enough to choose it and to know which rules a fill will apply. */
public record CampaignChoice(long id, String name, CampaignState state, RequiredConsent requiredConsent,
                             boolean requiresRpoCheck, boolean fillable) implements Serializable {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
