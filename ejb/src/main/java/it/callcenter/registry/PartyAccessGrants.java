package it.callcenter.registry;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Another area's reason for a user to see a party that the party's visibility would hide: an operator sees the
 * customer they are calling (the queue grants the party of the entry the operator holds). Found through CDI, so the
 * registry depends on none of the areas that grant.
 */
public interface PartyAccessGrants {

    boolean grants(String username, long partyId);

    /** Whether any area grants the user this party. */
    static boolean anyGrants(String username, long partyId) {
        for (PartyAccessGrants grants : CDI.current().select(PartyAccessGrants.class, Any.Literal.INSTANCE)) {
            if (grants.grants(username, partyId)) {
                return true;
            }
        }
        return false;
    }
}
