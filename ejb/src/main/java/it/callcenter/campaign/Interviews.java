package it.callcenter.campaign;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import it.callcenter.platform.Sql;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The campaigns' questionnaires: read by whoever works the campaign (the workstation shows it beside the script),
 * replaced whole by a supervisor. The questions are rows in order; the choices of a question travel as one text
 * joined by the unit separator (never typed: {@link InterviewQuestion} strips every choice), so no array crosses
 * the driver. Answers already given to a question that is later removed stay with their entries.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class Interviews {

    static final String SEPARATOR = "\u001f";
    /** The campaign's row joined to its questions, if any (public for the queue benchmark's baseline, which runs it). */
    public static final String QUESTIONNAIRE = "SELECT c.interview_mandatory, q.code, q.text, q.type,"
            + " array_to_string(q.choices, chr(31)), q.required FROM campaign c"
            + " LEFT JOIN interview_question q ON q.campaign_id = c.id WHERE c.id = ? ORDER BY q.position, q.code";

    @PersistenceContext
    private EntityManager em;

    /** The questionnaire's read is plain JDBC ({@link Sql}): it runs at every outcome. */
    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    @EJB
    private AuditLog audit;

    /**
     * The campaign's questionnaire ({@link Interview#NONE} when it has none); 404 for no such campaign. One statement
     * (read at every outcome): the campaign's row, joined to its questions if any.
     */
    public Interview of(long campaignId) {
        List<Object[]> rows = Sql.with(dataSource, sql -> sql.rows(QUESTIONNAIRE, campaignId));
        if (rows.isEmpty()) {
            throw new NotFoundException("campaign " + campaignId);
        }
        List<InterviewQuestion> questions = new ArrayList<>();
        for (Object[] r : rows) {
            if (r[1] == null) {
                continue;
            }
            List<String> choices = r[4] == null || ((String) r[4]).isEmpty() ? List.of() : List.of(((String) r[4]).split(SEPARATOR));
            questions.add(new InterviewQuestion((String) r[1], (String) r[2], QuestionType.valueOf((String) r[3]), choices,
                    Boolean.TRUE.equals(r[5])));
        }
        return new Interview(questions, Boolean.TRUE.equals(rows.get(0)[0]));
    }

    /** Replaces the campaign's questionnaire; audited ({@code CAMPAIGN}, {@code interview=N questions}). */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Interview change(long campaignId, Interview interview) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw new NotFoundException("campaign " + campaignId);
        }
        if (campaign.getState() == CampaignState.CLOSED) {
            throw new BusinessException(null, "CAMPAIGN_CLOSED_EDIT", campaign.getName());
        }
        if (interview == null) {
            throw new BusinessException("body", "REQUIRED");
        }
        if (interview.questions().size() > Interview.QUESTIONS_MAX) {
            throw new BusinessException("questions", "INTERVIEW_TOO_MANY", Interview.QUESTIONS_MAX);
        }
        List<InterviewQuestion> checked = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < interview.questions().size(); i++) {
            InterviewQuestion question = interview.questions().get(i);
            if (question == null) {
                throw new BusinessException("questions[" + i + "]", "REQUIRED");
            }
            InterviewQuestion q = question.checked(i);
            if (!codes.add(q.code())) {
                throw new BusinessException("questions[" + i + "].code", "INTERVIEW_CODE_TWICE", q.code());
            }
            checked.add(q);
        }
        boolean mandatory = interview.isMandatory();
        em.createNativeQuery("DELETE FROM interview_question WHERE campaign_id = ?1").setParameter(1, campaignId).executeUpdate();
        for (int i = 0; i < checked.size(); i++) {
            InterviewQuestion q = checked.get(i);
            em.createNativeQuery("INSERT INTO interview_question (campaign_id, code, position, text, type, choices, required)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, string_to_array(CAST(?6 AS text), chr(31)), ?7)")
                    .setParameter(1, campaignId).setParameter(2, q.code()).setParameter(3, i).setParameter(4, q.text())
                    .setParameter(5, q.type().name()).setParameter(6, q.type() == QuestionType.CHOICE ? String.join(SEPARATOR, q.choices()) : null)
                    .setParameter(7, q.isRequired()).executeUpdate();
        }
        em.createNativeQuery("UPDATE campaign SET interview_mandatory = ?1 WHERE id = ?2")
                .setParameter(1, mandatory).setParameter(2, campaignId).executeUpdate();
        audit.record(CampaignService.AUDIT_TYPE, campaignId, AuditEntry.Action.UPDATE,
                List.of("interview=" + checked.size(), "mandatory=" + mandatory), session.getCallerPrincipal().getName());
        return new Interview(checked, mandatory);
    }
}
