package de.deutsch4u.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Bytes transferred for a page as the browser counts them (Resource Timing's transferSize: headers and the
 * compressed body; 0 for what came from the cache), the document and everything it loaded; and the time until the
 * page was usable: Navigation Timing's loadEventEnd, from the start of the navigation (a click or a form post,
 * redirects included) until every script has run and the load event is over.
 */
public final class PageWeight {

    /** One transfer of a page: the page's name, the address and its bytes. */
    public record Transfer(String page, String url, long bytes) {}

    /** A page's bytes and the milliseconds until it was usable. */
    public record PageLoad(long bytes, long millis) {}

    private static final String ENTRIES = """
            return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                .map(e => [e.name, e.transferSize]);""";

    private final Browser browser;
    private final List<Transfer> transfers = new ArrayList<>();

    public PageWeight(Browser browser) {
        this.browser = browser;
    }

    public void emptyCache() {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /** The bytes and the time to usable of the page now shown, once it has loaded; remembered for {@link #report()}. */
    public PageLoad measure(String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(120))
                .until(driver -> ((Number)
                                        js.executeScript(
                                                "const n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : 0;"))
                                .longValue()
                        > 0);
        long millis = ((Number) js.executeScript("return performance.getEntriesByType('navigation')[0].loadEventEnd;"))
                .longValue();
        sleepQuietly(500); // scripts that load more after the load event
        long total = 0;
        @SuppressWarnings("unchecked")
        List<List<Object>> entries = (List<List<Object>>) js.executeScript(ENTRIES);
        for (List<Object> entry : entries) {
            long bytes = ((Number) entry.get(1)).longValue();
            transfers.add(new Transfer(page, String.valueOf(entry.get(0)), bytes));
            total += bytes;
        }
        System.out.printf(
                "page weight: %-18s %8.1f KB in %2d requests, usable after %5.1f s%n",
                page,
                total / 1024.0,
                entries.stream()
                        .filter(e -> ((Number) e.get(1)).longValue() > 0)
                        .count(),
                millis / 1000.0);
        return new PageLoad(total, millis);
    }

    /** Every transfer, largest first. */
    public String report() {
        StringBuilder text = new StringBuilder();
        transfers.stream()
                .sorted(Comparator.comparingLong(Transfer::bytes).reversed())
                .filter(t -> t.bytes() > 0)
                .forEach(
                        t -> text.append(String.format("%8.1f KB  %-18s %s%n", t.bytes() / 1024.0, t.page(), t.url())));
        return text.toString();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
