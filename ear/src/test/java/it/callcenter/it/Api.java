package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A JSON client of the REST API, as an integration would call it. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String authorization;
    private final String forwardedFor;
    /** The server's URL, or null for the test server's. */
    private final String base;

    private Api(String authorization, String forwardedFor) {
        this(authorization, forwardedFor, null);
    }

    private Api(String authorization, String forwardedFor, String base) {
        this.authorization = authorization;
        this.forwardedFor = forwardedFor;
        this.base = base;
    }

    /** The same client against another server (a test's second one), e.g. {@code http://127.0.0.1:8280/callcenter}. */
    Api at(String baseUrl) {
        return new Api(authorization, forwardedFor, baseUrl);
    }

    static Api anonymous() {
        return new Api(null, null);
    }

    static Api as(String username, String password) {
        return new Api("Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8)), null);
    }

    /** The same caller, as if from that address behind a proxy the test server trusts (X-Forwarded-For). */
    Api from(String address) {
        return new Api(authorization, address, base);
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET asking for answers in {@code language} (Accept-Language), as a client abroad or in Italy asks. */
    Reply getIn(String language, String path) {
        return send(request(path).header("Accept-Language", language).GET());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create((base == null ? TestServer.baseUrl() : base) + "/api" + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("WWW-Authenticate").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String body, String challenge, String retryAfter) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    /** Sends raw bytes (an image, or anything a test wants refused) with the given Content-Type. */
    Reply putBytes(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts raw bytes (a CSV file as the body, say) with the given Content-Type. */
    Reply postBytes(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A GET whose answer may be a file: accepts any type and keeps the bytes and the download headers. */
    Download download(String path) {
        return download(request(path).setHeader("Accept", "*/*"));
    }

    /** {@link #download} asking for the answer in {@code language} (Accept-Language). */
    Download downloadIn(String language, String path) {
        return download(request(path).setHeader("Accept", "*/*").header("Accept-Language", language));
    }

    private static Download download(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Content-Disposition").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Download(int status, String contentType, String disposition, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + text(), e);
            }
        }
    }

    /** Any method, with any Content-Type (or none) and body: for what the API must refuse; keeps the answer's headers. */
    HttpResponse<String> raw(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts an HTML form's fields ({@code application/x-www-form-urlencoded}) asking for the given type back. */
    Reply postForm(String path, String urlEncodedFields, String accept) {
        return send(request(path).setHeader("Accept", accept).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncodedFields)));
    }
    /** Posts {@code multipart/form-data}: the text fields, then the file as part {@code file}; the body built by hand. */
    Reply postMultipart(String path, java.util.Map<String, String> fields, String fileName, byte[] file) {
        String boundary = "----callcenter" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
