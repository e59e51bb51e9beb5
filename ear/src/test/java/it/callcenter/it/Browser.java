package it.callcenter.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, with nothing fetched at run time. When they are
 * missing, root installs them with apt; anyone else is told the exact line to run.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String INSTALL = "apt-get install -y chromium chromium-driver";

    final WebDriver driver;
    private final WebDriverWait wait;

    Browser() {
        this(java.net.URI.create(TestServer.baseUrl()).getPort());
    }

    /** A browser for a server of the test's own (a cluster's balancer): Chromium may be told to allow its port. */
    Browser(int serverPort) {
        ensureInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1366,900", "--lang=it-IT",
                // some port offsets put the server on a port Chromium refuses as unsafe (offset 2000: 10080)
                "--explicitly-allowed-ports=" + serverPort,
                "--user-data-dir=" + temporaryProfile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Where the browser tests leave their screenshots, as build output for a reviewer to look at. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("callcenter.it.screenshots", "target/screenshots"));
    static final Dimension WIDE = new Dimension(1440, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    void open(String path) {
        driver.get(TestServer.baseUrl() + path);
    }

    void login(String username, String password) {
        open("/login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        driver.findElement(By.id("login:submit")).click();
    }

    void loginSuccessfully(String username, String password) {
        login(username, password);
        await(By.id("menuForm:logout"));
    }

    void type(By field, String text) {
        WebElement element = await(field);
        element.clear();
        element.sendKeys(text);
    }

    WebElement await(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Waits for the element's text, read again at each try: an element re-rendered by an ajax update or a push between
     * finding it and reading it (Chromium then says its node "does not belong to the document") is simply read again.
     */
    void awaitText(By locator, String text) {
        wait.until(driver -> {
            try {
                return driver.findElement(locator).getText().contains(text);
            } catch (NoSuchElementException | StaleElementReferenceException gone) {
                return false;
            } catch (WebDriverException replaced) {
                if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw replaced;
            }
        });
    }

    void awaitUrlContains(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    /** Clicks something that leads to a new page (a save that redirects) and waits until the new page is there. */
    void clickAndAwaitNewPage(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        WebElement element = driver.findElement(target);
        // the menu bar sticks to the top: bring the element to the middle, where nothing covers it
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    /** Clicks something in the middle of the window, where the sticky menu bar does not cover it. */
    void click(By target) {
        WebElement element = await(target);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Waits until no PrimeFaces/jQuery AJAX request is under way. */
    void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return (!window.jQuery || jQuery.active === 0) && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /**
     * Types into a PrimeFaces autocomplete and picks the suggestion with exactly that label; done when the
     * choice shows (the input's text, or a token of a multiple autocomplete).
     */
    void pickAutocomplete(String id, String typed, String label) {
        boolean multiple = !driver.findElements(By.cssSelector("[id='" + id + "'] ul.ui-autocomplete-multiple-container")).isEmpty();
        By token = By.xpath("//*[@id='" + id + "']//li[contains(@class,'ui-autocomplete-token')][normalize-space(.)='" + label + "']");
        By item = By.xpath("//*[@id='" + id + "_panel']//li[normalize-space(.)='" + label + "']");
        WebElement input = await(By.id(id + "_input"));
        input.sendKeys(typed);
        wait.until(ExpectedConditions.visibilityOfElementLocated(item));
        awaitAjax();
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        awaitAjax();
        wait.until(d -> multiple
                ? !d.findElements(token).isEmpty()
                : label.equals(d.findElement(By.id(id + "_input")).getAttribute("value")));
    }

    /** Sets a PrimeFaces checkbox to the state wanted, and waits until it shows that state. */
    void check(String id, boolean checked) {
        By input = By.id(id + "_input");
        wait.until(d -> {
            if (d.findElement(input).isSelected() != checked) {
                d.findElement(By.cssSelector("[id='" + id + "'] .ui-chkbox-box")).click();
            }
            return d.findElement(input).isSelected() == checked;
        });
    }

    /** Toggles the box of a PrimeFaces many-checkbox found by its label's text, and waits until it has changed. */
    void toggleOption(String label) {
        WebElement text = await(By.xpath("//label[normalize-space(.)='" + label + "']"));
        By input = By.id(text.getAttribute("for"));
        boolean before = driver.findElement(input).isSelected();
        text.findElement(By.xpath("preceding-sibling::div[contains(@class,'ui-chkbox')]//div[contains(@class,'ui-chkbox-box')]")).click();
        wait.until(d -> d.findElement(input).isSelected() != before);
    }

    /** A growl message with exactly this title. */
    static By growl(String text) {
        return By.xpath("//*[contains(@class,'ui-growl-title') and normalize-space(text())='" + text + "']");
    }

    /** Opens a PrimeFaces select-one menu and picks the item with that label. */
    void pickSelectOne(String id, String label) {
        await(By.id(id)).click();
        wait.until(ExpectedConditions.attributeContains(By.id(id + "_panel"), "class", "ui-connected-overlay-enter-done"));
        By item = By.xpath("//*[@id='" + id + "_items']//li[@data-label='" + label + "']");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
    }

    /**
     * Saves the page as it is now, whole (not only the window), at 1440×900 and at 390×844 as a phone shows it, into
     * {@link #SCREENSHOTS} as {@code name-1440.png} and {@code name-390.png}; the window is left at the wide size.
     */
    void screenshots(String name) {
        screenshot(name, WIDE, false);
        screenshot(name, PHONE, true);
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        awaitAjax();
    }

    private void screenshot(String name, Dimension size, boolean mobile) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width, "height", size.height,
                "deviceScaleFactor", 1, "mobile", mobile));
        awaitAjax();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.dispatchEvent(new Event('resize'));");
        long width = ((Number) js.executeScript("return Math.max(document.documentElement.clientWidth, document.documentElement.scrollWidth);")).longValue();
        long height = ((Number) js.executeScript("return Math.min(6000, document.documentElement.scrollHeight);")).longValue();
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.max(height, size.height), "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + "-" + size.width + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How far the page reaches to the right beyond the window: 0 when nothing scrolls sideways. */
    long horizontalOverflow() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
    }

    /** Emulates a phone (390×844) until {@link #wide()}. */
    void phone() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE.width,
                "height", PHONE.height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Emulates a wide screen (1440×900) until {@link #wide()}. */
    void wideScreen() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDE.width,
                "height", WIDE.height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Whether the element is wholly inside the window now, below the menu bar that sticks to the top. */
    boolean inView(WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                        + "var header = document.querySelector('.app-header');"
                        + "var top = header ? header.getBoundingClientRect().bottom : 0;"
                        + "return r.height > 0 && r.top >= top && r.bottom <= window.innerHeight;", element));
    }

    void wide() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Opens a screen from the menu, through its group (a submenu) when it has one. */
    void openFromMenu(String itemId) {
        WebElement item = driver.findElement(By.id("menuForm:" + itemId));
        if (!item.isDisplayed()) {
            WebElement group = item.findElement(By.xpath("ancestor::li[contains(@class,'ui-menu-parent')]/a"));
            new org.openqa.selenium.interactions.Actions(driver).moveToElement(group).perform();
            wait.until(ExpectedConditions.visibilityOf(item));
            new org.openqa.selenium.interactions.Actions(driver).moveToElement(item).perform();
        }
        WebElement page = driver.findElement(By.tagName("html"));
        item.click();
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    /** Types text one key at a time, {@code pause} between keys, as a person types. */
    void typeSlowly(By field, String text, Duration pause) {
        WebElement element = await(field);
        element.click();
        for (char c : text.toCharArray()) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(String.valueOf(c)).pause(pause).perform();
        }
    }

    static void ensureInstalled() {
        if (Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER))) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("Chromium and chromedriver are needed for the browser tests. Run:\n  sudo apt-get update && sudo " + INSTALL);
        }
        run("apt-get", "update", "-q");
        run("sh", "-c", "DEBIAN_FRONTEND=noninteractive " + INSTALL + " -q");
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("chromium-profile").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
