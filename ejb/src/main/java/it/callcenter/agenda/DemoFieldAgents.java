package it.callcenter.agenda;

import it.callcenter.platform.InstallationMode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Demo mode: the demo users {@code agente1} and {@code agente2} (made by security.InitialUsers) are field agents, so
 * the agenda has someone to book from the first start. Production makes none.
 */
@Singleton
@Startup
@DependsOn("InitialUsers")
public class DemoFieldAgents {

    static final String[] DEMO_AGENTS = {"agente1", "agente2"};

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void register() {
        if (InstallationMode.current() != InstallationMode.DEMO) {
            return;
        }
        for (int i = 0; i < DEMO_AGENTS.length; i++) {
            em.createNativeQuery("INSERT INTO field_agent (username, phone) SELECT username, ?2 FROM app_user"
                            + " WHERE username = ?1 ON CONFLICT (username) DO NOTHING")
                    .setParameter(1, DEMO_AGENTS[i]).setParameter(2, "+39 333 000 000" + (i + 1)).executeUpdate();
        }
    }
}
