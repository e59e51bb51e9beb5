package it.callcenter.registry;

import it.callcenter.BusinessException;
import jakarta.ejb.ApplicationException;

import java.util.Map;

/**
 * Another party already has this codice fiscale, partita IVA or mobile. Saving anyway takes an explicit
 * choice (API: {@code allowDuplicate=true}).
 */
@ApplicationException(rollback = true)
public class DuplicatePartyException extends BusinessException {

    private final long existingId;

    public DuplicatePartyException(long existingId, String field) {
        super(Kind.CONFLICT, field, "DUPLICATE");
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }

    @Override
    public String messageKey() {
        return "error.DUPLICATE_" + field();
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("existingId", existingId);
    }

    @Override
    public String getMessage() {
        return "duplicate " + field() + " of party " + existingId;
    }
}
