package it.callcenter.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's campaigns, made the way a supervisor makes them: through the REST API as the demo user
 * {@code supervisor} — create, fill from the registry, assign, activate — so the demo data obeys every rule
 * (do-not-call, consent) that real campaigns do. The administrator first makes the operator group "Squadra Nord".
 * Last, a few appointments in the next days for the demo field agents, so their calendars have something to show.
 */
final class DemoCampaigns {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final String SUPERVISOR = "supervisor";
    private static final String ADMIN = "admin";

    private final String api;
    private final PrintStream console;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoCampaigns(String baseUrl, PrintStream console) {
        this.api = baseUrl + "/api";
        this.console = console;
    }

    void create() {
        send(ADMIN, "POST", "/groups", "{\"name\":\"Squadra Nord\",\"members\":[\"operator1\",\"operator2\",\"operator3\"]}");
        campaign("Energia solare - Lombardia", "Impianti fotovoltaici per le famiglie lombarde", "MARKETING",
                "{\"regions\":[\"Lombardia\"]}",
                "{\"groups\":[\"Squadra Nord\"],\"mode\":\"SPLIT\"}");
        campaign("Fibra e telefonia - Lazio e Campania", "Offerta fibra per le famiglie del centro-sud", "MARKETING",
                "{\"regions\":[\"Lazio\",\"Campania\"]}",
                "{\"operators\":[\"operator4\",\"operator5\"],\"mode\":\"SHARED\"}");
        appointments();
    }

    private void appointments() {
        Matcher ids = ID.matcher(send(SUPERVISOR, "GET", "/parties?size=3", ""));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome"));
        String[][] bookings = {{"agente1", "1", "10:00", "60"}, {"agente2", "1", "11:30", "45"}, {"agente1", "2", "15:00", "90"}};
        for (String[] booking : bookings) {
            if (!ids.find()) {
                return;
            }
            send(SUPERVISOR, "POST", "/appointments", "{\"partyId\":" + ids.group(1) + ",\"agent\":\"" + booking[0]
                    + "\",\"start\":\"" + today.plusDays(Long.parseLong(booking[1])) + "T" + booking[2]
                    + "\",\"durationMinutes\":" + booking[3] + ",\"notes\":\"Appuntamento di prova\"}");
        }
        System.out.println("  Demo appointments booked for agente1 and agente2");
    }

    private void campaign(String name, String description, String consent, String criteria, String assignment) {
        String created = send(SUPERVISOR, "POST", "/campaigns", "{\"name\":\"" + name + "\",\"description\":\"" + description
                + "\",\"requiredConsent\":\"" + consent + "\"}");
        Matcher id = ID.matcher(created);
        if (!id.find()) {
            throw new IllegalStateException("Demo campaign not created: " + created);
        }
        String path = "/campaigns/" + id.group(1);
        String filled = send(SUPERVISOR, "POST", path + "/fill", criteria);
        send(SUPERVISOR, "POST", path + "/assignments", assignment);
        send(SUPERVISOR, "PUT", path + "/state", "{\"state\":\"ACTIVE\"}");
        console.println("  Demo campaign: " + name + " " + filled);
    }

    private String send(String user, String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
