package it.callcenter;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** Several fields are wrong at once: all of them are reported, so the user fixes them in one go. */
@ApplicationException(rollback = true)
public class ValidationException extends BusinessException {

    private final List<BusinessException> violations;

    public ValidationException(List<BusinessException> violations) {
        super(Kind.INVALID, violations.isEmpty() ? null : violations.get(0).field(), "INVALID");
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<BusinessException> violations() {
        return violations;
    }

    @Override
    public String getMessage() {
        return violations.toString();
    }
}
