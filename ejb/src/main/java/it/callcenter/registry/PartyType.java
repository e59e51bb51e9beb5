package it.callcenter.registry;

/** Persona fisica or azienda. */
public enum PartyType {
    PERSON, COMPANY
}
