package it.callcenter.campaign;

/** Which entries of a campaign to list: by operator, by state, by the start of the party's name; null for any. */
public record EntryFilter(String operator, String state, String namePrefix) {

    public static EntryFilter none() {
        return new EntryFilter(null, null, null);
    }
}
