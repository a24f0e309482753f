package de.lotse.app.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven through Debian's chromedriver (Selenium Manager cannot download a
 * browser here), with the small vocabulary the browser tests speak: open, log in, fill, choose,
 * wait for text, take a screenshot. Every wait is an explicit {@link WebDriverWait}.
 */
final class Browser implements AutoCloseable {

    static final String PASSWORD = "browser-secret";
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension TABLET = new Dimension(768, 1024);

    private static final Path SCREENSHOTS = Path.of("../docs/screenshots");
    private static final int TALLEST_SCREENSHOT = 4000;

    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private String baseUrl = "";

    Browser() {
        try {
            profile = Files.createTempDirectory("lotse-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(ChromiumInstalled.CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumInstalled.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.withMessage(this::whatIsShown);
    }

    Browser on(int port) {
        baseUrl = "http://localhost:" + port;
        return this;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    void logInAs(String user) {
        open("/login");
        field("username").sendKeys(user);
        field("password").sendKeys(PASSWORD);
        field("password").submit();
        wait.until(d -> !currentPath().startsWith("/login"));
    }

    void logOut() {
        click(By.cssSelector("form.logout button"));
        waitForPath("/login");
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    void waitForPath(String prefix) {
        wait.until(d -> currentPath().startsWith(prefix));
    }

    /** Waits until the whole path matches, for a page whose path holds an id the test learns from it. */
    void waitForPathMatching(Pattern path) {
        wait.until(d -> path.matcher(currentPath()).matches());
    }

    WebElement field(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void type(String id, String text) {
        var input = field(id);
        input.clear();
        input.sendKeys(text);
    }

    /** Sets a date input to an ISO date; typing into one depends on the browser's locale. */
    void date(String id, String isoDate) {
        driver.executeScript("arguments[0].value = arguments[1]", field(id), isoDate);
    }

    void choose(String id, String value) {
        new Select(field(id)).selectByValue(value);
    }

    void check(String id) {
        var box = field(id);
        if (!box.isSelected()) {
            box.click();
        }
    }

    void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /** Clicks a button of an htmx form and waits until htmx has swapped in the {@code region} it answers. */
    void clickAndAwaitSwap(By button, By region) {
        var before = driver.findElement(region);
        click(button);
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.presenceOfElementLocated(region));
    }

    /**
     * Sets the date of one of the participant page's forms, sends it through htmx and waits for the
     * refreshed page to confirm it.
     */
    void submitOnParticipantPage(String form, String dateField, String date) {
        date(form + "-" + dateField, date);
        clickAndAwaitSwap(
                By.cssSelector("form:has(#" + form + "-" + dateField + ") button[type=submit]"), By.id("participant"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#participant .notice"), "Gespeichert."));
    }

    void clickLink(String text) {
        click(By.linkText(text));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String text(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator))
                .getText();
    }

    void waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Reloads the page until it shows the text: read views trail the event store by a moment. */
    void reloadUntil(String text) {
        wait.until(d -> {
            if (text().contains(text)) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
    }

    String attribute(By locator, String name) {
        return driver.findElement(locator).getDomAttribute(name);
    }

    String htmlLang() {
        return attribute(By.tagName("html"), "lang");
    }

    /** Saves the whole page, not only the window, as {@code docs/screenshots/<name>.png}. */
    void screenshot(String name, Dimension size) {
        driver.manage().window().setSize(size);
        var height = number("return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight");
        driver.manage()
                .window()
                .setSize(new Dimension(size.width, Math.min(Math.max(height, size.height), TALLEST_SCREENSHOT)));
        driver.executeScript("window.scrollTo(0, 0)");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
    }

    private int number(String script) {
        return ((Number) driver.executeScript(script)).intValue();
    }

    void screenshot(String name) {
        screenshot(name, DESKTOP);
    }

    /** What a failed wait reports: where the browser is and what the page says. */
    private String whatIsShown() {
        try {
            return "the browser is at " + driver.getCurrentUrl() + " showing:\n" + text();
        } catch (RuntimeException e) {
            return "the browser is at " + driver.getCurrentUrl();
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
