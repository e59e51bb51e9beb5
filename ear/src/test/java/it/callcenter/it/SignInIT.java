package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import it.callcenter.security.PasswordHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in through the API: refusals as API.md's JSON, failures throttled per user and per address (each test
 * calls from addresses of its own, as the test server trusts X-Forwarded-For from 127.0.0.1), the same time for an
 * unknown user as for a wrong password, refusals audited, old hashes replaced.
 */
@ExtendWith(TestServer.class)
class SignInIT {

    @Test
    void aRefusalIsApiJsonWithTheBasicChallenge() {
        for (Api.Reply reply : List.of(Api.anonymous().get("/me"), Api.as("operator1", "not-the-password").from("198.51.100.1").get("/me"))) {
            assertEquals(401, reply.status(), reply.body());
            assertTrue(reply.challenge().startsWith("Basic"), reply.challenge());
            JsonNode error = reply.json().get("errors").get(0);
            assertEquals("UNAUTHORIZED", error.get("code").asText());
            assertEquals("Accesso richiesto: indica nome utente e password.", error.get("message").asText());
        }
    }

    @Test
    void fiveFailuresMakeTheUserWaitFromAnyAddressAndAreAudited() {
        TestUsers.create("throttle.user", "the-right-password", "OPERATOR");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Api.as("throttle.user", "wrong-" + i).from("198.51.100.2").get("/me").status());
        }
        Api.Reply throttled = Api.as("throttle.user", "the-right-password").from("198.51.100.2").get("/me");
        assertEquals(429, throttled.status(), throttled.body());
        long retryAfter = Long.parseLong(throttled.retryAfter());
        assertTrue(retryAfter > 0 && retryAfter <= 15, throttled.retryAfter());
        JsonNode error = throttled.json().get("errors").get(0);
        assertEquals("SIGN_IN_THROTTLED", error.get("code").asText());
        assertTrue(error.get("message").asText().startsWith("Troppi tentativi di accesso non riusciti: riprova tra "), error.toString());
        assertEquals(429, Api.as("throttle.user", "the-right-password").from("198.51.100.3").get("/me").status(),
                "the user waits whatever the address");

        assertEquals(List.of(List.of("WRONG_PASSWORD", 5L, "198.51.100.2", "API"), List.of("THROTTLED", 1L, "198.51.100.2", "API")),
                TestUsers.query("SELECT reason, count(*), min(address), min(door) FROM sign_in_refusal WHERE username = ?"
                        + " AND address = '198.51.100.2' GROUP BY reason ORDER BY reason DESC", "throttle.user"));
        assertEquals(1, TestUsers.query("SELECT 1 FROM sign_in_refusal WHERE username = ? AND reason = 'THROTTLED'",
                "throttle.user").size(), "a wait is audited once, not each attempt it refuses");
    }

    @Test
    void aSuccessClearsTheUsersFailures() {
        TestUsers.create("forgetful.user", "the-right-password", "OPERATOR");
        Api wrong = Api.as("forgetful.user", "wrong").from("198.51.100.4");
        for (int i = 0; i < 4; i++) {
            assertEquals(401, wrong.get("/me").status());
        }
        assertEquals(200, Api.as("forgetful.user", "the-right-password").from("198.51.100.4").get("/me").status());
        for (int i = 0; i < 4; i++) {
            assertEquals(401, wrong.get("/me").status(), "failure " + (i + 1) + " after the success");
        }
    }

    @Test
    void manyUsersFailingFromOneAddressMakeThatAddressWait() throws Exception {
        String address = "198.51.100.5";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Api caller = Api.as("sprayed.user" + i, "Password1!").from(address);
                answers.add(pool.submit(() -> caller.get("/me").status()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(401, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        Api.Reply fromThere = Api.as("operator3", "demo").from(address).get("/me");
        assertEquals(429, fromThere.status(), "the address waits, whoever signs in from it: " + fromThere.body());
        assertNotNull(fromThere.retryAfter());
        assertEquals(200, Api.as("operator3", "demo").from("198.51.100.6").get("/me").status(), "the user is not held up elsewhere");
        assertEquals(50, TestUsers.query("SELECT 1 FROM sign_in_refusal WHERE address = ? AND reason = 'UNKNOWN_USER'", address).size());
    }

    @Test
    void anUnknownUserIsRefusedAfterAsLongAsAWrongPassword() {
        TestUsers.create("timing.user1", "the-right-password", "OPERATOR");
        TestUsers.create("timing.user2", "the-right-password", "OPERATOR");
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // interleaved, so that the machine's load falls on both alike; at most 5 failures per user
            wrong.add(millis(Api.as("timing.user" + (1 + i % 2), "wrong-password").from("198.51.100.7")));
            unknown.add(millis(Api.as("no.such.user" + i, "wrong-password").from("198.51.100.7")));
        }
        double ratio = (double) median(unknown) / median(wrong);
        assertTrue(ratio > 0.6 && ratio < 1.6, "median unknown user " + median(unknown) + " ms, wrong password "
                + median(wrong) + " ms: " + unknown + " " + wrong);
        assertEquals(List.of(List.of("UNKNOWN_USER", 10L), List.of("WRONG_PASSWORD", 10L)), TestUsers.query(
                "SELECT reason, count(*) FROM sign_in_refusal WHERE address = '198.51.100.7' GROUP BY reason ORDER BY reason"));
    }

    @Test
    void aDisabledUserIsRefusedAndAuditedAsDisabled() {
        TestUsers.create("disabled.user", "the-right-password", "OPERATOR");
        TestUsers.query("UPDATE app_user SET enabled = false WHERE username = 'disabled.user' RETURNING id");
        assertEquals(401, Api.as("disabled.user", "the-right-password").from("198.51.100.8").get("/me").status());
        assertEquals(List.of(List.of("DISABLED", "198.51.100.8")),
                TestUsers.query("SELECT reason, address FROM sign_in_refusal WHERE username = 'disabled.user' AND user_id IS NOT NULL"));
    }

    @Test
    void aHashOfTheOldCostIsReplacedAtTheNextSignIn() {
        TestUsers.createWithOldHash("old.hash.user", "the-right-password", 120_000, "OPERATOR");
        assertEquals(200, Api.as("old.hash.user", "the-right-password").from("198.51.100.9").get("/me").status());
        String hash = (String) TestUsers.query("SELECT password_hash FROM app_user WHERE username = 'old.hash.user'").get(0).get(0);
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
        assertTrue(PasswordHasher.verify("the-right-password", hash));
        assertEquals(List.of(List.of(0L)), TestUsers.query(
                "SELECT credential_generation FROM app_user WHERE username = 'old.hash.user'"), "a re-hash is no change of password");
    }

    private static long millis(Api caller) {
        long start = System.nanoTime();
        assertEquals(401, caller.get("/me").status());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
