package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every error of the API is API.md's JSON, whoever refuses: our rules, JAX-RS itself (no such path, method or
 * media type), an unreadable body, or the paging bounds; nothing internal is shown.
 */
@ExtendWith(TestServer.class)
class ApiErrorsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Api supervisor = Api.as("supervisor", "demo");

    @Test
    void brokenJsonIsA400() {
        HttpResponse<String> answer = supervisor.raw("POST", "/parties", "application/json", "{\"type\":\"PERSON\",");
        JsonNode error = error(answer, 400);
        assertEquals("INVALID_JSON", error.get("code").asText());
    }

    @Test
    void anUnknownPathIsA404InJson() {
        assertEquals("NOT_FOUND", error(supervisor.raw("GET", "/no-such-thing", null, null), 404).get("code").asText());
    }

    @Test
    void aWrongMethodIsA405InJsonWithAllow() {
        HttpResponse<String> answer = supervisor.raw("DELETE", "/me", null, null);
        assertEquals("METHOD_NOT_ALLOWED", error(answer, 405).get("code").asText());
        assertTrue(answer.headers().firstValue("Allow").isPresent(), "the methods allowed are named");
    }

    @Test
    void aWrongMediaTypeIsA415InJson() {
        HttpResponse<String> answer = supervisor.raw("POST", "/parties", "text/plain", "lastName=Rossi");
        assertEquals("UNSUPPORTED_MEDIA_TYPE", error(answer, 415).get("code").asText());
    }

    @Test
    void aWrongRoleIsA403InJson() {
        HttpResponse<String> answer = Api.as("operator1", "demo").raw("GET", "/users", null, null);
        assertEquals("FORBIDDEN", error(answer, 403).get("code").asText());
    }

    @Test
    void pagesAreBounded() {
        HttpResponse<String> far = supervisor.raw("GET", "/parties?page=10737419&size=200", null, null);
        JsonNode error = error(far, 422);
        assertEquals("page", error.get("field").asText());
        assertFalse(far.body().toLowerCase().contains("select"), far.body());
        assertFalse(far.body().toLowerCase().contains("eclipselink"), far.body());
        assertEquals("size", error(supervisor.raw("GET", "/parties?size=0", null, null), 422).get("field").asText());
        assertEquals("size", error(supervisor.raw("GET", "/parties?size=100000", null, null), 422).get("field").asText());
        assertEquals("size", error(supervisor.raw("GET", "/dnc?size=100000", null, null), 422).get("field").asText());
        assertEquals(200, supervisor.raw("GET", "/parties?page=3&size=500", null, null).statusCode());
    }

    @Test
    void messagesSpeakTheCallersLanguage() {
        HttpResponse<String> italian = supervisor.raw("GET", "/no-such-thing", null, null);
        assertEquals("Non trovato.", error(italian, 404).get("message").asText());
    }

    private static JsonNode error(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON, not " + answer.headers().firstValue("Content-Type"));
        try {
            JsonNode errors = JSON.readTree(answer.body()).get("errors");
            assertTrue(errors != null && errors.size() > 0, answer.body());
            return errors.get(0);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + answer.body(), e);
        }
    }
}
