package it.callcenter.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.EnumMap;
import java.util.Map;

/** The party's current consents; their history is in {@link ConsentChange}. */
@Embeddable
public class Consents {

    @Column(name = "consent_marketing", nullable = false)
    private boolean marketing;
    @Column(name = "consent_third_parties", nullable = false)
    private boolean thirdParties;
    @Column(name = "consent_profiling", nullable = false)
    private boolean profiling;
    @Column(name = "consent_birthday", nullable = false)
    private boolean birthday;
    @Column(name = "consent_welcome", nullable = false)
    private boolean welcome;
    @Column(name = "consent_promotions", nullable = false)
    private boolean promotions;

    public boolean has(Consent consent) {
        return switch (consent) {
            case MARKETING -> marketing;
            case THIRD_PARTIES -> thirdParties;
            case PROFILING -> profiling;
            case BIRTHDAY -> birthday;
            case WELCOME -> welcome;
            case PROMOTIONS -> promotions;
        };
    }

    void set(Consent consent, boolean granted) {
        switch (consent) {
            case MARKETING -> marketing = granted;
            case THIRD_PARTIES -> thirdParties = granted;
            case PROFILING -> profiling = granted;
            case BIRTHDAY -> birthday = granted;
            case WELCOME -> welcome = granted;
            case PROMOTIONS -> promotions = granted;
        }
    }

    public Map<Consent, Boolean> asMap() {
        Map<Consent, Boolean> map = new EnumMap<>(Consent.class);
        for (Consent consent : Consent.values()) {
            map.put(consent, has(consent));
        }
        return map;
    }
}
