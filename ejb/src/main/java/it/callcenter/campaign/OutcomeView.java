package it.callcenter.campaign;

import java.io.Serializable;

/** An outcome as screens and the API show it. */
public record OutcomeView(long id, Long campaignId, String code, String labelIt, String labelEn, OutcomeKind kind,
                          int retryDelayMinutes, boolean countsAsContact, boolean countsAsSuccess, String shortcut,
                          int position, boolean active, long version) implements Serializable {

    static OutcomeView of(OutcomeDefinition o) {
        OutcomeRules r = o.rules();
        return new OutcomeView(o.getId(), o.getCampaignId(), o.getCode(), r.labelIt(), r.labelEn(), r.kind(),
                r.retryDelayMinutes(), r.countsAsContact(), r.countsAsSuccess(), r.shortcut(), r.position(), r.active(),
                o.getVersion());
    }

    public String label(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelIt;
    }
}
