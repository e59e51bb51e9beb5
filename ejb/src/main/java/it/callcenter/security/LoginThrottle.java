package it.callcenter.security;

/**
 * Slows down password guessing: failed sign-ins are counted per user name and per address, and past a threshold
 * every attempt of that user, or from that address, is refused for a while that doubles with each further
 * failure. Only failures count, and a successful sign-in clears the user's count (not the address's).
 */
public interface LoginThrottle {

    /** How long an attempt must still wait; {@code first} says whether it is the first refusal of this wait. */
    record Wait(long seconds, boolean first) {

        static final Wait NONE = new Wait(0, false);

        public boolean refused() {
            return seconds > 0;
        }
    }

    Wait check(String username, String address);

    void failed(String username, String address);

    void succeeded(String username);
}
