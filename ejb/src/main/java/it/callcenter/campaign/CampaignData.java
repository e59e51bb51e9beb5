package it.callcenter.campaign;

import it.callcenter.compliance.RequiredConsent;
import java.time.LocalDate;

/** A new campaign as the API or a screen hands it in; only {@code name} is required. */
public record CampaignData(String name, String description, String product, LocalDate startsOn, LocalDate endsOn,
                           RequiredConsent requiredConsent, Boolean requiresRpoCheck, String callerId, String script) {
}
