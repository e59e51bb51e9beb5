package it.callcenter.telephony;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The channel of an operator's phone, from the setting's pattern ({@code PJSIP/{extension}}, or
 * {@code Local/{extension}@agents} when the phones are reached through the dialplan): the dial string of an extension,
 * and, the other way, the extension whose phone a channel or a queue interface is. A channel name is the dial string
 * with Asterisk's {@code -<hex>} sequence, and for a Local channel {@code ;1} or {@code ;2}.
 */
public final class OperatorChannels {

    static final String EXTENSION = "{extension}";

    private final String pattern;
    private final Pattern channel;

    public OperatorChannels(String pattern) {
        int at = pattern.indexOf(EXTENSION);
        if (at < 0 || pattern.indexOf('/') < 0) {
            throw new IllegalArgumentException("The operator channel needs a technology and {extension}: " + pattern);
        }
        this.pattern = pattern;
        this.channel = Pattern.compile("^" + Pattern.quote(pattern.substring(0, at)) + "([^/@;\\-]+)"
                + Pattern.quote(pattern.substring(at + EXTENSION.length())) + "(-[0-9a-fA-F]+)?(;[12])?$");
    }

    /** The dial string (and the queue interface) of an extension's phone. */
    public String of(String extension) {
        if (extension == null || !extension.matches("[0-9A-Za-z_.]+")) {
            throw new IllegalArgumentException("Not an extension: " + extension);
        }
        return pattern.replace(EXTENSION, extension);
    }

    /** The extension whose phone this channel or interface is, if it is one. */
    public Optional<String> extensionOf(String channelOrInterface) {
        if (channelOrInterface == null) {
            return Optional.empty();
        }
        Matcher matcher = channel.matcher(channelOrInterface);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** A channel's name without a Local channel's half ({@code ;1}, {@code ;2}): both halves are one leg of a call. */
    public static String leg(String channel) {
        if (channel == null) {
            return null;
        }
        return channel.endsWith(";1") || channel.endsWith(";2") ? channel.substring(0, channel.length() - 2) : channel;
    }
}
