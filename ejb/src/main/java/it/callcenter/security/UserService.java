package it.callcenter.security;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Users and roles: the administrator's use cases (each audited, with the names of the fields it set) and the
 * user's own settings. One method, one use case, one transaction. A change of password, roles or enabled state
 * moves the user's credential generation, which ends the user's sessions on every screen and the API credentials
 * remembered for them. Signing in is {@link SignIns}.
 */
@Stateless
public class UserService {

    static final String AUDIT_TYPE = "USER";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final Set<String> LOCALES = Set.of("it", "en");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditLog audit;

    @Inject
    private CredentialGenerations generations;

    @PermitAll
    public Optional<UserView> findByUsername(String username) {
        return find(username).map(UserView::of);
    }

    /** Who can be named owner of a party: the enabled users' names. */
    @RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<String> enabledUsernames() {
        return em.createQuery("SELECT u.username FROM UserAccount u WHERE u.enabled = true ORDER BY u.username", String.class)
                .getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<UserView> list() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList().stream()
                .map(UserView::of).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserView get(String username) {
        return UserView.of(existing(username));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserView create(NewUser request) {
        String username = request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new BusinessException("username", "USERNAME_INVALID");
        }
        if (find(username).isPresent()) {
            throw new UsernameTakenException(username);
        }
        String fullName = requireFullName(request.fullName());
        requireRoles(request.roles());
        PasswordPolicy.check(username, request.password());
        UserAccount user = new UserAccount(username, fullName, PasswordHasher.hash(request.password()), request.roles());
        user.assignExtension(blankToNull(request.extension()));
        em.persist(user);
        em.flush();
        audit.record(AUDIT_TYPE, user.getId(), AuditEntry.Action.CREATE,
                List.of("username", "fullName", "roles", "password", "extension"), caller());
        return UserView.of(user);
    }

    /**
     * Sets name, roles, extension and (unless {@code null}) enabled. With a {@code version}, refused if someone saved
     * the user since it was read; without, applied to the user as it is now. Refused when it would leave no enabled
     * administrator, or disable the caller.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public UserView update(String username, Long version, UserChange change) {
        UserAccount user = version == null ? existing(username) : current(username, version);
        String fullName = requireFullName(change.fullName());
        requireRoles(change.roles());
        long generation = user.getCredentialGeneration();
        Set<String> changed = new TreeSet<>();
        if (!fullName.equals(user.getFullName())) {
            user.rename(fullName);
            changed.add("fullName");
        }
        if (!user.getRoles().equals(change.roles())) {
            user.assignRoles(change.roles());
            changed.add("roles");
        }
        String extension = blankToNull(change.extension());
        if (!Objects.equals(extension, user.getExtension())) {
            user.assignExtension(extension);
            changed.add("extension");
        }
        if (change.enabled() != null && change.enabled() != user.isEnabled()) {
            enable(user, change.enabled());
            changed.add("enabled");
        }
        return saved(user, generation, changed);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserView setEnabled(String username, long version, boolean enabled) {
        UserAccount user = current(username, version);
        long generation = user.getCredentialGeneration();
        if (enabled == user.isEnabled()) {
            return UserView.of(user);
        }
        enable(user, enabled);
        return saved(user, generation, Set.of("enabled"));
    }

    /** Gives the user a new random password and answers it, to be handed over once. */
    @RolesAllowed(Role.ADMIN_NAME)
    public String resetPassword(String username) {
        UserAccount user = existing(username);
        long generation = user.getCredentialGeneration();
        String password = PasswordHasher.randomPassword();
        user.changePasswordHash(PasswordHasher.hash(password));
        saved(user, generation, Set.of("password"));
        return password;
    }

    @PermitAll
    public void changeLocale(String username, Locale locale) {
        if (!LOCALES.contains(locale.getLanguage())) {
            throw new BusinessException("locale", "LOCALE_UNSUPPORTED");
        }
        find(username).ifPresent(user -> user.useLocale(locale));
    }

    /**
     * Replaces a hash made with fewer iterations by one of today's, after a sign-in proved the password. Not an
     * edit of the user (neither the version nor the credential generation moves); lost without harm if the hash
     * changed meanwhile.
     */
    @PermitAll
    public void rehash(String username, String oldHash, String newHash) {
        em.createNamedQuery("UserAccount.rehash").setParameter("username", username)
                .setParameter("oldHash", oldHash).setParameter("newHash", newHash).executeUpdate();
    }

    private void enable(UserAccount user, boolean enabled) {
        if (enabled) {
            user.enable();
        } else if (user.getUsername().equals(caller())) {
            throw new BusinessException(null, "CANNOT_DISABLE_SELF");
        } else {
            user.disable();
        }
    }

    /** Flushes and audits the change; when the credential generation moved, this server forgets it after commit. */
    private UserView saved(UserAccount user, long generationBefore, Set<String> changed) {
        em.flush();
        if (user.getCredentialGeneration() != generationBefore) {
            requireAnAdministrator();
            generations.changed(user.getUsername());
        }
        if (!changed.isEmpty()) {
            audit.record(AUDIT_TYPE, user.getId(), AuditEntry.Action.UPDATE, changed, caller());
        }
        return UserView.of(user);
    }

    private void requireAnAdministrator() {
        long admins = em.createNamedQuery("UserAccount.countEnabledWithRole", Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult();
        if (admins == 0) {
            throw new BusinessException("roles", "LAST_ADMIN");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private UserAccount existing(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("user " + username));
    }

    private UserAccount current(String username, long version) {
        UserAccount user = existing(username);
        if (user.getVersion() != version) {
            throw new StaleVersionException("user " + username);
        }
        return user;
    }

    private Optional<UserAccount> find(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    private static String requireFullName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new BusinessException("fullName", "REQUIRED");
        }
        if (fullName.strip().length() > UserAccount.FULL_NAME_MAX) {
            throw new BusinessException("fullName", "TOO_LONG", UserAccount.FULL_NAME_MAX);
        }
        return fullName.strip();
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("roles", "ROLES_REQUIRED");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
