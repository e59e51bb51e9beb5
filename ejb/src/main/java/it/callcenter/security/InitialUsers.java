package it.callcenter.security;

import it.callcenter.platform.InstallationMode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The users an installation starts with. Demo mode: the demo users of API.md and the field agents {@code agente1} and
 * {@code agente2}, password {@code demo}.
 * Production: only {@code admin}, with a random password written once to the server log; nothing is
 * created when any user exists already. The nodes of a cluster starting together for the first time take turns
 * (a PostgreSQL advisory lock held to the end of this transaction): the second finds the first one's users.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class InitialUsers {

    private static final Logger LOG = Logger.getLogger(InitialUsers.class.getName());
    static final String DEMO_PASSWORD = "demo";
    /** The advisory lock's key: "INITUSER" in ASCII, any number no other lock of the application takes. */
    static final long LOCK_KEY = 0x494E495455534552L;

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void create() {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS turn").setParameter(1, LOCK_KEY)
                .getSingleResult();
        if (InstallationMode.current() == InstallationMode.DEMO) {
            createDemoUsers();
        } else if (countUsers() == 0) {
            String password = PasswordHasher.randomPassword();
            add("admin", "Amministratore", PasswordHasher.hash(password), EnumSet.of(Role.ADMIN), null);
            LOG.warning("Created the user 'admin' with the password " + password
                    + " - write it down now: it is not shown again.");
        }
    }

    /** The demo password is hashed once for all of them (at today's cost, 8 hashes would add a second or two to every start). */
    private void createDemoUsers() {
        Supplier<String> demoHash = new Supplier<>() {
            private String hash;

            @Override
            public String get() {
                if (hash == null) {
                    hash = PasswordHasher.hash(DEMO_PASSWORD);
                }
                return hash;
            }
        };
        addIfMissing("admin", "Amministratore Demo", EnumSet.of(Role.ADMIN), null, demoHash);
        addIfMissing("supervisor", "Sara Supervisori", EnumSet.of(Role.SUPERVISOR), null, demoHash);
        addIfMissing("manager", "Marco Manager", EnumSet.of(Role.MANAGER), null, demoHash);
        String[] names = {"Anna Rossi", "Luca Bianchi", "Giulia Russo", "Paolo Ferrari", "Chiara Esposito"};
        for (int i = 1; i <= names.length; i++) {
            addIfMissing("operator" + i, names[i - 1], EnumSet.of(Role.OPERATOR), String.valueOf(200 + i), demoHash);
        }
        // field agents (agenda.DemoFieldAgents): they sign in to read their calendar, with the least role there is
        addIfMissing("agente1", "Giorgio Verdi", EnumSet.of(Role.OPERATOR), null, demoHash);
        addIfMissing("agente2", "Elena Conti", EnumSet.of(Role.OPERATOR), null, demoHash);
    }

    private void addIfMissing(String username, String fullName, Set<Role> roles, String extension, Supplier<String> hash) {
        boolean exists = !em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username).getResultList().isEmpty();
        if (!exists) {
            add(username, fullName, hash.get(), roles, extension);
        }
    }

    private void add(String username, String fullName, String passwordHash, Set<Role> roles, String extension) {
        UserAccount user = new UserAccount(username, fullName, passwordHash, roles);
        user.assignExtension(extension);
        em.persist(user);
    }

    private long countUsers() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    }
}
