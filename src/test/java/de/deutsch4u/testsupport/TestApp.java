package de.deutsch4u.testsupport;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(TestApp.class)}: one running application for all integration tests of a test run,
 * on a fresh test database (see TestDatabase), started the way a user starts it. Tests create their
 * own data with unique names, so they do not depend on each other or on their order.
 */
public final class TestApp implements BeforeAllCallback {

    public static final String ADMIN_PASSWORD = "it-admin-password-1";

    private static TestDatabase database;
    private static AppProcess app;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (TestApp.class) {
            if (app == null) {
                database = TestDatabase.start();
                app = AppProcess.start(
                        Map.of(
                                "DB_URL", database.url(),
                                "DB_USER", database.user(),
                                "DB_PASSWORD", database.password(),
                                "ADMIN_PASSWORD", ADMIN_PASSWORD,
                                "DATA_DIR",
                                        AppProcess.target()
                                                .resolve("it-app-data")
                                                .toString()),
                        "it-app.log");
                context.getRoot()
                        .getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(TestApp.class.getName(), (AutoCloseable) TestApp::shutdown);
                app.awaitReady(Duration.ofMinutes(4));
            }
        }
    }

    private static void shutdown() throws Exception {
        app.stop();
        database.stop();
    }

    public static String baseUrl() {
        return app.baseUrl();
    }

    public static TestDatabase database() {
        return database;
    }
}
