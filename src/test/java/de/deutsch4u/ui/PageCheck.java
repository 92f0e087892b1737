package de.deutsch4u.ui;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The checks of contract §9 on what the browser shows now: no horizontal scrolling, no control covered by another,
 * every dialog button reachable (page-check.js), and no axe-core violation of impact critical or serious.
 * Returns findings instead of failing, so that a run reports every page at once.
 */
final class PageCheck {

    private static final Set<String> BLOCKING_IMPACTS = Set.of("critical", "serious");
    private static final String SCRIPT = load("page-check.js");

    private final Browser browser;

    PageCheck(Browser browser) {
        this.browser = browser;
    }

    /** Findings on the whole page. */
    List<String> page() {
        return check(null);
    }

    /** Findings inside an open dialog (the page behind it is covered by the dialog's mask on purpose). */
    List<String> dialog(WebElement dialog) {
        return check(dialog);
    }

    @SuppressWarnings("unchecked")
    private List<String> check(WebElement scope) {
        List<String> findings =
                new ArrayList<>((List<String>) ((JavascriptExecutor) browser.driver()).executeScript(SCRIPT, scope));
        // Legacy mode runs axe in the page itself; the default opens a blank window with a 1 s load timeout,
        // which a busy CI machine misses. The pages have no frames.
        AxeBuilder axe = new AxeBuilder().setLegacyMode(true);
        Results results = scope == null ? axe.analyze(browser.driver()) : axe.analyze(browser.driver(), scope);
        if (results.isErrored()) {
            findings.add("axe-core failed: " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            if (BLOCKING_IMPACTS.contains(rule.getImpact())) {
                findings.add("axe " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): "
                        + rule.getNodes().stream()
                                .limit(4)
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", "))
                        + (rule.getNodes().size() > 4
                                ? " and " + (rule.getNodes().size() - 4) + " more"
                                : ""));
            }
        }
        return findings;
    }

    private static String load(String name) {
        try (InputStream in = PageCheck.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
