package it.callcenter.agenda;

import java.io.Serializable;

/** A field agent as lists show it; {@code bookable} when active and the user may still sign in. */
public record FieldAgentView(String username, String fullName, String phone, boolean active, boolean enabled, long version) implements Serializable {

    public boolean bookable() {
        return active && enabled;
    }
}
