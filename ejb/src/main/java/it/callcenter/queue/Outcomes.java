package it.callcenter.queue;

import it.callcenter.BusinessException;
import it.callcenter.agenda.AppointmentBook;
import it.callcenter.agenda.AppointmentDraft;
import it.callcenter.agenda.ContractBook;
import it.callcenter.agenda.ContractDraft;
import it.callcenter.agenda.LeadNotes;
import it.callcenter.NotFoundException;
import it.callcenter.campaign.EntryState;
import it.callcenter.campaign.Interview;
import it.callcenter.campaign.InterviewQuestion;
import it.callcenter.campaign.Interviews;
import it.callcenter.campaign.PromiseRule;
import it.callcenter.campaign.PromiseRules;
import it.callcenter.campaign.OutcomeDefinition;
import it.callcenter.campaign.OutcomeKind;
import it.callcenter.compliance.DoNotCallService;
import it.callcenter.platform.Rows;
import it.callcenter.platform.Sql;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Recording an outcome on the entry the operator holds, by the campaign's definition of the code: a final outcome
 * closes the entry; a retry sends it back, due after the outcome's delay, unless the campaign's attempts are used
 * up; a callback books it for a time, for the operator or anyone (a personal one becomes anyone's after the
 * campaign's grace). Each outcome is kept as an attempt (the timeline's calls and outcomes, the reports' figures).
 * DO_NOT_CALL puts the number on the list. Only the holder may record: anyone else gets 409. The interview's answers
 * sent with it are saved first; with a mandatory interview, an outcome that counts as a contact is refused
 * ({@link InterviewIncompleteException}) while a required question has no answer. A CONTRACT or APPOINTMENT makes the
 * contact promised, or the campaign's rule's ({@link ContactPromises}).
 */
@Stateless
@RolesAllowed(Role.OPERATOR_NAME)
public class Outcomes {

    static final int NOTE_MAX = 2000;

    /**
     * The statements of an outcome, in the order they run (the queue benchmark's baseline runs them as they are).
     * First the entry locked, with its campaign's rules and the campaign's active definition of the outcome's code,
     * if any, in one statement (markers: the code, the entry).
     */
    static final String LOCK_ENTRY = "SELECT e.campaign_id, e.party_id, e.phone, e.attempts, e.held_at, e.state, e.held_by,"
            + " c.max_attempts, c.callback_grace_minutes,"
            + " o.code, o.kind, o.retry_delay_minutes, o.counts_as_contact, o.counts_as_success"
            + " FROM campaign_entry e JOIN campaign c ON c.id = e.campaign_id"
            + " LEFT JOIN outcome_definition o ON o.campaign_id = e.campaign_id AND o.code = ? AND o.active"
            + " WHERE e.id = ? FOR UPDATE OF e";
    static final String RECORD_ON_ENTRY = "UPDATE campaign_entry SET state = ?, due_at = ?, attempts = ?, last_outcome = ?,"
            + " last_attempt_at = now(), held_by = NULL, held_at = NULL, lease_until = NULL,"
            + " callback_for = ?, callback_shared_at = CAST(? AS timestamptz), version = version + 1 WHERE id = ?";
    static final String RECORD_ATTEMPT = "INSERT INTO entry_attempt (id, entry_id, campaign_id, party_id, operator, phone,"
            + " outcome, note, taken_at, recorded_at, callback_at, contact, success)"
            + " VALUES (nextval('entry_attempt_seq'), ?, ?, ?, ?, ?, ?, ?, ?, now(), CAST(? AS timestamptz), ?, ?)";
    static final Duration CALLBACK_HORIZON = Duration.ofDays(366);

    /** The entry's lock and the outcome's two writes go through plain JDBC ({@link Sql}): the queue's hot path. */
    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    @EJB
    private OperatorPresence presence;

    @EJB
    private DoNotCallService doNotCall;

    @EJB
    private ContractBook contracts;

    @EJB
    private AppointmentBook appointments;

    @EJB
    private LeadNotes leadNotes;

    @EJB
    private Interviews interviews;

    @EJB
    private InterviewAnswers answers;

    @EJB
    private ContactPromises promises;

    @EJB
    private PromiseRules promiseRules;

    @Inject
    private Event<BoardChanged> changes;

    public OutcomeResult record(long entryId, OutcomeRequest request) {
        String me = session.getCallerPrincipal().getName();
        String code = request == null || request.outcome() == null ? "" : request.outcome().strip();
        HeldEntry entry = lockHeld(entryId, me, code);
        if (code.isEmpty()) {
            throw new BusinessException("outcome", "REQUIRED");
        }
        Rule definition = entry.rule();
        if (definition == null) {
            throw new BusinessException("outcome", "UNKNOWN_OUTCOME", code);
        }
        String note = note(request.note());
        interview(entryId, entry, definition, request.answers());
        Instant now = Instant.now();
        int attempts = entry.attempts() + 1;
        Next next = next(definition, request, entry, attempts, now, me);
        Timestamp takenAt = Timestamp.from(entry.heldAt() == null ? now : entry.heldAt());
        Timestamp callbackAt = next.state() == EntryState.CALLBACK ? Timestamp.from(next.dueAt()) : null;
        Sql.with(dataSource, sql -> {
            sql.update(RECORD_ON_ENTRY, next.state().name(), Timestamp.from(next.dueAt()), attempts,
                    definition.code(), next.callbackFor(),
                    next.sharedAt() == null ? null : Timestamp.from(next.sharedAt()), entryId);
            return sql.update(RECORD_ATTEMPT, entryId, entry.campaignId(), entry.partyId(), me, entry.phone(),
                    definition.code(), note, takenAt, callbackAt, definition.countsAsContact(),
                    definition.countsAsSuccess());
        });
        FollowUps followUps = followUps(definition.code(), request, entryId, entry);
        presence.idle(me);
        changes.fire(new BoardChanged(me, OperatorState.IDLE, entry.campaignId(), definition.code()));
        return new OutcomeResult(entryId, definition.code(), next.state(),
                next.state() == EntryState.DONE ? null : next.dueAt(), attempts, followUps.contract(), followUps.appointment(),
                followUps.promise());
    }

    /** Saves the answers sent; a contact waits for every required answer when the interview is mandatory. */
    private void interview(long entryId, HeldEntry entry, Rule definition, Map<String, String> given) {
        Interview interview = interviews.of(entry.campaignId());
        if (interview.isEmpty() && (given == null || given.isEmpty())) {
            return;
        }
        Map<String, String> kept = answers.write(entryId, entry.campaignId(), entry.partyId(), interview, given);
        if (interview.isMandatory() && definition.countsAsContact()) {
            List<InterviewQuestion> unanswered = interview.unanswered(kept);
            if (!unanswered.isEmpty()) {
                throw new InterviewIncompleteException(unanswered);
            }
        }
    }

    private record FollowUps(Long contract, Long appointment, Long promise) {
    }

    /**
     * What the outcome opens besides itself, in its transaction: the customer's wish not to be called again, the
     * contract, the appointment, a lead note for a colleague. A refusal of any (a contract without its product, an
     * appointment that overlaps) refuses the whole outcome, and the operator still holds the entry.
     */
    private FollowUps followUps(String code, OutcomeRequest request, long entryId, HeldEntry entry) {
        if ("DO_NOT_CALL".equals(code)) {
            doNotCall.addAtCustomersRequest(entry.phone());
        }
        Long contract = null;
        Long appointment = null;
        if ("CONTRACT".equals(code)) {
            OutcomeRequest.ContractData c = request.contract();
            if (c == null) {
                throw new BusinessException("contract", "REQUIRED");
            }
            contract = contracts.open(entry.partyId(), entry.campaignId(), entryId,
                    new ContractDraft(c.product(), c.value(), c.startDate(), c.notes()));
        }
        if ("APPOINTMENT".equals(code)) {
            OutcomeRequest.AppointmentData a = request.appointment();
            if (a == null) {
                throw new BusinessException("appointment", "REQUIRED");
            }
            appointment = appointments.book(entry.partyId(), entry.campaignId(), entryId, new AppointmentDraft(a.agent(),
                    a.start(), a.durationMinutes() == null ? AppointmentDraft.DEFAULT_MINUTES : a.durationMinutes(), a.place(), a.notes()));
        }
        Long promise = null;
        if (contract != null || appointment != null) {
            promise = promise(request.promise(), entryId, entry);
        }
        OutcomeRequest.LeadNoteData note = request.leadNote();
        if (note != null && note.to() != null && !note.to().isBlank()) {
            leadNotes.send(entry.partyId(), note.to(), note.text());
        }
        return new FollowUps(contract, appointment, promise);
    }

    /**
     * The contact promised with the outcome; without a {@code promise} at all, the one the campaign's rule makes; a
     * {@code promise} without a campaign: none (the operator took the rule's proposal away).
     */
    private Long promise(OutcomeRequest.PromiseData asked, long entryId, HeldEntry entry) {
        OutcomeRequest.PromiseData promise = asked;
        if (promise == null) {
            PromiseRule rule = promiseRules.of(entry.campaignId());
            if (!rule.isSet()) {
                return null;
            }
            promise = new OutcomeRequest.PromiseData(rule.targetCampaignId(),
                    LocalDate.now(it.callcenter.compliance.CallWindows.ITALY).plusMonths(rule.months()), null);
        } else if (promise.campaignId() == null) {
            return null;
        }
        return promises.promise(entry.partyId(), entry.phone(), entry.campaignId(), entryId, promise);
    }

    /**
     * The held entry, with its campaign's rules and the outcome's definition (null when the campaign has no active
     * one of the code) read in the same statement (issue 12: round trips fewer).
     */
    private record HeldEntry(long campaignId, long partyId, String phone, int attempts, Instant heldAt, int maxAttempts,
                             int callbackGraceMinutes, Rule rule) {
    }

    /** What recording needs of the campaign's definition of the outcome ({@link OutcomeDefinition}). */
    private record Rule(String code, OutcomeKind kind, int retryDelayMinutes, boolean countsAsContact,
                        boolean countsAsSuccess) {
    }

    private record Next(EntryState state, Instant dueAt, String callbackFor, Instant sharedAt) {
    }

    private HeldEntry lockHeld(long entryId, String me, String code) {
        Object[] row = Sql.with(dataSource, sql -> sql.rows(LOCK_ENTRY, code, entryId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("entry " + entryId));
        if (!EntryState.HELD.name().equals(row[5]) || !me.equals(row[6])) {
            throw new EntryNotHeldException(entryId);
        }
        return new HeldEntry(Rows.number(row[0]), Rows.number(row[1]), (String) row[2], ((Number) row[3]).intValue(),
                Rows.instant(row[4]), ((Number) row[7]).intValue(), ((Number) row[8]).intValue(), row[9] == null ? null
                : new Rule((String) row[9], OutcomeKind.valueOf((String) row[10]), ((Number) row[11]).intValue(),
                Boolean.TRUE.equals(row[12]), Boolean.TRUE.equals(row[13])));
    }

    private static Next next(Rule definition, OutcomeRequest request, HeldEntry entry, int attempts,
                             Instant now, String me) {
        OutcomeKind kind = definition.kind();
        if (kind == OutcomeKind.CALLBACK) {
            Instant at = request.callbackAt();
            if (at == null) {
                throw new BusinessException("callbackAt", "REQUIRED");
            }
            if (!at.isAfter(now) || at.isAfter(now.plus(CALLBACK_HORIZON))) {
                throw new BusinessException("callbackAt", "CALLBACK_TIME_INVALID");
            }
            boolean anyone = request.callbackFor() == OutcomeRequest.CallbackFor.ANYONE;
            Instant sharedAt = anyone ? at : at.plus(Duration.ofMinutes(entry.callbackGraceMinutes()));
            return new Next(EntryState.CALLBACK, at, anyone ? null : me, sharedAt);
        }
        if (kind == OutcomeKind.RETRY && attempts < entry.maxAttempts()) {
            return new Next(EntryState.OPEN, now.plus(Duration.ofMinutes(definition.retryDelayMinutes())), null, null);
        }
        return new Next(EntryState.DONE, now, null, null);
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > NOTE_MAX) {
            throw new BusinessException("note", "TOO_LONG", NOTE_MAX);
        }
        return note.strip();
    }
}
