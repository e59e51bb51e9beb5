package it.callcenter.messaging;

/**
 * What a message is for, which decides the consent it needs: promotions need the promotions consent and the marketing
 * one, birthday wishes and welcomes their own consent, service messages (an appointment reminder) none. Every purpose
 * but SERVICE is marketing: an SMS then skips numbers on the do-not-call list, an e-mail needs the consent of its
 * address, and both carry a way out (STOP, the unsubscribe link).
 */
public enum Purpose {
    PROMOTIONS("p.consent_promotions AND p.consent_marketing"),
    BIRTHDAY("p.consent_birthday"),
    WELCOME("p.consent_welcome"),
    SERVICE("true");

    private final String consentSql;

    Purpose(String consentSql) {
        this.consentSql = consentSql;
    }

    /** The party's consent this purpose needs, as a condition over {@code party p}: fixed text, never user input. */
    String consentSql() {
        return consentSql;
    }

    public boolean marketing() {
        return this != SERVICE;
    }
}
