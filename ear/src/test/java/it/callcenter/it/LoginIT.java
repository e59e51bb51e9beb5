package it.callcenter.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out in a real browser, the menu of each role, the language, the expired session. */
@ExtendWith(TestServer.class)
class LoginIT {

    private static final By MENU_ITEMS = By.cssSelector("[id^='menuForm:menu-']");
    private static final By ERROR_SUMMARY = By.cssSelector(".ui-messages-error-summary");

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void eachDemoRoleSeesExactlyItsMenu() {
        Map<String, List<String>> menus = Map.of(
                "admin", List.of("agenda", "agents", "board", "campaigns", "customFields", "dnc", "fill", "groups", "home", "imports",
                        "leadSources", "lists", "messageAutomations", "messageCampaigns", "messageTemplates", "outcomes", "registry", "reports", "rpo", "today",
                        "users"),
                "supervisor", List.of("agenda", "board", "campaigns", "dnc", "fill", "home", "imports", "messageAutomations",
                        "messageCampaigns", "messageTemplates", "registry", "reports", "rpo", "today"),
                "manager", List.of("agenda", "board", "campaigns", "dnc", "fill", "home", "imports", "messageAutomations",
                        "messageCampaigns", "messageTemplates", "registry", "reports", "rpo", "today"),
                "operator1", List.of("agenda", "home", "registry", "today", "workstation"));
        menus.forEach((user, expected) -> {
            browser.loginSuccessfully(user, "demo");
            assertEquals(new TreeSet<>(expected), menuOf(), "menu of " + user);
            browser.driver.findElement(By.id("menuForm:logout")).click();
            browser.await(By.id("login:username"));
        });
    }

    @Test
    void wrongPasswordShowsTheItalianMessageAndNoDetail() {
        browser.login("operator1", "not-the-password");
        WebElement error = browser.await(ERROR_SUMMARY);
        assertEquals("Nome utente o password non validi.", error.getText());
        assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"));
        String shown = browser.driver.findElement(By.tagName("body")).getText();
        assertFalse(shown.contains("Exception") || shown.contains("at it.callcenter") || shown.contains("operator1"),
                "no technical detail is shown");
        assertEquals("", browser.driver.findElement(By.id("login:password")).getAttribute("value"));
    }

    @Test
    void languageSwitchTurnsLabelsEnglishAndIsKept() {
        browser.loginSuccessfully("operator2", "demo");
        browser.awaitText(By.id("menuForm:logout"), "Esci");
        browser.driver.findElement(By.id("menuForm:lang-en")).click();
        browser.awaitText(By.id("menuForm:logout"), "Log out");
        assertTrue(browser.driver.findElement(By.id("welcome")).getText().startsWith("Hello"));

        browser.driver.findElement(By.id("menuForm:logout")).click();
        browser.await(By.id("login:username"));
        browser.driver.manage().deleteAllCookies();
        browser.loginSuccessfully("operator2", "demo");
        browser.awaitText(By.id("menuForm:logout"), "Log out"); // the user keeps the choice

        browser.driver.findElement(By.id("menuForm:lang-it")).click();
        browser.awaitText(By.id("menuForm:logout"), "Esci");
    }

    @Test
    void logoutEndsTheSession() {
        browser.loginSuccessfully("operator3", "demo");
        browser.driver.findElement(By.id("menuForm:logout")).click();
        browser.await(By.id("login:loggedOut"));
        browser.open("/index.xhtml");
        browser.await(By.id("login:username"));
        assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"));
    }

