package it.callcenter.campaign;

import it.callcenter.NotFoundException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import it.callcenter.platform.Rows;
import it.callcenter.registry.PartyRowWriter;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's entries as a file (the registry's CSV/XLSX writers, safe against formula injection): who, the number,
 * the state, the last outcome, the attempts, the last attempt, the operator dealt, then one column a question of
 * the interview (headed by its text) with the entry's answer. The fixed columns' headers come from the caller's
 * bundle. As the archive's export: read in keyset chunks of {@value #CHUNK} outside a transaction while the file
 * streams; audited when it ends ({@code CAMPAIGN}, {@code export}, the format and {@code rows=N}).
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CampaignExporter {

    static final int CHUNK = 1000;
    /** The fixed columns, in order: the web layer heads them from its bundle ({@code campaign.export.<name>}). */
    public static final List<String> COLUMNS = List.of("party", "phone", "state", "outcome", "attempts", "lastAttempt", "operator");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private Interviews interviews;

    @EJB
    private AuditLog audit;

    /**
     * Writes the file; {@code headers} names {@link #COLUMNS}, {@code labels} words the entry states (by name) and the
     * answers YES and NO of yes/no questions, in the reader's language. Answers the rows written.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long export(long campaignId, List<String> headers, Map<String, String> labels, String format,
                       PartyRowWriter out) throws IOException {
        if (em.find(Campaign.class, campaignId) == null) {
            throw new NotFoundException("campaign " + campaignId);
        }
        String caller = session.getCallerPrincipal().getName();
        List<InterviewQuestion> questions = interviews.of(campaignId).questions();
        List<String> names = new ArrayList<>(headers);
        questions.forEach(q -> names.add(q.text()));
        long count = 0;
        boolean complete = false;
        try {
            out.header(names);
            long after = Long.MIN_VALUE;
            while (true) {
                List<Object[]> chunk = Rows.of(em.createNativeQuery("SELECT e.id, p.display_name, e.phone, e.state, e.last_outcome,"
                                + " e.attempts, e.last_attempt_at, e.assigned_to FROM campaign_entry e JOIN party p ON p.id = e.party_id"
                                + " WHERE e.campaign_id = ?1 AND e.id > ?2 ORDER BY e.id LIMIT ?3")
                        .setParameter(1, campaignId).setParameter(2, after).setParameter(3, CHUNK));
                if (chunk.isEmpty()) {
                    break;
                }
                Map<Long, Map<String, String>> answers = answers(chunk);
                for (Object[] r : chunk) {
                    List<Object> row = new ArrayList<>();
                    row.add(r[1]);
                    row.add(r[2]);
                    row.add(labels.getOrDefault((String) r[3], (String) r[3]));
                    row.add(r[4]);
                    row.add(String.valueOf(r[5]));
                    row.add(r[6] == null ? null : LocalDateTime.ofInstant(Rows.instant(r[6]), it.callcenter.compliance.CallWindows.ITALY));
                    row.add(r[7]);
                    Map<String, String> given = answers.getOrDefault(Rows.number(r[0]), Map.of());
                    questions.forEach(q -> row.add(q.type() == QuestionType.YES_NO && given.get(q.code()) != null
                            ? labels.getOrDefault(given.get(q.code()), given.get(q.code())) : given.get(q.code())));
                    out.row(row);
                    count++;
                }
                after = Rows.number(chunk.get(chunk.size() - 1)[0]);
            }
            out.finish();
            complete = true;
            return count;
        } finally {
            List<String> fields = new ArrayList<>(List.of("export", "format=" + format, "rows=" + count));
            if (!complete) {
                fields.add("incomplete");
            }
            audit.record(CampaignService.AUDIT_TYPE, campaignId, AuditEntry.Action.EXPORT, fields, caller);
        }
    }

    private Map<Long, Map<String, String>> answers(List<Object[]> chunk) {
        Long[] ids = chunk.stream().map(r -> Rows.number(r[0])).toArray(Long[]::new);
        Map<Long, Map<String, String>> answers = new HashMap<>();
        for (Object[] a : Rows.of(em.createNativeQuery("SELECT entry_id, code, answer FROM interview_answer WHERE entry_id = ANY(?1)")
                .setParameter(1, ids))) {
            answers.computeIfAbsent(Rows.number(a[0]), id -> new HashMap<>()).put((String) a[1], (String) a[2]);
        }
        return answers;
    }
}
