package it.callcenter.queue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An outcome as the operator records it (API.md's body of {@code POST /queue/entries/{id}/outcome}): the code, a
 * note, the callback's time and for whom, and what a CONTRACT or APPOINTMENT outcome opens; a lead note for a
 * user; the interview's answers; after a CONTRACT or APPOINTMENT, the contact promised (else the campaign's rule).
 */
public record OutcomeRequest(String outcome, String note, Instant callbackAt, CallbackFor callbackFor,
                             ContractData contract, AppointmentData appointment, LeadNoteData leadNote,
                             Map<String, String> answers, PromiseData promise) {

    public enum CallbackFor {
        ME, ANYONE
    }

    public record ContractData(String product, BigDecimal value, LocalDate startDate, String notes) {
    }

    public record AppointmentData(String agent, Instant start, Integer durationMinutes, String place, String notes) {
    }

    public record LeadNoteData(String to, String text) {
    }

    /** A new contact promised: the party joins {@code campaignId}, due from {@code dueOn}, with a note. */
    public record PromiseData(Long campaignId, LocalDate dueOn, String note) {
    }

    public static OutcomeRequest of(String outcome) {
        return new OutcomeRequest(outcome, null, null, null, null, null, null, null, null);
    }
}
