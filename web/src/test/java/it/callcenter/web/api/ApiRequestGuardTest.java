package it.callcenter.web.api;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API guard's judgements that need no server: whose origin, which type is JSON, what is public. */
class ApiRequestGuardTest {

    @Test
    void theOwnOriginIsTheSchemeHostAndPortTheRequestArrivedWith() {
        assertTrue(ApiRequestGuard.sameOrigin("http://127.0.0.1:8080", "http", "127.0.0.1", 8080));
        assertTrue(ApiRequestGuard.sameOrigin("HTTPS://CRM.Example.it", "https", "crm.example.it", 443), "default port, any case");
        assertTrue(ApiRequestGuard.sameOrigin("https://crm.example.it:443", "https", "crm.example.it", 443));
        assertTrue(ApiRequestGuard.sameOrigin("http://[::1]:8080", "http", "::1", 8080));
        assertTrue(ApiRequestGuard.sameOrigin("http://[::1]:8080", "http", "[::1]", 8080));
    }

    @Test
    void anyOtherOriginIsForeign() {
        assertFalse(ApiRequestGuard.sameOrigin("http://evil.example", "http", "127.0.0.1", 8080));
        assertFalse(ApiRequestGuard.sameOrigin("http://127.0.0.1:8081", "http", "127.0.0.1", 8080), "another port");
        assertFalse(ApiRequestGuard.sameOrigin("https://127.0.0.1:8080", "http", "127.0.0.1", 8080), "another scheme");
        assertFalse(ApiRequestGuard.sameOrigin("http://crm.example.it.evil.example", "http", "crm.example.it", 80));
        assertFalse(ApiRequestGuard.sameOrigin("null", "http", "127.0.0.1", 8080), "a sandboxed page or a redirect");
        assertFalse(ApiRequestGuard.sameOrigin("", "http", "127.0.0.1", 8080));
        assertFalse(ApiRequestGuard.sameOrigin("http://127.0.0.1:8080/x", "http", "127.0.0.1", 8080), "an origin has no path");
        assertFalse(ApiRequestGuard.sameOrigin("http://a@127.0.0.1:8080", "http", "127.0.0.1", 8080));
        assertFalse(ApiRequestGuard.sameOrigin("http://127.0.0.1:8080 evil", "http", "127.0.0.1", 8080));
    }

    @Test
    void onlyJsonIsJson() {
        assertTrue(ApiRequestGuard.isJson(MediaType.valueOf("application/json")));
        assertTrue(ApiRequestGuard.isJson(MediaType.valueOf("Application/JSON; charset=UTF-8")));
        assertTrue(ApiRequestGuard.isJson(MediaType.valueOf("application/merge-patch+json")));
        for (String type : new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain",
                "text/json", "*/*", "application/*", "application/jsonp"}) {
            assertFalse(ApiRequestGuard.isJson(MediaType.valueOf(type)), type);
        }
    }

    @Test
    void publicIsTheWebToLeadPathOnly() {
        assertTrue(ApiRequestGuard.isPublic("/public/leads"));
        assertTrue(ApiRequestGuard.isPublic("public/leads"));
        assertFalse(ApiRequestGuard.isPublic("/parties/1/erasure"));
        assertFalse(ApiRequestGuard.isPublic("/publicity"));
    }
}
