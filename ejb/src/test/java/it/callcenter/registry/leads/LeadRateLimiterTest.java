package it.callcenter.registry.leads;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The window slides: a full minute refuses the next post, and frees one place as each old post ages out. */
class LeadRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final LeadRateLimiter limiter = new LeadRateLimiter(3, 60_000, now::get);

    @Test
    void refusesThePostOverTheLimitAndSaysHowLongToWait() {
        limiter.acquire("k");
        now.addAndGet(10_000);
        limiter.acquire("k");
        limiter.acquire("k");
        TooManyLeadsException refused = assertThrows(TooManyLeadsException.class, () -> limiter.acquire("k"));
        assertEquals(50, refused.retryAfterSeconds());
    }

    @Test
    void theOldestPostAgesOutOfTheWindow() {
        limiter.acquire("k");
        now.addAndGet(30_000);
        limiter.acquire("k");
        limiter.acquire("k");
        now.addAndGet(29_999);
        assertThrows(TooManyLeadsException.class, () -> limiter.acquire("k"));
        now.addAndGet(1);
        assertDoesNotThrow(() -> limiter.acquire("k"));
        assertThrows(TooManyLeadsException.class, () -> limiter.acquire("k"), "the refused post did not count, the others still do");
    }

    @Test
    void eachKeyHasItsOwnWindow() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a");
        }
        assertThrows(TooManyLeadsException.class, () -> limiter.acquire("a"));
        assertDoesNotThrow(() -> limiter.acquire("b"));
    }
}
