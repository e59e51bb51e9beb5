package it.callcenter.registry.leads;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The windows slide: a full minute refuses the next post, and frees one place as each old post ages out. One
 * address over its own limit is refused without spending the form's, so everyone else still gets through.
 */
class LeadRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    /** Five posts a minute to a form, two from one address. */
    private final LeadRateLimiter limiter = new LeadRateLimiter(5, 2, 60_000, now::get);

    @Test
    void refusesTheAddressOverItsLimitAndSaysHowLongToWait() {
        limiter.acquire("k", "10.0.0.1");
        now.addAndGet(10_000);
        limiter.acquire("k", "10.0.0.1");
        TooManyLeadsException refused = assertThrows(TooManyLeadsException.class, () -> limiter.acquire("k", "10.0.0.1"));
        assertEquals(50, refused.retryAfterSeconds());
        assertEquals("TOO_MANY_LEADS", refused.code());
    }

    @Test
    void aBotOverItsOwnLimitDoesNotCloseTheFormForEveryoneElse() {
        limiter.acquire("k", "bot");
        limiter.acquire("k", "bot");
        for (int i = 0; i < 100; i++) {
            assertThrows(TooManyLeadsException.class, () -> limiter.acquire("k", "bot"));
        }
        assertDoesNotThrow(() -> limiter.acquire("k", "visitor1"));
        assertDoesNotThrow(() -> limiter.acquire("k", "visitor2"));
        assertDoesNotThrow(() -> limiter.acquire("k", "visitor2"));
        TooManyLeadsException full = assertThrows(TooManyLeadsException.class, () -> limiter.acquire("k", "visitor3"),
                "the form's own limit: 2 of the bot, 3 of the visitors; its refused posts spent nothing");
        assertEquals(60, full.retryAfterSeconds());
    }

    @Test
    void manyAddressesTogetherReachTheFormsLimit() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("k", "10.0.0." + i);
        }
        assertThrows(TooManyLeadsException.class, () -> limiter.acquire("k", "10.0.0.99"));
        assertDoesNotThrow(() -> limiter.acquire("other", "10.0.0.99"), "another form is not limited, nor the address");
    }

    @Test
    void theOldestPostAgesOutOfTheWindow() {
        limiter.acquire("k", "a");
        now.addAndGet(30_000);
        limiter.acquire("k", "a");
        now.addAndGet(29_999);
        assertThrows(TooManyLeadsException.class, () -> limiter.acquire("k", "a"));
        now.addAndGet(1);
        assertDoesNotThrow(() -> limiter.acquire("k", "a"));
        assertThrows(TooManyLeadsException.class, () -> limiter.acquire("k", "a"), "the refused post did not count, the others still do");
    }

    @Test
    void theAddressLimitCountsPostsToEveryForm() {
        limiter.acquire("a", "bot");
        limiter.acquire("b", "bot");
        assertThrows(TooManyLeadsException.class, () -> limiter.acquire("c", "bot"));
    }

    @Test
    void addressesGoneQuietAreForgottenOnceTheyAreMany() {
        LeadRateLimiter busy = new LeadRateLimiter(Integer.MAX_VALUE, 1, 60_000, now::get);
        for (int i = 0; i <= LeadRateLimiter.SWEEP_ABOVE; i++) {
            busy.acquire("k", "address" + i);
        }
        now.addAndGet(30_000);
        busy.acquire("k", "recent");
        assertEquals(LeadRateLimiter.SWEEP_ABOVE + 2, busy.addressesRemembered(), "all posted within the minute");
        now.addAndGet(30_000);
        busy.acquire("k", "new");
        assertEquals(2, busy.addressesRemembered(), "only the addresses of the last minute are kept");
    }

    @Test
    void theLimitsDefaultToTenAnAddressAndSixtyAFormAndCanBeSetBySystemProperties() {
        assertEquals(10, LeadRateLimiter.PER_ADDRESS);
        assertEquals(60, LeadRateLimiter.PER_KEY);
        System.setProperty(LeadRateLimiter.PER_ADDRESS_PROPERTY, "1");
        try {
            LeadRateLimiter configured = new LeadRateLimiter();
            configured.acquire("k", "a");
            assertThrows(TooManyLeadsException.class, () -> configured.acquire("k", "a"));
        } finally {
            System.clearProperty(LeadRateLimiter.PER_ADDRESS_PROPERTY);
        }
    }
}
