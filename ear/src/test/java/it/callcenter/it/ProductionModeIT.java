package it.callcenter.it;

import it.callcenter.server.LocalDatabase;
import it.callcenter.server.LocalServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Production mode, on a second WildFly of its own (HTTP 8280 by default) and a new database: only {@code admin} exists,
 * with a random password written once to the server log; no demo user can sign in.
 */
class ProductionModeIT {

    @Test
    void onlyAdminExistsWithARandomPasswordFromTheLog() throws Exception {
        Path home = TestServer.copyOfTheServer("production-server");
        Path data = Path.of(System.getProperty("callcenter.it.work", "target/it-work")).resolve("production-postgres");
        TestServer.deleteTree(data);
        try (LocalServer server = LocalServer.start(home, Path.of(System.getProperty("callcenter.ear")), data,
                LocalDatabase.freePort(), TestServer.SECOND_SERVER_OFFSET, "production", Map.of())) {
            String log = Files.readString(server.wildfly().serverLog());
            Matcher created = Pattern.compile("Created the user 'admin' with the password (\\S+) ").matcher(log);
            assertTrue(created.find(), "the log names the admin password");
            String password = created.group(1);
            assertTrue(password.length() >= 10);
            assertEquals(1, count(log, "Created the user 'admin'"), "written once");

            assertEquals(200, me(server.baseUrl(), "admin", password));
            assertEquals(401, me(server.baseUrl(), "admin", "demo"));
            assertEquals(401, me(server.baseUrl(), "operator1", "demo"));
        }
    }

    private static int me(String baseUrl, String user, String password) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/me")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }
}
