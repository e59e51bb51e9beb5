package it.callcenter.agenda;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A contract as an operator fills it in: the product, its value in euro (two decimals), the day it starts, notes. */
public record ContractDraft(String product, BigDecimal value, LocalDate startDate, String notes) {
}
