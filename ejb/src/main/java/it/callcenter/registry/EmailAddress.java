package it.callcenter.registry;

import it.callcenter.BusinessException;

import java.util.Locale;

/**
 * An e-mail address, by a practical check rather than the whole of RFC 5322: trimmed, at most 254 characters,
 * one {@code @}; a local part of at most 64 letters, digits and {@code !#$%&'*+/=?^_`{|}~.-}, without a
 * leading, trailing or doubled dot; a domain, lower-cased, of dot-separated labels (letters, digits, inner
 * hyphens, at most 63 each) ending in a top-level domain of two or more letters. Quoted local parts, IP
 * literals and non-ASCII addresses are refused. Refusals: {@code REQUIRED}, {@code INVALID_FORMAT}.
 */
public final class EmailAddress {

    public static final String FIELD = "email";
    public static final int MAX_LENGTH = 254;

    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    /** Normalises and validates; throws {@link BusinessException} on field {@code email}. */
    public static EmailAddress of(String raw) {
        return of(raw, FIELD);
    }

    /** As {@link #of(String)}, naming the field in the refusal. */
    public static EmailAddress of(String raw, String field) {
        if (ItalianChecks.isBlank(raw)) {
            throw new BusinessException(field, "REQUIRED");
        }
        String address = raw.strip();
        int at = address.indexOf('@');
        if (address.length() > MAX_LENGTH || at < 0 || at != address.lastIndexOf('@')) {
            throw new BusinessException(field, "INVALID_FORMAT");
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!isLocalPart(local) || !isDomain(domain)) {
            throw new BusinessException(field, "INVALID_FORMAT");
        }
        return new EmailAddress(local + "@" + domain);
    }

    /** The address, trimmed, with the domain in lower case (the local part is kept as written). */
    public String value() {
        return value;
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    private static boolean isLocalPart(String local) {
        if (local.isEmpty() || local.length() > 64 || local.startsWith(".") || local.endsWith(".")
                || local.contains("..")) {
            return false;
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && LOCAL_SPECIALS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!isAsciiLetterOrDigit(c) && c != '-') {
                    return false;
                }
            }
        }
        String tld = labels[labels.length - 1];
        if (tld.length() < 2) {
            return false;
        }
        for (int i = 0; i < tld.length(); i++) {
            if (tld.charAt(i) < 'a' || tld.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