    @Test
    void anExpiredSessionGoesBackToLoginWithAMessageThenToThePageAskedFor() {
        browser.loginSuccessfully("operator5", "demo");
        browser.driver.manage().deleteCookieNamed("JSESSIONID");
        browser.driver.manage().addCookie(new Cookie("JSESSIONID", "expired-session-id", "/callcenter"));
        browser.open("/index.xhtml");
        WebElement message = browser.await(By.id("login:expired"));
        assertTrue(message.getText().contains("La sessione è scaduta"), message.getText());
        browser.type(By.id("login:username"), "operator5");
        browser.type(By.id("login:password"), "demo");
        browser.driver.findElement(By.id("login:submit")).click();
        browser.await(By.id("welcome"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/operator/today.xhtml"), "an operator's home is Oggi: "
                + browser.driver.getCurrentUrl());
    }

    @Test
    void anOperatorCannotOpenTheUsersScreen() {
        browser.loginSuccessfully("operator4", "demo");
        browser.open("/admin/users.xhtml");
        WebElement message = browser.await(By.id("error-message"));
        assertEquals("Non hai i permessi per aprire questa pagina.", message.getText());
        assertFalse(browser.driver.getPageSource().contains("operator1"));
    }

    @Test
    void fiveWrongPasswordsMakeTheUserWaitAndThePageSaysHowLong() {
        TestUsers.create("slow.typist", "the-right-password", "OPERATOR");
        for (int i = 0; i < 5; i++) {
            browser.login("slow.typist", "wrong-password-" + i);
            browser.awaitText(ERROR_SUMMARY, "Nome utente o password non validi.");
        }
        browser.login("slow.typist", "the-right-password");
        WebElement error = browser.await(ERROR_SUMMARY);
        assertTrue(error.getText().matches("Troppi tentativi di accesso non riusciti: riprova tra \\d+ secondi\\."), error.getText());
        assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"));
    }

    @Test
    void aFormPostedFromAnotherSiteDoesNotSignTheBrowserIn() {
        TestUsers.create("csrf.attacker", "attacker-password", "OPERATOR");
        browser.open("/login.xhtml");
        browser.await(By.id("login:username"));
        String form = "<form id='f' method='post' action='" + TestServer.baseUrl() + "/login.xhtml'>"
                + "<input name='login' value='login'><input name='login:username' value='csrf.attacker'>"
                + "<input name='login:password' value='attacker-password'><input name='login:submit' value=''>"
                + "<input name='jakarta.faces.ViewState' value='stateless'><input name='loginToken' value='made-up'></form>"
                + "<script>document.getElementById('f').submit()</script>";
        browser.driver.get("data:text/html;charset=utf-8," + URLEncoder.encode(form, StandardCharsets.UTF_8).replace("+", "%20"));
        browser.awaitUrlContains("/login.xhtml");
        browser.await(By.id("login:username"));
        browser.open("/index.xhtml");
        browser.await(By.id("login:username"));
        assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"), "not signed in as the attacker: " + browser.driver.getCurrentUrl());
    }

    @Test
    void onlyThePostCarryingItsSessionsTokenSignsIn() {
        TestUsers.create("token.user", "token-password", "OPERATOR");
        FormClient victim = new FormClient();
        FormClient attacker = new FormClient();
        String attackersToken = attacker.loginToken();
        victim.loginToken();

        assertRefused(victim.postLogin("token.user", "token-password", null), "no token");
        assertRefused(victim.postLogin("token.user", "token-password", attackersToken), "another session's token");
        assertRefused(new FormClient().postLogin("token.user", "token-password", attackersToken), "no session");

        var signedIn = victim.postLogin("token.user", "token-password", victim.loginToken());
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"));
    }

    private static void assertRefused(HttpResponse<String> answer, String why) {
        assertEquals(200, answer.statusCode(), why);
        assertTrue(answer.body().contains("La pagina di accesso era scaduta"), why + ": " + answer.body());
    }

    /** The login form posted by hand, with the cookies of one browser-like client. */
    private static final class FormClient {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

        String loginToken() {
            String page = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/login.xhtml")).GET()).body();
            Matcher token = Pattern.compile("name=\"loginToken\" value=\"([^\"]+)\"").matcher(page);
            assertTrue(token.find(), page);
            return token.group(1);
        }

        HttpResponse<String> postLogin(String username, String password, String token) {
            String form = "login=login&login%3Ausername=" + username + "&login%3Apassword=" + password
                    + "&login%3Asubmit=&jakarta.faces.ViewState=stateless" + (token == null ? "" : "&loginToken=" + token);
            return send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private TreeSet<String> menuOf() {
        TreeSet<String> items = new TreeSet<>();
        for (WebElement item : browser.driver.findElements(MENU_ITEMS)) {
            items.add(item.getAttribute("id").substring("menuForm:menu-".length()));
        }
        return items;
    }
}
