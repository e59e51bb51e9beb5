package it.callcenter.telephony;

import it.callcenter.platform.Rows;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A call as the API and the call log show it (API.md {@code GET /calls/{id}}): its state, times, the talk time in
 * seconds ({@code durationSeconds}: from the answer to the end, or to now while it lasts), how it ended, the hangup
 * cause (Q.850) and the recording's file name.
 */
public record CallView(long callId, CallDirection direction, CallState state, CallDisposition disposition,
                       String operator, Long partyId, Long entryId, Long campaignId, String number,
                       Instant startedAt, Instant ringingAt, Instant answeredAt, Instant endedAt, long durationSeconds,
                       Integer hangupCause, String recording, String transferredTo) implements Serializable {

    static final String COLUMNS = "id, direction, state, disposition, operator, party_id, entry_id, campaign_id, number,"
            + " started_at, ringing_at, answered_at, ended_at, hangup_cause, recording, transferred_to";

    static CallView of(Object[] r) {
        Instant answered = Rows.instant(r[11]);
        Instant ended = Rows.instant(r[12]);
        long duration = answered == null ? 0
                : Math.max(0, Duration.between(answered, ended == null ? Instant.now() : ended).toSeconds());
        return new CallView(Rows.number(r[0]), CallDirection.valueOf((String) r[1]),
                CallState.valueOf((String) r[2]), r[3] == null ? null : CallDisposition.valueOf((String) r[3]),
                (String) r[4], Rows.numberOrNull(r[5]),
                Rows.numberOrNull(r[6]), Rows.numberOrNull(r[7]),
                (String) r[8], Rows.instant(r[9]), Rows.instant(r[10]),
                answered, ended, duration, r[13] == null ? null : ((Number) r[13]).intValue(), (String) r[14],
                (String) r[15]);
    }
}
