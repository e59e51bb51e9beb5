package it.callcenter.compliance;

/** A campaign as a list to pick from shows it. */
public record CampaignChoice(long id, String name) {
}
