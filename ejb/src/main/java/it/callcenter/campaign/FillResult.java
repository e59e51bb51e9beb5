package it.callcenter.campaign;

import java.io.Serializable;

/**
 * What a preview or a fill found: {@code count} parties a fill would add (or added), and why the others that
 * matched the criteria are left out. Each left-out party is counted once, under the first reason in the order
 * alreadyInCampaign, noPhone, doNotCall, noConsent, noRpoCheck.
 */
public record FillResult(long count, Excluded excluded) implements Serializable {

    public record Excluded(long alreadyInCampaign, long noPhone, long doNotCall, long noConsent, long noRpoCheck)
            implements Serializable {
    }
}
