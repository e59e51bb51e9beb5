package it.callcenter.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
                "admin", List.of("agenda", "agents", "campaigns", "customFields", "dnc", "fill", "groups", "home", "imports", "leadSources",
                        "lists", "registry", "rpo", "users"),
                "supervisor", List.of("agenda", "campaigns", "dnc", "fill", "home", "imports", "registry", "rpo"),
                "manager", List.of("agenda", "campaigns", "dnc", "fill", "home", "imports", "registry", "rpo"),
                "operator1", List.of("agenda", "home", "registry"));
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
        assertEquals("Esci", browser.driver.findElement(By.id("menuForm:logout")).getText());
        browser.driver.findElement(By.id("menuForm:lang-en")).click();
        browser.awaitText(By.id("menuForm:logout"), "Log out");
        assertTrue(browser.driver.findElement(By.id("welcome")).getText().startsWith("Hello"));

        browser.driver.findElement(By.id("menuForm:logout")).click();
        browser.await(By.id("login:username"));
        browser.driver.manage().deleteAllCookies();
        browser.loginSuccessfully("operator2", "demo");
        assertEquals("Log out", browser.driver.findElement(By.id("menuForm:logout")).getText(), "the user keeps the choice");

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
        assertTrue(browser.driver.getCurrentUrl().endsWith("/index.xhtml"), browser.driver.getCurrentUrl());
    }

    @Test
    void anOperatorCannotOpenTheUsersScreen() {
        browser.loginSuccessfully("operator4", "demo");
        browser.open("/admin/users.xhtml");
        WebElement message = browser.await(By.id("error-message"));
        assertEquals("Non hai i permessi per aprire questa pagina.", message.getText());
        assertFalse(browser.driver.getPageSource().contains("operator1"));
    }

    private TreeSet<String> menuOf() {
        TreeSet<String> items = new TreeSet<>();
        for (WebElement item : browser.driver.findElements(MENU_ITEMS)) {
            items.add(item.getAttribute("id").substring("menuForm:menu-".length()));
        }
        return items;
    }
}
