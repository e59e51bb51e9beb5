package it.callcenter.telephony;

/**
 * The statements that move a call forward, one per kind of PBX event, each conditional on the call's state so that
 * applying an event twice (two nodes, two threads, a replay) changes nothing the second time. A statement that moves
 * the state also logs it in {@code call_state_change} (when the PBX said it, when it was applied, where) and returns
 * the changed call, so that only the writer tells anyone. Channels are compared as legs ({@link OperatorChannels#leg}).
 */
final class CallSql {

    static final String IN_PROGRESS = "('DIALING', 'RINGING', 'ANSWERED')";
    static final String CHANGED_COLUMNS = "id, direction, state, disposition, operator, party_id, entry_id, number";

    private CallSql() {
    }

    /** The update (or insert) logged as a state change, answering the changed calls. */
    static String logged(String change) {
        return "WITH changed AS (" + change + " RETURNING " + CHANGED_COLUMNS + "),"
                + " logged AS (INSERT INTO call_state_change (call_id, state, at, applied_at, node)"
                + " SELECT id, state, :at, clock_timestamp(), :node FROM changed ON CONFLICT DO NOTHING)"
                + " SELECT " + CHANGED_COLUMNS + " FROM changed";
    }

    /** Our variable on the operator's channel: the call's Linkedid and operator leg. */
    static final String TAGGED = "UPDATE call SET linkedid = :linkedid, operator_channel = :leg,"
            + " operator_uniqueid = :uniqueid, version = version + 1"
            + " WHERE id = :id AND direction = 'OUTBOUND' AND linkedid IS NULL";

    /** A successful OriginateResponse: the same, by our ActionID, if the variable was missed. */
    static final String ORIGINATED = "UPDATE call SET linkedid = :uniqueid, operator_channel = :leg,"
            + " operator_uniqueid = coalesce(operator_uniqueid, :uniqueid), version = version + 1"
            + " WHERE action_id = :actionId AND linkedid IS NULL";

    static final String ORIGINATE_FAILED = logged("UPDATE call SET state = 'FAILED',"
            + " disposition = coalesce(disposition, :disposition), ended_at = :at, version = version + 1"
            + " WHERE action_id = :actionId AND state = 'DIALING'");

    static final String RECORDING = "UPDATE call SET recording = :file, version = version + 1"
            + " WHERE linkedid = :linkedid AND recording IS NULL AND (operator_channel = :leg OR customer_channel = :leg)";

    /** The operator's channel dials the customer. */
    static final String CUSTOMER_DIALLED = logged("UPDATE call SET state = 'RINGING', ringing_at = :at,"
            + " customer_channel = :destination, customer_uniqueid = :destinationUniqueid, version = version + 1"
            + " WHERE linkedid = :linkedid AND direction = 'OUTBOUND' AND operator_channel = :source AND state = 'DIALING'");

    /**
     * A channel dials an operator's phone: an inbound call (or a customer transferred to this operator), made once
     * (the operator leg's Uniqueid is unique). The party is the earlier call's of the same Linkedid (a transfer), else
     * the one whose phone is the caller id in E.164.
     */
    static final String INBOUND = "WITH owner AS (SELECT username FROM app_user WHERE extension = :extension AND enabled"
            + " ORDER BY username LIMIT 1),"
            + " earlier AS (SELECT party_id, number FROM call WHERE linkedid = :linkedid ORDER BY id LIMIT 1),"
            + " changed AS (INSERT INTO call (id, direction, state, operator, number, party_id, started_at, ringing_at,"
            + " linkedid, operator_channel, operator_uniqueid, customer_channel, customer_uniqueid)"
            + " SELECT nextval('call_seq'), 'INBOUND', 'RINGING', owner.username, coalesce(earlier.number, :number),"
            + " CASE WHEN earlier.number IS NOT NULL THEN earlier.party_id ELSE (SELECT c.party_id FROM party_contact c"
            + " WHERE c.search_key = CAST(:e164 AS varchar) AND c.kind IN ('MOBILE', 'PHONE') ORDER BY c.party_id LIMIT 1) END,"
            + " :at, :at, :linkedid, :destination, :destinationUniqueid, :source, :sourceUniqueid"
            + " FROM owner LEFT JOIN earlier ON true ON CONFLICT (operator_uniqueid) DO NOTHING"
            + " RETURNING " + CHANGED_COLUMNS + "),"
            + " logged AS (INSERT INTO call_state_change (call_id, state, at, applied_at, node)"
            + " SELECT id, state, :at, clock_timestamp(), :node FROM changed ON CONFLICT DO NOTHING)"
            + " SELECT " + CHANGED_COLUMNS + " FROM changed";

