package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.StaleVersionException;
import it.callcenter.registry.DuplicatePartyException;
import it.callcenter.registry.leads.TooManyLeadsException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one place the API's errors are built: status by kind, the body of API.md, nothing internal on a 500. */
class ErrorMappersTest {

    @Test
    void eachKindHasItsStatus() {
        assertEquals(422, ErrorMappers.answer(new BusinessException("fiscalCode", "INVALID_CHECK_DIGIT"), Locale.ITALIAN).getStatus());
        assertEquals(409, ErrorMappers.answer(new StaleVersionException("party 1"), Locale.ITALIAN).getStatus());
        assertEquals(404, ErrorMappers.answer(new it.callcenter.NotFoundException("party 1"), Locale.ITALIAN).getStatus());
        assertEquals(403, ErrorMappers.answer(new it.callcenter.ForbiddenException(null, "FORBIDDEN"), Locale.ITALIAN).getStatus());
    }

    @Test
    void aDuplicateNamesTheExistingPartyBesideTheErrors() {
        Map<?, ?> body = (Map<?, ?>) ErrorMappers.answer(new DuplicatePartyException(42L, "mobile"), Locale.ENGLISH).getEntity();
        assertEquals(42L, body.get("existingId"));
        ApiError.Item item = (ApiError.Item) ((List<?>) body.get("errors")).get(0);
        assertEquals("mobile", item.field());
        assertEquals("DUPLICATE", item.code());
        assertTrue(item.message().contains("mobile"), item.message());
    }

    @Test
    void aDuplicateTheCallerMayNotSeeIsNotNamed() {
        Response answer = ErrorMappers.answer(new DuplicatePartyException(null, "fiscalCode"), Locale.ITALIAN);
        assertEquals(409, answer.getStatus());
        Map<?, ?> body = (Map<?, ?>) answer.getEntity();
        assertTrue(!body.containsKey("existingId"), body.toString());
        assertEquals("DUPLICATE", ((ApiError.Item) ((List<?>) body.get("errors")).get(0)).code());
    }

    @Test
    void tooManyRequestsSaysWhenToComeBack() {
        Response answer = ErrorMappers.answer(new TooManyLeadsException(30), Locale.ITALIAN);
        assertEquals(429, answer.getStatus());
        assertEquals("30", answer.getHeaderString("Retry-After"));
    }

    @Test
    void anUnexpectedErrorShowsAnIdAndNothingInternal() {
        Response answer = new ErrorMappers.Unexpected().toResponse(new IllegalStateException(
                "ERROR: SELECT * FROM party OFFSET -2147483648 [EclipseLink-4002]"));
        assertEquals(500, answer.getStatus());
        Map<?, ?> body = (Map<?, ?>) answer.getEntity();
        String id = (String) body.get("errorId");
        assertEquals(8, id.length());
        String text = body.toString();
        assertTrue(text.contains(id), text);
        assertFalse(text.contains("SELECT") || text.contains("EclipseLink") || text.contains("IllegalState"), text);
    }

    @Test
    void aLostOptimisticLockInsideTheContainerIsStillAStaleVersion() {
        Response answer = new ErrorMappers.Unexpected().toResponse(new RuntimeException(new OptimisticLockException("x")));
        assertEquals(409, answer.getStatus());
    }
}
