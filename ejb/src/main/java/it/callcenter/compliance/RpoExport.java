package it.callcenter.compliance;

import it.callcenter.NotFoundException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The numbers of a campaign to submit to the Registro Pubblico delle Opposizioni: a CSV with the header
 * {@code numero} and one Italian number a line in national form (no {@code +39}), each once, foreign numbers left
 * out (the register knows only Italian ones). Read through a database cursor while it is written, so a campaign of
 * any size streams in constant memory; the export is audited like the archive's.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class RpoExport {

    public static final String AUDIT_TYPE = "RPO_EXPORT";
    public static final String HEADER = "numero";
    private static final int FETCH = 5_000;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    @EJB
    private AuditLog audit;

    /** The campaigns to choose from, by name. */
    public List<CampaignChoice> campaigns() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM campaign ORDER BY lower(name)").getResultList();
        return rows.stream().map(r -> new CampaignChoice(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    /** The name of the file for a campaign; refuses a campaign that does not exist. */
    public String fileName(long campaignId) {
        if (em.createNativeQuery("SELECT 1 FROM campaign WHERE id = ?").setParameter(1, campaignId).getResultList().isEmpty()) {
            throw new NotFoundException("campaign " + campaignId);
        }
        return "rpo-campagna-" + campaignId + ".csv";
    }

    /** Writes the file; returns how many numbers it holds. */
    public long write(long campaignId, OutputStream out) throws IOException {
        fileName(campaignId);
        audit.record(AUDIT_TYPE, campaignId, AuditEntry.Action.EXPORT, List.of("phone"), session.getCallerPrincipal().getName());
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(HEADER + "\r\n");
        long count = 0;
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement("SELECT DISTINCT phone FROM campaign_entry"
                     + " WHERE campaign_id = ? AND phone LIKE '+39%' ORDER BY phone")) {
            select.setFetchSize(FETCH);
            select.setLong(1, campaignId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    writer.write(NationalNumber.of(rows.getString(1)) + "\r\n");
                    count++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("RPO export of campaign " + campaignId + " failed", e);
        }
        writer.flush();
        return count;
    }
}