    /** The operator's own phone of an originate was busy, not answered, unreachable: the customer is never dialled. */
    static final String OPERATOR_LEG_FAILED = logged("UPDATE call SET state = 'FAILED',"
            + " disposition = coalesce(disposition, :disposition), ended_at = :at, version = version + 1"
            + " WHERE linkedid = :linkedid AND direction = 'OUTBOUND' AND operator_channel = :destination"
            + " AND state = 'DIALING'");

    /** The dialled side of the call: the customer's leg of an outbound call, the operator's of an inbound one. */
    private static final String DIALLED_LEG = "((direction = 'OUTBOUND' AND linkedid = :linkedid"
            + " AND customer_channel = :destination) OR (direction = 'INBOUND' AND operator_uniqueid = :destinationUniqueid))";

    static final String ANSWERED = logged("UPDATE call SET state = 'ANSWERED', answered_at = :at,"
            + " version = version + 1 WHERE " + DIALLED_LEG + " AND state IN ('DIALING', 'RINGING')");

    /** Busy, no answer, congestion, cancelled: how it will end (the hangups that follow end it). */
    static final String DIAL_REFUSED = "UPDATE call SET disposition = CASE WHEN :status = 'CANCEL' THEN"
            + " CASE direction WHEN 'INBOUND' THEN 'ABANDONED' ELSE 'CANCELLED' END"
            + " ELSE CAST(:disposition AS varchar) END, version = version + 1"
            + " WHERE " + DIALLED_LEG + " AND disposition IS NULL AND state IN ('DIALING', 'RINGING')";

    static final String BRIDGED = logged("UPDATE call SET state = 'ANSWERED', answered_at = :at, version = version + 1"
            + " WHERE linkedid = :linkedid AND ((direction = 'OUTBOUND' AND customer_channel = :leg)"
            + " OR (direction = 'INBOUND' AND operator_channel = :leg)) AND state IN ('DIALING', 'RINGING')");

    /**
     * The first hangup of either leg ends the call: FAILED when an outbound call never reached the customer, else
     * HUNG_UP; the cause kept is the customer leg's (the operator's, when the customer was never dialled); the
     * disposition, when no DialEnd said it, follows from the answer and the cause.
     */
    static final String HUNG_UP = logged("UPDATE call SET"
            + " state = CASE WHEN answered_at IS NULL AND customer_channel IS NULL AND direction = 'OUTBOUND'"
            + " THEN 'FAILED' ELSE 'HUNG_UP' END,"
            + " ended_at = :at,"
            + " hangup_cause = CASE WHEN :cause <> 0 AND (customer_channel = :leg OR customer_channel IS NULL)"
            + " THEN :cause ELSE hangup_cause END,"
            + " disposition = coalesce(disposition, CASE"
            + " WHEN answered_at IS NOT NULL THEN 'ANSWERED'"
            + " WHEN direction = 'OUTBOUND' AND customer_channel IS NULL THEN CASE :cause WHEN 16 THEN 'CANCELLED'"
            + " WHEN 17 THEN 'OPERATOR_BUSY' WHEN 21 THEN 'OPERATOR_BUSY' WHEN 18 THEN 'OPERATOR_NO_ANSWER'"
            + " WHEN 19 THEN 'OPERATOR_NO_ANSWER' ELSE 'OPERATOR_UNAVAILABLE' END"
            + " WHEN direction = 'INBOUND' AND customer_channel = :leg THEN 'ABANDONED'"
            + " WHEN :cause = 17 THEN 'BUSY' WHEN :cause IN (34, 38, 42) THEN 'CONGESTION'"
            + " ELSE 'NO_ANSWER' END),"
            + " version = version + 1"
            + " WHERE linkedid = :linkedid AND (operator_channel = :leg OR customer_channel = :leg)"
            + " AND state IN " + IN_PROGRESS);

    /** A later hangup tells the cause the first one did not (busy: the customer's ;1 says 0, its ;2 then 17). */
    static final String LATE_CAUSE = "UPDATE call SET hangup_cause = :cause, version = version + 1"
            + " WHERE linkedid = :linkedid AND coalesce(hangup_cause, 0) = 0"
            + " AND (customer_channel = :leg OR (customer_channel IS NULL AND operator_channel = :leg))";

    /**
     * After a reconnect (or by the sweep): calls in progress that began before {@code :before} and whose Linkedid is
     * among no channel of the PBX are over, how is unknown; one never linked to a channel is over once the originate
     * timeout has long passed ({@code :unlinkedBefore}).
     */
    static final String LOST = logged("UPDATE call SET state = 'HUNG_UP', disposition = coalesce(disposition, 'LOST'),"
            + " ended_at = :at, version = version + 1 WHERE state IN " + IN_PROGRESS
            + " AND ((linkedid IS NOT NULL AND started_at < :before AND linkedid <> ALL(CAST(:live AS varchar[])))"
            + " OR (linkedid IS NULL AND started_at < :unlinkedBefore))");
}
