package it.callcenter.security;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Users and roles: sign-in, and the administrator's use cases. One method, one use case, one transaction. */
@Stateless
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final Set<String> LOCALES = Set.of("it", "en");

    @PersistenceContext
    private EntityManager em;

    /** The user, if the password is right and the account enabled; nothing says which of the two failed. */
    @PermitAll
    public Optional<UserView> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        return find(username.strip().toLowerCase(Locale.ROOT))
                .filter(UserAccount::isEnabled)
                .filter(user -> PasswordHasher.verify(password, user.getPasswordHash()))
                .map(UserView::of);
    }

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
    public UserView create(NewUser request) {
        String username = request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new BusinessException("username", "USERNAME_INVALID");
        }
        if (find(username).isPresent()) {
            throw new BusinessException("username", "USERNAME_TAKEN", username);
        }
        String fullName = requireFullName(request.fullName());
        requireRoles(request.roles());
        PasswordPolicy.check(username, request.password());
        UserAccount user = new UserAccount(username, fullName, PasswordHasher.hash(request.password()), request.roles());
        user.assignExtension(blankToNull(request.extension()));
        em.persist(user);
        em.flush();
        return UserView.of(user);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserView update(String username, long version, String fullName, Set<Role> roles, String extension) {
        UserAccount user = current(username, version);
        requireRoles(roles);
        user.rename(requireFullName(fullName));
        user.assignRoles(roles);
        user.assignExtension(blankToNull(extension));
        em.flush();
        return UserView.of(user);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserView setEnabled(String username, long version, boolean enabled, String actingUser) {
        UserAccount user = current(username, version);
        if (!enabled && user.getUsername().equals(actingUser)) {
            throw new BusinessException(null, "CANNOT_DISABLE_SELF");
        }
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        em.flush();
        return UserView.of(user);
    }

    /** Gives the user a new random password and answers it, to be handed over once. */
    @RolesAllowed(Role.ADMIN_NAME)
    public String resetPassword(String username) {
        UserAccount user = find(username).orElseThrow(() -> new NotFoundException("user " + username));
        String password = PasswordHasher.randomPassword();
        user.changePasswordHash(PasswordHasher.hash(password));
        return password;
    }

    @PermitAll
    public void changeLocale(String username, Locale locale) {
        if (!LOCALES.contains(locale.getLanguage())) {
            throw new BusinessException("locale", "LOCALE_UNSUPPORTED");
        }
        find(username).ifPresent(user -> user.useLocale(locale));
    }

    private UserAccount current(String username, long version) {
        UserAccount user = find(username).orElseThrow(() -> new NotFoundException("user " + username));
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
