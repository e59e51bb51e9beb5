package it.callcenter.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Health tells the truth: with PostgreSQL stopped it says DOWN, and UP again once it is back. */
@ExtendWith(TestServer.class)
class DatabaseOutageIT {

    @Test
    void healthSaysDownWhileTheDatabaseIsStopped() {
        TestServer.server().stopDatabase();
        try {
            Api.Reply down = awaitHealth(reply -> reply.status() == 503);
            assertEquals("DOWN", down.json().get("status").asText());
            assertEquals("DOWN", down.json().get("database").asText());
        } finally {
            TestServer.server().startDatabase();
        }
        Api.Reply up = awaitHealth(reply -> reply.status() == 200);
        assertEquals("UP", up.json().get("database").asText());
        assertEquals(200, Api.as("operator1", "demo").get("/me").status(), "the pool reconnects by itself");
    }

    private static Api.Reply awaitHealth(Predicate<Api.Reply> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Api.Reply last = null;
        while (Instant.now().isBefore(deadline)) {
            last = Api.anonymous().get("/health");
            if (condition.test(last)) {
                return last;
            }
        }
        fail("health never reached the expected state; last answer " + (last == null ? "none" : last.status() + " " + last.body()));
        return last;
    }
}
