package it.callcenter.telephony;

/**
 * What to dial (API.md {@code POST /calls}): the entry the operator holds ({@code entryId}), or one of a party's
 * phones outside any campaign ({@code partyId} and {@code number}).
 */
public record DialRequest(Long entryId, Long partyId, String number) {
}
