package it.callcenter.importing;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A job as the screens show it. {@code total} is the number of data records, estimated from the file's first bytes
 * until {@code totalExact}; {@code position} is how many of them are committed.
 */
public record ImportJobView(long id, String fileName, ImportJob.State state, String createdBy, Instant createdAt,
                            Instant finishedAt, DuplicatePolicy duplicates, String encoding, char delimiter,
                            long position, long total, boolean totalExact, long read, long created, long updated,
                            long skipped, long rejected, String message) implements Serializable {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

    /** Whole percent done: 100 only when the job is done, an estimate never reaches it. */
    public int percent() {
        if (state == ImportJob.State.DONE) {
            return 100;
        }
        if (total <= 0) {
            return 0;
        }
        return (int) Math.min(99, position * 100 / total);
    }

    /** When it was started, as Italian users read it, in Europe/Rome. */
    public String createdAtText() {
        return SHOWN.format(createdAt);
    }

    public boolean ended() {
        return state.ended();
    }

    public boolean cancellable() {
        return !state.ended();
    }
}
