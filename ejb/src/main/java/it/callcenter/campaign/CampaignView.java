package it.callcenter.campaign;

import it.callcenter.compliance.RequiredConsent;
import java.time.LocalDate;

/** A campaign as its page edits it: what {@link CampaignData} carries, plus its state and version. */
public record CampaignView(long id, String name, String description, String product, LocalDate startsOn,
                           LocalDate endsOn, RequiredConsent requiredConsent, boolean requiresRpoCheck, String callerId,
                           String script, CampaignState state, long version) {

    static CampaignView of(Campaign c) {
        return new CampaignView(c.getId(), c.getName(), c.getDescription(), c.getProduct(), c.getStartsOn(),
                c.getEndsOn(), c.getRequiredConsent(), c.isRequiresRpoCheck(), c.getCallerId(), c.getScript(),
                c.getState(), c.getVersion());
    }

    /** The editable part, to be changed and handed back to {@link CampaignService#edit}. */
    public CampaignData data() {
        return new CampaignData(name, description, product, startsOn, endsOn, requiredConsent, requiresRpoCheck,
                callerId, script);
    }
}
