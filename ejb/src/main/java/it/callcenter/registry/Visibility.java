package it.callcenter.registry;

/** Who may see a party: everybody, or only its owners (and supervisors, managers, administrators). */
public enum Visibility {
    OWNERS, ALL
}
