package it.callcenter.web.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.5", "10.0.0.6");

    @Test
    void aClientsOwnForwardedForIsIgnored() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", PROXIES));
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", null, PROXIES));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "198.51.100.1", Set.of()), "no proxy trusted");
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedHopIsTheClient() {
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "198.51.100.1", PROXIES));
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "6.6.6.6, 198.51.100.1, 10.0.0.6", PROXIES),
                "what the client wrote before its real address is not believed");
        assertEquals("2001:db8::1", ClientAddress.of("10.0.0.5", "2001:db8::1", PROXIES));
    }

    @Test
    void somethingThatIsNotAnAddressLeavesTheProxysAddress() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "<script>", PROXIES));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "", PROXIES));
    }
}
