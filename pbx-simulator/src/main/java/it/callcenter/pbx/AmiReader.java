package it.callcenter.pbx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads AMI messages from a stream: lines ended by CRLF (a bare LF is accepted too), {@code Key: Value} each, a
 * blank line ending the message. A line without a colon is kept under an empty key (what an old client might send);
 * blank lines between messages are skipped.
 */
public final class AmiReader {

    private static final int MAX_LINE = 64 * 1024;

    private final InputStream in;

    public AmiReader(InputStream in) {
        this.in = in;
    }

    /** The next message, or null when the stream ends. */
    public AmiMessage read() throws IOException {
        AmiMessage message = new AmiMessage();
        while (true) {
            String line = readLine();
            if (line == null) {
                return message.isEmpty() ? null : message;
            }
            if (line.isEmpty()) {
                if (!message.isEmpty()) {
                    return message;
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                message.add("", line);
            } else {
                String value = line.substring(colon + 1);
                message.add(line.substring(0, colon).strip(), value.startsWith(" ") ? value.substring(1) : value);
            }
        }
    }

    /** One line without its end, or null at the end of the stream. */
    public String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(80);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                return text(line);
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("AMI line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        return line.size() == 0 ? null : text(line);
    }

    private static String text(ByteArrayOutputStream line) {
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
