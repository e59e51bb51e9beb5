package it.callcenter.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One simulated operator's HTTP/1.1 connection, kept alive, as a browser keeps one: a request written, its answer
 * read (Content-Length or chunked), nothing more. The JDK's {@code HttpClient} spends about as much CPU a request as
 * a small endpoint of the server does, and the load's clients share the two cores with the server; this one spends
 * a few microseconds. A connection found closed before any byte of the answer (the server's idle timeout) is opened
 * again and the request sent once more; any other failure is the caller's. Given a JDK client, sends through it
 * instead (the benchmarks' {@code --jdk-client}, to compare).
 */
final class KeepAliveClient implements AutoCloseable {

    record Answer(int status, String body) {
    }

    private final String base;
    private final java.net.http.HttpClient jdk;
    private final String host;
    private final int port;
    private final String basePath;
    private Socket socket;
    private BufferedInputStream in;
    private OutputStream out;

    /** {@code base}: the URL the paths given to {@link #send} follow, e.g. {@code http://127.0.0.1:8080/app/api}. */
    KeepAliveClient(String base) {
        this(base, null);
    }

    KeepAliveClient(String base, java.net.http.HttpClient jdk) {
        this.base = base;
        this.jdk = jdk;
        URI uri = URI.create(base);
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.basePath = uri.getRawPath();
    }

    Answer send(String method, String path, String authorization, String json) throws IOException {
        if (jdk != null) {
            return sendByJdk(method, path, authorization, json);
        }
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(basePath).append(path)
                .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
                .append("\r\nAuthorization: ").append(authorization).append("\r\nAccept: application/json\r\n");
        if (json != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        byte[] request = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        for (int attempt = 0; ; attempt++) {
            boolean fresh = socket == null;
            if (fresh) {
                open();
            }
            try {
                out.write(request);
                out.write(body);
                out.flush();
                int first = in.read();
                if (first < 0) {
                    throw new EOFException("closed by the server");
                }
                return read(first);
            } catch (EOFException | java.net.SocketException stale) {
                close();
                if (fresh || attempt > 0) {
                    throw stale;
                }
            }
        }
    }

    /** The same request for the JDK's client: a JSON body when given, else a GET. */
    static java.net.http.HttpRequest jdkRequest(String url, String method, String authorization, String json) {
        var request = java.net.http.HttpRequest.newBuilder(URI.create(url))
                .timeout(java.time.Duration.ofSeconds(60)).header("Authorization", authorization)
                .header("Accept", "application/json");
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json));
        }
        return request.build();
    }

    private Answer sendByJdk(String method, String path, String authorization, String json) throws IOException {
        try {
            var response = jdk.send(jdkRequest(base + path, method, authorization, json),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        in = new BufferedInputStream(socket.getInputStream(), 16_384);
        out = new java.io.BufferedOutputStream(socket.getOutputStream(), 4_096);
    }

    private Answer read(int first) throws IOException {
        String status = (char) first + line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closing = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                content.write(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length > 0) {
            content.write(in.readNBytes((int) length));
        } else if (length < 0 && code != 204 && code != 304) {
            content.write(in.readAllBytes());
            closing = true;
        }
        if (closing) {
            close();
        }
        return new Answer(code, content.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("answer cut short");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
