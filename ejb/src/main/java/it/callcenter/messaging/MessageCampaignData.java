package it.callcenter.messaging;

import it.callcenter.campaign.FillCriteria;

/**
 * A message campaign as API.md's {@code POST /messages/campaigns} gives it: the criteria are the call campaigns'
 * ({@code FillCriteria}); {@code language} (it, en) says how the template's dates read and which opt-out line it gets,
 * Italian when absent; {@code subject} is an e-mail's (placeholders allowed).
 */
public record MessageCampaignData(String name, Channel channel, Purpose purpose, Language language, String subject,
                                  String template, FillCriteria criteria) {
}
