package it.callcenter.compliance;

import java.io.Serializable;

/** A campaign as a list to pick from shows it. */
public record CampaignChoice(long id, String name) implements Serializable {
}
