package it.callcenter.registry;

/** The kinds of contact a party may have, several of each. */
public enum ContactKind {
    MOBILE, PHONE, FAX, EMAIL, WEBSITE, SOCIAL;

    public boolean isPhone() {
        return this == MOBILE || this == PHONE || this == FAX;
    }
}
