package it.callcenter.queue;

import it.callcenter.compliance.CallPermission;
import it.callcenter.compliance.RequiredConsent;

import java.util.List;

/**
 * The queue's statements exactly as the application sends them ({@link DispatchSql}, {@link Outcomes}), for the
 * queue benchmark's plain-JDBC baseline (this class lives in the queue's package for that).
 */
public final class QueueStatements {

    public record Statement(String sql, List<Object> parameters) {
    }

    public static final String LOCK_ENTRY = Outcomes.LOCK_ENTRY;
    public static final String RECORD_ON_ENTRY = Outcomes.RECORD_ON_ENTRY;
    public static final String RECORD_ATTEMPT = Outcomes.RECORD_ATTEMPT;
    /** The clock-in, paused? and the held entry, one statement; its four markers take the operator's name. */
    public static final String CLOCK_IN_PAUSED_AND_HELD = QueueService.CLOCK_IN_PAUSED_AND_HELD;
    /** The campaign's questionnaire, read at every outcome; one marker, the campaign. */
    public static final String QUESTIONNAIRE = it.callcenter.campaign.Interviews.QUESTIONNAIRE;
    public static final String ASSIGNED = QueueService.ASSIGNED;
    /** The presence upsert (the application runs it through plain JDBC too). */
    public static final String PRESENCE = OperatorPresence.UPSERT;

    private QueueStatements() {
    }

    /** "Next customer" of one operator in one campaign. */
    public static Statement dispatch(String operator, long campaignId, RequiredConsent consent, boolean rpoCheck, boolean shared) {
        DispatchSql sql = DispatchSql.of(operator, List.of(new DispatchSql.Eligible(campaignId,
                new CallPermission(consent, rpoCheck), shared)));
        return new Statement(sql.sql(), sql.parameters());
    }
}
