package de.deutsch4u.ui;

import de.deutsch4u.testsupport.AppProcess;
import de.deutsch4u.testsupport.TestApp;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven by Selenium (../shared/stack.md §6). One per test class. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;
    private final Path downloads;

    private Browser(WebDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    public static Browser open() throws IOException {
        Path profile = Files.createTempDirectory("d4u-chromium-");
        Path downloads = Files.createDirectory(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--lang=de-DE",
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), profile, downloads);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Waits until the page or an ajax answer replaced the element. */
    public void awaitReplaced(WebElement element) {
        waiting().until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException e) {
                if (isGone(e)) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * The element's new text once an ajax answer replaced it; a read during the replacement finds the old
     * element gone and is tried again.
     */
    public String textChangedFrom(By element, String before) {
        return waiting().until(d -> {
            try {
                String now = d.findElement(element).getText();
                return now.equals(before) ? null : now;
            } catch (WebDriverException e) {
                if (isGone(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    /**
     * Whether the element the driver was asked about has left the document. Chromium reports that not always as
     * stale but sometimes as "Node with given id does not belong to the document" (an unknown error).
     */
    private static boolean isGone(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || (e.getMessage() != null && e.getMessage().contains("does not belong to the document"));
    }

    public void go(String path) {
        driver.get(TestApp.baseUrl() + path);
    }

    /** Scrolls the element into the middle of the window, then clicks it, as a person would. */
    public void click(By locator) {
        WebElement element = driver.findElement(locator);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Cuts the browser off the network (true) or connects it again (false), as a phone in a dead spot. */
    public void offline(boolean offline) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        waiting()
                .until(d -> Boolean.valueOf(!offline)
                        .equals(((JavascriptExecutor) d).executeScript("return navigator.onLine;")));
    }

    /**
     * Emulates a slow mobile network with DevTools' network conditions: {@code latencyMillis} added to every
     * request's round trip, {@code kbitPerSecond} down and up. {@link #offline(boolean) offline(false)} lifts it.
     */
    public void slowNetwork(int latencyMillis, int kbitPerSecond) {
        ChromeDriver chrome = (ChromeDriver) driver;
        int bytesPerSecond = kbitPerSecond * 1000 / 8;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of(
                        "offline",
                        false,
                        "latency",
                        latencyMillis,
                        "downloadThroughput",
                        bytesPerSecond,
                        "uploadThroughput",
                        bytesPerSecond));
    }

    /** A phone-sized window (iPhone 12–15: 390 × 844). */
    public void asPhone() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    /**
     * Waits until the browser has saved a downloaded file whose name ends in {@code suffix} (".pdf") and returns
     * its content. The file is deleted, so that the next call waits for a new download.
     */
    public byte[] downloaded(String suffix) {
        Path file = waiting().until(d -> completedDownload(suffix));
        try {
            byte[] content = Files.readAllBytes(file);
            Files.delete(file);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finished download ending in {@code suffix}, or null while there is none or Chromium still writes one. */
    private Path completedDownload(String suffix) {
        try (Stream<Path> files = Files.list(downloads)) {
            List<Path> all = files.toList();
            if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                return null;
            }
            return all.stream()
                    .filter(f -> f.getFileName().toString().endsWith(suffix))
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a screenshot and the page source in target/ to look at after a failure. */
    public void saveEvidence(String name) {
        try {
            Path dir = AppProcess.target().resolve("browser");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save browser evidence: " + e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
