package it.callcenter.security;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Operator groups: the administrator keeps them; a supervisor turns operators and groups into the operators who
 * work a campaign ({@link #expand}), a group counting with the members that are active operators at that moment.
 */
@Stateless
public class OperatorGroups {

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<GroupView> list() {
        return em.createNamedQuery("OperatorGroup.all", OperatorGroup.class).getResultList().stream()
                .map(GroupView::of).toList();
    }

    /** Who may be put in a group or given a campaign: enabled users with the OPERATOR role, by username. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<UserView> activeOperators() {
        return em.createQuery("SELECT DISTINCT u FROM UserAccount u JOIN u.roles r WHERE r = :role AND u.enabled = true"
                        + " ORDER BY u.username", UserAccount.class)
                .setParameter("role", Role.OPERATOR).getResultList().stream().map(UserView::of).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public GroupView create(String name, Collection<String> members) {
        String clean = OperatorGroup.cleanName(name);
        requireFreeName(clean, null);
        OperatorGroup group = new OperatorGroup(clean, operators(members));
        em.persist(group);
        em.flush();
        return GroupView.of(group);
    }

    /** Renames the group and sets its members, refused if someone saved it since {@code version} was read. */
    @RolesAllowed(Role.ADMIN_NAME)
    public GroupView update(long id, long version, String name, Collection<String> members) {
        OperatorGroup group = current(id, version);
        String clean = OperatorGroup.cleanName(name);
        requireFreeName(clean, id);
        group.rename(clean);
        group.replaceMembers(operators(members));
        // a change of members alone must move the version too, or a stale edit of the members would pass
        em.lock(group, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return GroupView.of(group);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void delete(long id, long version) {
        em.remove(current(id, version));
    }

    /**
     * The operators named and the members of the groups named, each once, in that order. A named user who is not
     * an active operator, or an unknown group, is refused; a group member no longer active is left out.
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<String> expand(Collection<String> operators, Collection<String> groups) {
        Set<String> expanded = new LinkedHashSet<>(operators(operators));
        Set<String> active = activeOperators().stream().map(UserView::username).collect(Collectors.toSet());
        for (String name : clean(groups)) {
            OperatorGroup group = byName(name).orElseThrow(() -> new BusinessException("groups", "UNKNOWN_GROUP", name));
            group.getMembers().stream().filter(active::contains).forEach(expanded::add);
        }
        return List.copyOf(expanded);
    }

    /** The usernames given, stripped and once each, all active operators, or the first that is not is refused. */
    private List<String> operators(Collection<String> usernames) {
        List<String> names = clean(usernames);
        if (names.isEmpty()) {
            return names;
        }
        Map<String, UserView> active = activeOperators().stream()
                .collect(Collectors.toMap(UserView::username, Function.identity()));
        names.stream().filter(name -> !active.containsKey(name)).findFirst().ifPresent(name -> {
            throw new BusinessException("operators", "NOT_AN_OPERATOR", name);
        });
        return names;
    }

    private static List<String> clean(Collection<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    private void requireFreeName(String name, Long exceptId) {
        byName(name).filter(other -> !other.getId().equals(exceptId)).ifPresent(other -> {
            throw new BusinessException("name", "GROUP_NAME_TAKEN", name);
        });
    }

    private Optional<OperatorGroup> byName(String name) {
        return em.createNamedQuery("OperatorGroup.byName", OperatorGroup.class).setParameter("name", name)
                .getResultStream().findFirst();
    }

    private OperatorGroup current(long id, long version) {
        OperatorGroup group = em.find(OperatorGroup.class, id);
        if (group == null) {
            throw new NotFoundException("group " + id);
        }
        if (group.getVersion() != version) {
            throw new StaleVersionException("group " + id);
        }
        return group;
    }
}
