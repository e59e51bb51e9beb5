package it.callcenter.registry;

/**
 * What the archive and {@code GET /parties} search by. {@code q} is read as what it looks like: a phone
 * number in any format, a codice fiscale, a partita IVA, otherwise the start of a name.
 */
public record PartySearch(String q, PartyType type, String region, String provinceAbbr, String comuneIstat,
                          String interest, String customField, String customValue) {

    public PartySearch(String q, PartyType type, String region, String provinceAbbr, String comuneIstat, String interest) {
        this(q, type, region, provinceAbbr, comuneIstat, interest, null, null);
    }
}
