package it.callcenter.importing;

import it.callcenter.ValidationException;
import it.callcenter.registry.ConsentEvidence;
import it.callcenter.registry.DuplicateKey;
import it.callcenter.registry.NewParty;
import it.callcenter.registry.PartyData;

import java.util.List;

/**
 * A chunk of records checked by the registry's rules before its transaction begins ({@link ChunkChecker}): the
 * records the registry accepts, in order, and those it refuses with their reasons. {@code position} is the number of
 * data records before the chunk, {@code size} the number of records in it, {@code last} whether the file ends with it.
 * The chunks before may still be being written when this one is ({@link ChunkWriters}), so the accepted records that
 * share a duplicate key with them are {@code deferred}: {@link ImportChunk} decides them only once those chunks have
 * committed, as if the chunks had been written one after the other.
 */
public record CheckedChunk(long position, int size, boolean last, List<Accepted> accepted, List<Accepted> deferred,
                           List<Rejection> rejected) {

    /**
     * A record the registry accepts: its data (for an update of a duplicate), the party it would create, that
     * party's duplicate keys (asked once: the checker and the writer both need them) and when and how its consents
     * were given, as the file states it.
     */
    public record Accepted(CsvPort.SourceRecord record, PartyData data, NewParty party, List<DuplicateKey> keys,
                           ConsentEvidence evidence) {
    }

    /** A refused record, with the reason as stored: {@code field: CODE; ...}, at most {@value #REASON_MAX} characters. */
    public record Rejection(CsvPort.SourceRecord record, String reason) {

        static final int REASON_MAX = 2000;

        static Rejection of(CsvPort.SourceRecord record, ValidationException e) {
            String reason = RowMapper.reason(e).orElse("");
            return new Rejection(record, reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason);
        }
    }
}
