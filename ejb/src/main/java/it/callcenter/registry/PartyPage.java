package it.callcenter.registry;

import java.util.List;

/** One page of search results and how many there are in all. */
public record PartyPage(long total, List<PartySummary> items) {
}
