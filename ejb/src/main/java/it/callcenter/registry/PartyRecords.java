package it.callcenter.registry;

/**
 * What another area keeps about a party (campaign memberships, calls, appointments, contracts). An area that stores
 * such rows provides one bean of this type, e.g. a {@code @Stateless} class in the campaign package; the privacy
 * export and erasure find every such bean by themselves, so the registry does not depend on the areas built on it.
 */
public interface PartyRecords {

    /** The key of this area's section under {@code otherAreas} in the export, e.g. {@code "campaigns"}. */
    String section();

    /** This area's rows about the party, as JSON-B can write them (records, lists, maps). */
    Object export(long partyId);

    /** Deletes this area's rows about the party; runs in the erasure's transaction, before the party is deleted. */
    void erase(long partyId);
}
