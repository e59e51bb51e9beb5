package it.callcenter.security;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoryLoginThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final MemoryLoginThrottle throttle = new MemoryLoginThrottle(
            new MemoryLoginThrottle.Limits(5, 50, 15_000, 900_000, 15 * 60_000), now::get);

    @Test
    void fourFailuresPassTheFifthMakesTheUserWaitFifteenSeconds() {
        failures("mario", "10.0.0.1", 4);
        assertFalse(throttle.check("mario", "10.0.0.1").refused());
        throttle.failed("mario", "10.0.0.1");
        LoginThrottle.Wait wait = throttle.check("mario", "10.0.0.9");
        assertEquals(15, wait.seconds(), "from any address");
        assertTrue(wait.first());
        assertFalse(throttle.check("mario", "10.0.0.9").first(), "the refusal is noted once per wait");
        assertFalse(throttle.check("luigi", "10.0.0.9").refused(), "another user is not held up");
        now.addAndGet(15_000);
        assertFalse(throttle.check("mario", "10.0.0.1").refused());
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
        failures("mario", "10.0.0.1", 5);
        for (long expected : new long[] {30, 60, 120, 240, 480, 900, 900}) {
            now.addAndGet(throttle.check("mario", "10.0.0.1").seconds() * 1000);
            throttle.failed("mario", "10.0.0.1");
            assertEquals(expected, throttle.check("mario", "10.0.0.1").seconds());
        }
    }

    @Test
    void failuresAreForgottenFifteenMinutesAfterTheLastOne() {
        failures("mario", "10.0.0.1", 4);
        now.addAndGet(15 * 60_000);
        throttle.failed("mario", "10.0.0.1");
        assertFalse(throttle.check("mario", "10.0.0.1").refused());
    }

    @Test
    void aSuccessClearsTheUserButNotTheAddress() {
        failures("mario", "10.0.0.1", 4);
        throttle.succeeded("mario");
        throttle.failed("mario", "10.0.0.1");
        assertFalse(throttle.check("mario", "10.0.0.1").refused());
    }

    @Test
    void manyUsersFromOneAddressMakeTheAddressWait() {
        for (int i = 0; i < 49; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertFalse(throttle.check("anyone", "10.0.0.1").refused());
        throttle.failed("user49", "10.0.0.1");
        assertEquals(15, throttle.check("anyone", "10.0.0.1").seconds());
        assertFalse(throttle.check("anyone", "10.0.0.2").refused(), "the same user from elsewhere");
    }

    private void failures(String user, String address, int count) {
        for (int i = 0; i < count; i++) {
            throttle.failed(user, address);
        }
    }
}
