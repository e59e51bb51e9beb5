package it.callcenter.registry;

/** The lists an administrator keeps for the registry. */
public enum ListName {
    CARRIER, CONTACT_LABEL, COMPANY_ROLE, RATING
}
