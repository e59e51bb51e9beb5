package it.callcenter.campaign;

import jakarta.json.bind.annotation.JsonbTransient;

import java.io.Serializable;

/**
 * A campaign's rule for the contact promise: after a CONTRACT or APPOINTMENT outcome, unless the operator promises
 * otherwise, the party joins {@code targetCampaignId}, due {@code months} later. Both null: no rule.
 */
public record PromiseRule(Long targetCampaignId, Integer months) implements Serializable {

    public static final int MONTHS_MAX = 60;
    public static final PromiseRule NONE = new PromiseRule(null, null);

    @JsonbTransient
    public boolean isSet() {
        return targetCampaignId != null && months != null;
    }
}
