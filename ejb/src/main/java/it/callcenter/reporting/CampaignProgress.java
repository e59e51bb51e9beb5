package it.callcenter.reporting;

import java.util.List;

/**
 * How far a campaign is: its entries by state today; in the period, the attempts and how many were contacts and
 * successes, and the same per outcome (every outcome the campaign defines, and any other code its attempts carry).
 * Contact rate = contacts / attempts; success rate = successes / contacts (the conversion of the conversations
 * held); null when there is nothing to divide by.
 */
public record CampaignProgress(long campaignId, String campaignName, long entries, long open, long held, long callback,
                               long done, List<OutcomeFigures> outcomes) implements java.io.Serializable {

    public long attempts() {
        return outcomes.stream().mapToLong(OutcomeFigures::attempts).sum();
    }

    public long contacts() {
        return outcomes.stream().mapToLong(OutcomeFigures::contacts).sum();
    }

    public long successes() {
        return outcomes.stream().mapToLong(OutcomeFigures::successes).sum();
    }

    public Double contactRate() {
        return ratio(contacts(), attempts());
    }

    public Double successRate() {
        return ratio(successes(), contacts());
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
