package org.custodian.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its chromedriver, on the console of the platform under test. Every page
 * visited is saved as a screenshot under {@code target/screenshots/} and checked with axe-core: no serious or critical
 * violation. A missing browser fails the test and says what to install; it never skips it.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("custodian.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("custodian.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final String console;
    private final String journey;
    private final List<String> axeReport = new ArrayList<>();
    private int pages;

    private ConsoleBrowser(ChromeDriver driver, String console, String journey) {
        this.driver = driver;
        this.console = console;
        this.journey = journey;
    }

    static ConsoleBrowser open(String console, String journey) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ". Install them with: apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1280,1024", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new ConsoleBrowser(driver, console, journey);
    }

    /** Signs in on the development sign-in page with a name and roles; the console's start page for them follows. */
    void signIn(String name, String... roles) {
        driver.manage().deleteAllCookies();
        go("/signin", "signin");
        driver.findElement(By.id("name")).sendKeys(name);
        for (String role : roles) {
            driver.findElement(By.id("role-" + role)).click();
        }
        submit(By.cssSelector("main form button[type=submit]"), "signed-in");
    }

    void go(String path, String page) {
        driver.get(console + path);
        visited(page);
    }

    void click(By link, String page) {
        driver.findElement(link).click();
        visited(page);
    }

    void submit(By button, String page) {
        driver.findElement(button).click();
        visited(page);
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    String text(By by) {
        return driver.findElement(by).getText();
    }

    /** Waits until the page shows what it should (polled pages, decisions made asynchronously); a screenshot after. */
    <T> T await(Function<WebDriver, T> condition, Duration timeout, String page) {
        T result = new WebDriverWait(driver, timeout, Duration.ofMillis(300)).until(condition);
        visited(page);
        return result;
    }

    /** Reloads until {@code condition} holds, for pages that show a later state only when asked again. */
    void reloadUntil(Function<WebDriver, Boolean> condition, Duration timeout, String page) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(1000)).until(d -> {
            d.navigate().refresh();
            return condition.apply(d);
        });
        visited(page);
    }

    String title() {
        return driver.getTitle();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(console.length());
    }

    List<String> axeReport() {
        return axeReport;
    }

    private void visited(String page) {
        pages++;
        screenshot(String.format("%s-%02d-%s.png", journey, pages, page));
        accessible(page);
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accessible(String page) {
        driver.executeScript(axeSource());
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done(JSON.stringify([{impact: 'critical', id: 'axe-failed', help: String(e), nodes: []}])));");
        try {
            JsonNode violations = JSON.readTree(String.valueOf(result));
            List<String> serious = new ArrayList<>();
            violations.forEach(v -> {
                String line = v.path("impact").asText() + " " + v.path("id").asText() + ": " + v.path("help").asText()
                        + " (" + v.path("nodes").size() + " elements, e.g. " + v.at("/nodes/0/target").toString() + ")";
                axeReport.add(journey + " " + page + ": " + line);
                if (List.of("serious", "critical").contains(v.path("impact").asText())) {
                    serious.add(line);
                }
            });
            assertThat(serious).as("axe-core on %s (%s)", page, driver.getCurrentUrl()).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axe;

    private static synchronized String axeSource() {
        if (axe == null) {
            try (InputStream in = ConsoleBrowser.class.getResourceAsStream("/axe/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
