package io.quotestance.gateway.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * A real headless Chromium driven by ChromeDriver, both from the system's packages (apt chromium chromium-driver).
 * Missing, the tests fail with how to install them: a UI left untested must not pass as green.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where the tests keep pictures of the screens they reach; docs/screenshots holds a copy. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final URL base;
    private final Path profile;

    Browser(URL base) {
        for (Path needed : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException(needed + " is missing: the web UI tests need Chromium and ChromeDriver."
                        + " Install them with: apt-get install -y chromium chromium-driver (.ci/run does this)");
            }
        }
        this.base = base;
        try {
            profile = Files.createTempDirectory("qs-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a route of the UI, e.g. "#/quotes?q=troops", and waits until the view has rendered. */
    void open(String hash) {
        // A real load each time, so that no view is left over from the test before.
        driver.get("about:blank");
        driver.get(base.toString() + hash);
        waitIdle();
    }

    /** Waits until no region of the page is still loading. */
    void waitIdle() {
        await().until(d -> d.findElements(By.cssSelector("main [aria-busy='true'], main .loading")).isEmpty()
                && !d.findElements(By.cssSelector("main .view-heading")).isEmpty());
    }

    WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    WebElement find(String css) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Renders the page as a phone of the given width would (device metrics, not just the window). */
    void emulateWidth(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    void stopEmulating() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The console errors since the last call (a refused script or style under the CSP shows up here). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Scrolls the element (and any scrolling panel around it) to the top of the view, for a screenshot. */
    void reveal(String css) {
        script("arguments[0].scrollIntoView({block: 'start'})", find(css));
    }

    /** Saves what the browser shows as target/screenshots/{name}.png, the whole page when asked. */
    void screenshot(String name, boolean fullPage) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png;
            if (fullPage) {
                Number height = (Number) script("return document.documentElement.scrollHeight");
                Number width = (Number) script("return window.innerWidth");
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width.intValue(),
                        "height", height.intValue(), "deviceScaleFactor", 1, "mobile", false));
                png = driver.getScreenshotAs(OutputType.BYTES);
                stopEmulating();
            } else {
                png = driver.getScreenshotAs(OutputType.BYTES);
            }
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
