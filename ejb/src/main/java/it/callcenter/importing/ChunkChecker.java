package it.callcenter.importing;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import it.callcenter.registry.DuplicateKey;
import it.callcenter.registry.NewParty;
import it.callcenter.registry.PartyValidator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps and validates the records of one job's chunks with the registry's {@link PartyValidator}, outside any
 * transaction: nothing it asks changes while a chunk is written (the comuni are reference data, the administrator's
 * lists are read once when the job's run starts), so the next chunk can be checked while the previous one is written.
 * Unless every record creates a party ({@link DuplicatePolicy#CREATE}), an accepted record is deferred when it shares
 * a duplicate key with one of the chunks before that may still be uncommitted when this one is written, or with a
 * record deferred before it. One checker per run of a job, used by one thread at a time, chunk after chunk.
 */
public final class ChunkChecker {

    private final RowMapper mapper;
    private final PartyValidator validator;
    private final String creator;
    private final int columns;
    private final boolean duplicatesMatter;
    private final int uncommittedBefore;
    private final Deque<Set<DuplicateKey>> previousKeys = new ArrayDeque<>();

    /** {@code uncommittedBefore}: how many chunks before a chunk may still be uncommitted while it is written. */
    ChunkChecker(ColumnMapping mapping, int columns, RowMapper.Comuni comuni, PartyValidator validator, String creator,
                 DuplicatePolicy policy, int uncommittedBefore) {
        this(mapping, columns, comuni, RowMapper.Lists.NONE, validator, creator, policy, uncommittedBefore);
    }

    /** With the administrator's lists (ratings, custom fields) and the file the consents come from. */
    ChunkChecker(ColumnMapping mapping, int columns, RowMapper.Comuni comuni, RowMapper.Lists lists, PartyValidator validator,
                 String creator, DuplicatePolicy policy, int uncommittedBefore) {
        this.mapper = new RowMapper(mapping, comuni, lists);
        this.validator = validator;
        this.creator = creator;
        this.columns = columns;
        this.duplicatesMatter = policy != DuplicatePolicy.CREATE;
        this.uncommittedBefore = uncommittedBefore;
    }

    /** The chunk of {@code records} that follows the first {@code position} records of the file. */
    CheckedChunk check(long position, List<CsvPort.SourceRecord> records, boolean last) {
        List<CheckedChunk.Accepted> accepted = new ArrayList<>(records.size());
        List<CheckedChunk.Accepted> deferred = new ArrayList<>();
        List<CheckedChunk.Rejection> rejected = new ArrayList<>();
        Set<DuplicateKey> keys = new HashSet<>();
        Set<DuplicateKey> deferredKeys = new HashSet<>();
        for (CsvPort.SourceRecord record : records) {
            try {
                if (record.values().size() != columns) {
                    throw new ValidationException(List.of(new BusinessException(null, "COLUMN_COUNT",
                            record.values().size(), columns)));
                }
                RowMapper.Row mapped = mapper.row(record.values());
                NewParty party = NewParty.validate(validator, mapped.party(), creator);
                CheckedChunk.Accepted row = new CheckedChunk.Accepted(record, mapped.party(), party, party.duplicateKeys(),
                        mapped.evidence());
                List<DuplicateKey> own = duplicatesMatter ? row.keys() : List.of();
                if (own.stream().anyMatch(k -> deferredKeys.contains(k) || previousKeys.stream().anyMatch(p -> p.contains(k)))) {
                    deferred.add(row);
                    deferredKeys.addAll(own);
                } else {
                    accepted.add(row);
                }
                keys.addAll(own);
            } catch (ValidationException e) {
                rejected.add(CheckedChunk.Rejection.of(record, e));
            }
        }
        previousKeys.addFirst(keys);
        while (previousKeys.size() > uncommittedBefore) {
            previousKeys.removeLast();
        }
        return new CheckedChunk(position, records.size(), last, accepted, deferred, rejected);
    }
}
