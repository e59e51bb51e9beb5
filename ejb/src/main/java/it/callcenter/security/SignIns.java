package it.callcenter.security;

import it.callcenter.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Locale;
import java.util.Optional;

/**
 * Signing in, by the login screen or by HTTP Basic on each API call. In order: the throttle (too many failures for
 * the user or from the address: refused without looking at the password); for the API, a credential verified in
 * the last minute whose generation is still the user's; then the password against its PBKDF2 hash, an unknown
 * user's against a dummy hash of the same cost, so the answer takes as long either way. Every refusal is audited
 * with its reason and address (a throttled user or address once per wait); the password never is. A hash made
 * with fewer iterations than today's is replaced after a successful sign-in. No transaction is held while
 * hashing: the audit and the re-hash are short transactions of their own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignIns {

    /** Which door the attempt came through: the login screen, or HTTP Basic on the API. */
    public enum Door { SCREEN, API }

    /** Why a sign-in was refused, as the audit records it. */
    public enum Refusal { UNKNOWN_USER, WRONG_PASSWORD, DISABLED, THROTTLED }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private CredentialCache remembered;

    @Inject
    private CredentialGenerations generations;

    @EJB
    private AuditLog audit;

    @EJB
    private UserService users;

    @PermitAll
    public SignInResult signIn(String username, String password, String address, Door door) {
        String name = normalize(username);
        String secret = password == null ? "" : password;
        LoginThrottle.Wait wait = throttle.check(name, address);
        if (wait.refused()) {
            if (wait.first()) {
                audit.refusedSignIn(name, null, address, door.name(), Refusal.THROTTLED.name());
            }
            return SignInResult.throttled(wait.seconds());
        }
        if (door == Door.API) {
            Optional<CredentialCache.Entry> known = remembered.get(name, secret);
            if (known.isPresent() && generations.isCurrent(name, known.get().generation())) {
                return SignInResult.signedIn(name, known.get().roles(), known.get().generation());
            }
        }
        // one statement, roles included, whether the user exists or not: the time of a refusal tells nothing
        UserAccount user = em.createNamedQuery("UserAccount.signIn", UserAccount.class)
                .setParameter("username", name).getResultStream().findFirst().orElse(null);
        boolean right = PasswordHasher.verify(secret, user == null ? null : user.getPasswordHash());
        Refusal refusal = user == null ? Refusal.UNKNOWN_USER
                : !right ? Refusal.WRONG_PASSWORD
                : !user.isEnabled() ? Refusal.DISABLED : null;
        if (refusal != null) {
            throttle.failed(name, address);
            audit.refusedSignIn(name, user == null ? null : user.getId(), address, door.name(), refusal.name());
            return SignInResult.refused();
        }
        throttle.succeeded(name);
        if (PasswordHasher.needsRehash(user.getPasswordHash())) {
            users.rehash(name, user.getPasswordHash(), PasswordHasher.hash(secret));
        }
        if (door == Door.API) {
            remembered.put(name, secret, user.getRoles(), user.getCredentialGeneration());
        }
        return SignInResult.signedIn(name, user.getRoles(), user.getCredentialGeneration());
    }

    /** User names are stored lower case; anything longer than the longest possible is cut, it cannot exist anyway. */
    static String normalize(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > UserAccount.USERNAME_MAX ? name.substring(0, UserAccount.USERNAME_MAX + 1) : name;
    }
}
