package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What another web site can make a signed-in user's browser do, and bodies larger than any call needs: refused.
 * The API takes calls that change something only without a foreign {@code Origin} and only as JSON (a file only where
 * a file is expected); every answer carries the headers that keep the screens out of other sites' frames; the
 * session cookie is HttpOnly and SameSite=Lax, and Secure over HTTPS.
 */
@ExtendWith(TestServer.class)
class BrowserProtectionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String EVIL = "http://evil.example";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final Api supervisor = Api.as("supervisor", "demo");

    @Test
    void aCrossSiteFormPostOfAnErasureIsRefusedAndThePartyStays() {
        long id = supervisor.post("/parties", PartiesIT.person("Erasmo", "Protetto", PartiesIT.newMobile()).toString())
                .json().get("id").asLong();
        String erasure = "/parties/" + id + "/erasure?version=" + supervisor.get("/parties/" + id).json().get("version").asLong();

        HttpResponse<String> crossSite = call("POST", erasure, Map.of("Content-Type", FORM, "Origin", EVIL), "");
        assertEquals("FORBIDDEN_ORIGIN", error(crossSite, 403).get("code").asText());
        assertEquals(200, supervisor.get("/parties/" + id).status(), "the party is still there");

        // a browser that sends no Origin: the form's type alone is refused
        HttpResponse<String> form = call("POST", erasure, Map.of("Content-Type", FORM), "");
        assertEquals("UNSUPPORTED_MEDIA_TYPE", error(form, 415).get("code").asText());
        HttpResponse<String> text = call("POST", erasure, Map.of("Content-Type", "text/plain"), "x=1");
        assertEquals("UNSUPPORTED_MEDIA_TYPE", error(text, 415).get("code").asText());
        assertEquals(200, supervisor.get("/parties/" + id).status(), "the party is still there");

        HttpResponse<String> own = call("POST", erasure, Map.of("Content-Type", "application/json", "Origin", ownOrigin()), "");
        assertEquals(204, own.statusCode(), own.body());
        assertEquals(404, supervisor.get("/parties/" + id).status(), "erased when asked from this server's own page");
    }

    @Test
    void aJsonCallFromAnotherSiteIsRefusedAndFromThisServerOrAScriptAccepted() {
        String mobile = PartiesIT.newMobile();
        String party = PartiesIT.person("Orazio", "Origine", mobile).toString();
        for (String origin : List.of(EVIL, "null", ownOrigin().replace("http:", "https:"))) {
            HttpResponse<String> refused = call("POST", "/parties", Map.of("Content-Type", "application/json", "Origin", origin), party);
            assertEquals("FORBIDDEN_ORIGIN", error(refused, 403).get("code").asText(), origin);
        }
        assertEquals(0, supervisor.get("/parties?q=" + mobile.replace(" ", "")).json().get("total").asLong(), "nothing created");

        HttpResponse<String> own = call("POST", "/parties", Map.of("Content-Type", "application/json", "Origin", ownOrigin()), party);
        assertEquals(201, own.statusCode(), own.body());
        long id = json(own).get("id").asLong();
        assertEquals(403, call("DELETE", "/parties/" + id + "?version=0", Map.of("Origin", EVIL), null).statusCode(),
                "a DELETE without a body is judged by its origin too");
        assertEquals(200, call("GET", "/parties/" + id, Map.of("Origin", EVIL), null).statusCode(),
                "a read changes nothing (and without CORS the other site's page cannot see the answer)");
        long version = supervisor.get("/parties/" + id).json().get("version").asLong();
        assertEquals(204, call("DELETE", "/parties/" + id + "?version=" + version, Map.of(), null).statusCode(),
                "a script sends no Origin");
    }

    @Test
    void everyAnswerCarriesTheHeadersThatKeepTheScreensOutOfOtherSitesFrames() {
        for (String path : List.of("/login.xhtml", "/resources/css/app.css", "/api/health", "/api/me", "/registry/archive.xhtml")) {
            HttpResponse<String> answer = get(path);
            assertEquals("frame-ancestors 'self'", header(answer, "Content-Security-Policy"), path);
            assertEquals("SAMEORIGIN", header(answer, "X-Frame-Options"), path);
            assertEquals("nosniff", header(answer, "X-Content-Type-Options"), path);
            assertEquals("same-origin", header(answer, "Referrer-Policy"), path);
        }
        assertEquals(401, get("/api/me").statusCode(), "a refusal of the container's security carries them too");
        assertEquals(302, get("/registry/archive.xhtml").statusCode(), "and so does the redirect to the login");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxButNotSecureOverPlainHttp() {
        String cookie = sessionCookie(get("/login.xhtml").headers().allValues("Set-Cookie"));
        assertTrue(attributes(cookie).containsAll(List.of("httponly", "samesite=lax")), cookie);
        assertFalse(attributes(cookie).contains("secure"), "a Secure cookie would never come back over http: " + cookie);
    }

    @Test
    void overHttpsTheSessionCookieIsSecureToo() throws Exception {
        URI http = URI.create(TestServer.baseUrl());
        URI https = new URI("https", null, http.getHost(), 8443 + TestServer.PORT_OFFSET, http.getPath() + "/login.xhtml", null, null);
        HttpsURLConnection connection = (HttpsURLConnection) https.toURL().openConnection();
        connection.setSSLSocketFactory(trustingTheSelfSignedCertificate().getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        try {
            assertEquals(200, connection.getResponseCode());
            String cookie = sessionCookie(connection.getHeaderFields().get("Set-Cookie"));
            assertTrue(attributes(cookie).containsAll(List.of("secure", "httponly", "samesite=lax")), cookie);
            assertEquals("frame-ancestors 'self'", connection.getHeaderField("Content-Security-Policy"));
        } finally {
            connection.disconnect();
        }
    }

    @Test
    void aJsonBodyOver1MbIs413AndSoIsOneSentInChunks() {
        String big = PartiesIT.person("Grande", "Corpo", PartiesIT.newMobile()).put("notes", "x".repeat(2 * 1024 * 1024)).toString();
        HttpResponse<String> declared = call("POST", "/parties", Map.of("Content-Type", "application/json"), big);
        assertEquals("PAYLOAD_TOO_LARGE", error(declared, 413).get("code").asText());

        HttpResponse<String> chunked = send(request("/api/parties").header("Content-Type", "application/json")
                .POST(chunks(big.getBytes(StandardCharsets.UTF_8))));
        assertEquals("PAYLOAD_TOO_LARGE", error(chunked, 413).get("code").asText());

        String small = PartiesIT.person("Piccolo", "Corpo", PartiesIT.newMobile()).toString();
        HttpResponse<String> smallChunked = send(request("/api/parties").header("Content-Type", "application/json")
                .POST(chunks(small.getBytes(StandardCharsets.UTF_8))));
        assertEquals(201, smallChunked.statusCode(), "a JSON body under the limit may come in chunks: " + smallChunked.body());
    }

    @Test
    void aFileOver1MbIsStillUploadedWhereAFileIsExpected() {
        StringBuilder csv = new StringBuilder("Cognome;Nome;Annotazioni\r\n");
        csv.append("Caricato").append(ImportIT.letters(System.nanoTime())).append(";Grande;").append("n".repeat(2 * 1024 * 1024)).append("\r\n");
        Api.Reply accepted = supervisor.postMultipart("/imports", Map.of("duplicates", "SKIP"), "grande.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(202, accepted.status(), accepted.body());
        long id = accepted.json().get("id").asLong();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> List.of("DONE", "FAILED").contains(supervisor.get("/imports/" + id).json().get("state").asText()));
    }

    @Test
    void theScreensRefuseLargeBodiesExceptAFileWhereOneIsExpected() throws IOException {
        String bigForm = "login=login&filler=" + "x".repeat(2 * 1024 * 1024);
        assertEquals(413, send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/login.xhtml"))
                .header("Content-Type", FORM).POST(HttpRequest.BodyPublishers.ofString(bigForm))).statusCode());
        assertEquals(411, send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/login.xhtml"))
                .header("Content-Type", FORM).POST(chunks("login=login".getBytes(StandardCharsets.UTF_8)))).statusCode(),
                "a form's size must be known before the container parses it");

        Path file = Files.createTempFile("grande", ".csv");
        try (Browser browser = new Browser()) {
            browser.loginSuccessfully("supervisor", "demo");
            Files.writeString(file, "Cognome;Nome;Recapito\r\n" + "Rossi;Mario;3471234567\r\n".repeat(100_000));
            assertTrue(Files.size(file) > 2_000_000);
            browser.open("/importing/import.xhtml");
            browser.driver.findElement(By.id("import:file")).sendKeys(file.toString());
            browser.awaitText(By.id("import:preview"), "Rossi");

            String post = "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {method: 'POST', headers: {'Content-Type': arguments[1]}, body: arguments[2]})"
                    + ".then(r => done(r.status), e => done('failed: ' + e));";
            String archive = TestServer.baseUrl() + "/registry/archive.xhtml";
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            assertEquals(413L, js.executeAsyncScript(post, archive, FORM, bigForm), "a postback of 2 MB");
            assertEquals(413L, js.executeAsyncScript(post, archive, "multipart/form-data; boundary=x",
                    "--x\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n" + "x".repeat(2 * 1024 * 1024) + "\r\n--x--\r\n"),
                    "large multipart only on the screens that take a file");
            assertNotEquals(413L, js.executeAsyncScript(post, archive, FORM, "q=" + URLEncoder.encode("è", StandardCharsets.UTF_8)),
                    "a normal postback passes");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String ownOrigin() {
        URI base = URI.create(TestServer.baseUrl());
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    private static String sessionCookie(List<String> setCookies) {
        assertTrue(setCookies != null && !setCookies.isEmpty(), "the login page starts a session");
        return setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
    }

    /** A Set-Cookie's attributes after its value, in lower case ({@code secure}, {@code samesite=lax} …). */
    private static List<String> attributes(String setCookie) {
        return java.util.Arrays.stream(setCookie.split(";")).skip(1).map(a -> a.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private static String header(HttpResponse<String> answer, String name) {
        return answer.headers().firstValue(name).orElse(null);
    }

    private HttpResponse<String> call(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = request("/api" + path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("supervisor:demo".getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path)).timeout(Duration.ofSeconds(30)).GET());
    }

    /** A body of unknown length: the client sends it in chunks. */
    private static HttpRequest.BodyPublisher chunks(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON (" + answer.statusCode() + "): " + answer.body(), e);
        }
    }

    private static JsonNode error(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), answer.body());
        return json(answer).get("errors").get(0);
    }

    private static SSLContext trustingTheSelfSignedCertificate() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return context;
    }
}
