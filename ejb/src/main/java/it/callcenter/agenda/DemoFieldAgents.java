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
 * the agenda has someone to book from the first start: agente1 covers the provinces of the north, agente2 those of the
 * centre, the south and the islands (given once: an administrator's later changes stay). Production makes none.
 */
@Singleton
@Startup
@DependsOn("InitialUsers")
public class DemoFieldAgents {

    static final String[] DEMO_AGENTS = {"agente1", "agente2"};
    /** The ISTAT zones each demo agent covers, by its provinces. */
    private static final String[][] DEMO_ZONES = {{"Nord-ovest", "Nord-est"}, {"Centro", "Sud", "Isole"}};

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
            em.createNativeQuery("INSERT INTO field_agent_zone (username, kind, code) SELECT DISTINCT f.username, 'PROVINCE',"
                            + " c.province_abbr FROM field_agent f, comune c WHERE f.username = ?1 AND c.zone_name = ANY(CAST(?2 AS text[]))"
                            + " AND NOT EXISTS (SELECT 1 FROM field_agent_zone z WHERE z.username = f.username)")
                    .setParameter(1, DEMO_AGENTS[i]).setParameter(2, DEMO_ZONES[i]).executeUpdate();
        }
    }
}
