package it.callcenter.registry;

import it.callcenter.BusinessException;
import jakarta.ejb.ApplicationException;

import java.util.Map;
import java.util.Optional;

/**
 * Another party already has this codice fiscale, partita IVA or mobile. Saving anyway takes an explicit
 * choice (API: {@code allowDuplicate=true}). The existing party is named only to a caller who may see it: for
 * anyone else the refusal says that such a party exists, never which one (its id would reveal a hidden party).
 */
@ApplicationException(rollback = true)
public class DuplicatePartyException extends BusinessException {

    private final Long existingId;

    /** @param existingId the party found, or null when the caller may not see it */
    public DuplicatePartyException(Long existingId, String field) {
        super(Kind.CONFLICT, field, "DUPLICATE");
        this.existingId = existingId;
    }

    /** The party found, if the caller may see it. */
    public Optional<Long> existingId() {
        return Optional.ofNullable(existingId);
    }

    @Override
    public String messageKey() {
        return "error.DUPLICATE_" + field();
    }

    @Override
    public Map<String, Object> details() {
        return existingId == null ? Map.of() : Map.of("existingId", existingId);
    }

    @Override
    public String getMessage() {
        return "duplicate " + field() + (existingId == null ? " of a party the caller may not see" : " of party " + existingId);
    }
}
