package it.callcenter.importing;

/** What an import does with a row whose codice fiscale, partita IVA or mobile is already in the registry. */
public enum DuplicatePolicy {
    SKIP, UPDATE, CREATE
}
