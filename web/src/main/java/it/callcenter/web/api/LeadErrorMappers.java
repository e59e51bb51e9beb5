package it.callcenter.web.api;

import it.callcenter.registry.leads.TooManyLeadsException;
import it.callcenter.registry.leads.UnknownLeadSourceException;
import it.callcenter.web.i18n.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The answers only web-to-lead gives: 403 for a key no active source has, 429 (with Retry-After) over the rate. */
final class LeadErrorMappers {

    static final int TOO_MANY_REQUESTS = 429;

    private LeadErrorMappers() {
    }

    @Provider
    public static class UnknownSource implements ExceptionMapper<UnknownLeadSourceException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(UnknownLeadSourceException e) {
            return ErrorMappers.answer(403, ApiError.of("key", "UNKNOWN_LEAD_SOURCE",
                    Messages.text(ErrorMappers.locale(headers), "error.UNKNOWN_LEAD_SOURCE")));
        }
    }

    @Provider
    public static class TooMany implements ExceptionMapper<TooManyLeadsException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(TooManyLeadsException e) {
            Response answer = ErrorMappers.answer(TOO_MANY_REQUESTS, ApiError.of(null, "TOO_MANY_LEADS",
                    Messages.text(ErrorMappers.locale(headers), "error.TOO_MANY_LEADS", e.retryAfterSeconds())));
            return Response.fromResponse(answer).header("Retry-After", e.retryAfterSeconds()).build();
        }
    }
}
