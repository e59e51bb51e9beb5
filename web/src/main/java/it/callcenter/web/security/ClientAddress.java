package it.callcenter.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address a request comes from, as the sign-in throttle and the audit see it. Behind a reverse proxy or a load
 * balancer every request comes from the proxy: its addresses are listed in the system property
 * {@code callcenter.trusted-proxies} (comma-separated), and for a request from one of them the client is the
 * nearest address of {@code X-Forwarded-For} that is not a trusted proxy. Anyone else's {@code X-Forwarded-For} is
 * ignored: a client could write anything there.
 */
public final class ClientAddress {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Set<String> TRUSTED = Arrays.stream(System.getProperty("callcenter.trusted-proxies", "").split(","))
            .map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet());

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED);
    }

    static String of(String peer, String forwarded, Set<String> trusted) {
        if (forwarded == null || !trusted.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!ADDRESS.matcher(hop).matches()) {
                return peer;
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
