package it.callcenter.security;

import java.io.Serializable;
import java.util.List;

/** An operator group as screens and the API show it: members by username, in order. */
public record GroupView(long id, String name, List<String> members, long version) implements Serializable {

    static GroupView of(OperatorGroup group) {
        return new GroupView(group.getId(), group.getName(), List.copyOf(group.getMembers()), group.getVersion());
    }
}
