package de.deutsch4u.ui;

import de.deutsch4u.testsupport.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Base of the browser tests: one browser per class, a fresh session per test, evidence on failure. */
@Tag("browser")
@ExtendWith({TestApp.class, BrowserTest.Evidence.class})
public abstract class BrowserTest {

    protected static Browser browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        browser.close();
    }

    @BeforeEach
    void freshSession() {
        browser.offline(false);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.go("/login.xhtml");
        browser.driver().manage().deleteAllCookies();
    }

    /** Saves a screenshot and the page of a failed test to target/browser/. */
    static class Evidence implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.saveEvidence(context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName());
            }
        }
    }
}
