package it.callcenter.registry;

import java.io.Serializable;

/** One row of the archive: enough to recognise the party and open it. */
public record PartySummary(long id, PartyType type, String displayName, String fiscalCode, String vatNumber,
                           String comune, String provinceAbbr, String phone, String status) implements Serializable {
}
