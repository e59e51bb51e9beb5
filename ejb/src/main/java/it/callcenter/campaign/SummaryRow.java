package it.callcenter.campaign;

import java.io.Serializable;

/** One place of a campaign's summary: its key (null: parties without one), its label, entries and open entries. */
public record SummaryRow(String key, String label, long entries, long open) implements Serializable {
}
