package it.callcenter.registry;

import java.util.List;

/** The statuses a party moves through. A party starts as NEW; every move is kept in {@link StatusChange}. */
public final class PartyStatus {

    public static final String INITIAL = "NEW";
    public static final List<String> ALL = List.of("NEW", "CONTACTED", "INTERESTED", "CUSTOMER", "FORMER_CUSTOMER", "NOT_INTERESTED");

    private PartyStatus() {
    }
}
