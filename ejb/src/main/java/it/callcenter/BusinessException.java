package it.callcenter;

import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.Map;

/**
 * The one root of everything a business rule refuses. Carries what the caller did wrong ({@link Kind}), the
 * field concerned (if any), a machine-readable code whose bundle key is {@code error.<CODE>} (or
 * {@link #messageKey()}), and the message's arguments, so the screen and the API can tell the user why in the
 * user's language; rolls the transaction back. The API builds every error answer from it in one mapper.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    /** What kind of refusal: the API answers 422, 404, 409, 403, 429 and 503 for them. */
    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, TOO_MANY_REQUESTS,
        /** A part the request needs (the PBX) is unreachable now; trying again later may work. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String field;
    private final String code;
    private final transient Object[] arguments;

    public BusinessException(String field, String code, Object... arguments) {
        this(Kind.INVALID, field, code, arguments);
    }

    protected BusinessException(Kind kind, String field, String code, Object... arguments) {
        super(code + (field == null ? "" : " (" + field + ")"));
        this.kind = kind;
        this.field = field;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    /** Machine-readable code, e.g. {@code PASSWORD_TOO_SHORT}. */
    public String code() {
        return code;
    }

    /** The bundle key of the message: {@code error.<CODE>} unless a subclass words it otherwise. */
    public String messageKey() {
        return "error." + code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Each thing wrong, for the user to fix in one go: this one alone, unless several were found at once. */
    public List<BusinessException> violations() {
        return List.of(this);
    }

    /** What the answer carries besides the errors (e.g. the {@code existingId} of a duplicate); none by default. */
    public Map<String, Object> details() {
        return Map.of();
    }

    /** Seconds the caller should wait before trying again, for {@link Kind#TOO_MANY_REQUESTS}; 0 otherwise. */
    public long retryAfterSeconds() {
        return 0;
    }
}
