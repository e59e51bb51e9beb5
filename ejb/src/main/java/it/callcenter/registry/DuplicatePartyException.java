package it.callcenter.registry;

import jakarta.ejb.ApplicationException;

/**
 * Another party already has this codice fiscale, partita IVA or mobile. Saving anyway takes an explicit
 * choice (API: {@code allowDuplicate=true}).
 */
@ApplicationException(rollback = true)
public class DuplicatePartyException extends RuntimeException {

    private final long existingId;
    private final String field;

    public DuplicatePartyException(long existingId, String field) {
        super("duplicate " + field + " of party " + existingId);
        this.existingId = existingId;
        this.field = field;
    }

    public long existingId() {
        return existingId;
    }

    public String field() {
        return field;
    }
}
