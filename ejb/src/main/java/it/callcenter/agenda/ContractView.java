package it.callcenter.agenda;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A contract as the card and the API show it. */
public record ContractView(long id, long partyId, Long campaignId, String product, BigDecimal value, String currency,
                           LocalDate startDate, String notes, String createdBy, Instant createdAt) {
}
