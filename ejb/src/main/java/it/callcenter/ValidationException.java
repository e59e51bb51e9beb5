package it.callcenter;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** Several fields are wrong at once: all of them are reported, so the user fixes them in one go. */
@ApplicationException(rollback = true)
public class ValidationException extends RuntimeException {

    private final List<BusinessException> violations;

    public ValidationException(List<BusinessException> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<BusinessException> violations() {
        return violations;
    }
}
