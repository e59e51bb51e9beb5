package it.callcenter.campaign;

import java.io.Serializable;

/** What an operator reads about the campaign of the customer on the line: its name, product and script. */
public record CampaignBriefing(long id, String name, String product, String script) implements Serializable {
}
