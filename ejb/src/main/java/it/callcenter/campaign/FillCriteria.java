package it.callcenter.campaign;

import it.callcenter.registry.PartyType;

import java.util.List;

/**
 * Who a fill looks for, as API.md "Criteria" fixes it; null or empty means no restriction. {@code comuni} are
 * ISTAT codes, {@code regions} region names, {@code provinces} abbreviations, {@code statuses} party statuses.
 */
public record FillCriteria(PartyType partyType, List<String> regions, List<String> provinces, List<String> comuni,
                           List<String> postalCodes, List<String> interests, Integer ageMin, Integer ageMax,
                           List<Long> notInCampaigns, List<String> statuses) {

    public static FillCriteria none() {
        return new FillCriteria(null, null, null, null, null, null, null, null, null, null);
    }
}
