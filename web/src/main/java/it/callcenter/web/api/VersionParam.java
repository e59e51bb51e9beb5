package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;

import java.util.List;

/** The {@code ?version=N} a change must carry: without it the API cannot tell a stale edit from a current one. */
final class VersionParam {

    private VersionParam() {
    }

    static long required(Long version) {
        if (version == null) {
            throw new ValidationException(List.of(new BusinessException("version", "REQUIRED")));
        }
        return version;
    }
}
