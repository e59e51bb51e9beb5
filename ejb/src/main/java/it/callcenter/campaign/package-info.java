/**
 * Campaigns: who is to be called, with which rules, by whom. The fill is set-based SQL ({@link
 * it.callcenter.campaign.FillSql}) over the registry's tables with the compliance lists in its WHERE clause:
 * no party is ever loaded into Java to be put into a campaign.
 */
package it.callcenter.campaign;
