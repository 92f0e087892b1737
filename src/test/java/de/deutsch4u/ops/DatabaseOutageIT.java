package de.deutsch4u.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.AppProcess;
import de.deutsch4u.testsupport.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Contract §8, faults: the application's database is killed (kill -9) or frozen (SIGSTOP) under a running
 * application. Requests get a 503 with the JSON error body and Retry-After (pages: a German page), nothing
 * waits longer than 10 s, /health/ready answers within 2 s, the log gets one line per outage and its end
 * instead of stack traces, and everything works again when the database is back.
 */
@Tag("db")
class DatabaseOutageIT {

    private static final String PASSWORD = "outage-admin-pw-1";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String LOG = "outage-app.log";

    private static TestDatabase db;
    private static AppProcess app;

    @BeforeAll
    static void startDatabaseAndApp() throws Exception {
        db = TestDatabase.startEmbedded(AppProcess.freshDir("outage-db").toFile());
        app = AppProcess.start(
                Map.of(
                        "DB_URL",
                        db.url(),
                        "DB_USER",
                        db.user(),
                        "DB_PASSWORD",
                        db.password(),
                        "ADMIN_PASSWORD",
                        PASSWORD,
                        "DATA_DIR",
                        AppProcess.freshDir("outage-app").toString()),
                LOG);
        app.awaitReady(Duration.ofMinutes(8));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (db != null) {
            db.stop();
        }
    }

    @Test
    void shouldAnswer503WithoutStackTracesWhileTheDatabaseIsKilledAndRecover() throws Exception {
        app.awaitReady(Duration.ofMinutes(1));
        assertEquals(200, api("/api/providers", "de").statusCode());
        long logBefore = Files.size(log());

        long pid = db.serverProcess().pid();
        db.signal("KILL");
        awaitGone(pid);
        for (int i = 0; i < 30; i++) {
            assertUnavailableJson(api("/api/providers", "de"), "vorübergehend");
        }
        assertUnavailableJson(
                send(request("/api/providers", "de")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"name\":\"Während des Ausfalls\",\"districtId\":4}"))),
                "vorübergehend");
        assertUnavailableJson(api("/api/districts", "en"), "temporarily");
        assertReadyAnswersDownWithin(Duration.ofSeconds(2));

        assertUnavailablePage("/login.xhtml");
        // The public finder has read nothing yet, so it needs the database too: the same page, not an error 500.
        assertUnavailablePage("/kurse");

        db.restart();
        app.awaitReady(Duration.ofMinutes(3));
        assertEquals(200, api("/api/providers", "de").statusCode(), "works again without a restart of the application");

        String outageLog = logSince(logBefore);
        assertEquals(1, count(outageLog, "Database unreachable"), outageLog);
        assertEquals(1, count(outageLog, "Database reachable again"), outageLog);
        assertTrue(
                outageLog.length() < 30_000,
                "no stack-trace flood: " + outageLog.length() + " characters\n" + outageLog);
    }

    @Test
    void shouldNeverHangWhileTheDatabaseIsFrozen() throws Exception {
        app.awaitReady(Duration.ofMinutes(1));
        assertEquals(200, api("/api/providers", "de").statusCode());
        long logBefore = Files.size(log());
        db.signal("STOP");
        try {
            ExecutorService clients = Executors.newFixedThreadPool(6);
            List<Future<Long>> timings = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String path = i % 2 == 0 ? "/api/providers" : "/api/courses";
                timings.add(clients.submit(() -> {
                    long start = System.nanoTime();
                    HttpResponse<String> response = api(path, "de");
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    assertUnavailableJson(response, "vorübergehend");
                    return millis;
                }));
            }
            assertReadyAnswersDownWithin(Duration.ofSeconds(2));
            for (Future<Long> timing : timings) {
                long millis = timing.get();
                assertTrue(millis <= 10_000, "a request waited " + millis + " ms for a frozen database");
            }
            clients.shutdown();
            assertReadyAnswersDownWithin(Duration.ofSeconds(2));
            long start = System.nanoTime();
            assertUnavailableJson(api("/api/providers", "de"), "vorübergehend");
            assertTrue(System.nanoTime() - start < 2_000_000_000L, "once the outage is known, requests answer at once");
        } finally {
            db.signal("CONT");
        }
        app.awaitReady(Duration.ofMinutes(2));
        assertEquals(200, api("/api/providers", "de").statusCode());
        String outageLog = logSince(logBefore);
        assertEquals(1, count(outageLog, "Database unreachable"), outageLog);
        assertEquals(1, count(outageLog, "Database reachable again"), outageLog);
    }

    private static void assertUnavailableJson(HttpResponse<String> response, String messagePart) {
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        assertTrue(response.body().contains("\"code\":\"service.unavailable\""), response.body());
        assertTrue(response.body().contains("\"status\":503"), response.body());
        assertTrue(response.body().contains(messagePart), response.body());
        assertTrue(
                response.headers().firstValue("Retry-After").orElse("").matches("\\d+"),
                response.headers().toString());
    }

    /** The German page of contract §8 for an anonymous visitor of the page at {@code path}. */
    private static void assertUnavailablePage(String path) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Accept", "text/html")
                .header("Accept-Language", "de")
                .GET());
        assertEquals(503, page.statusCode(), path + ": " + page.body());
        assertTrue(
                page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                page.headers().toString());
        assertTrue(page.body().contains("vorübergehend nicht erreichbar"), page.body());
        assertTrue(page.headers().firstValue("Retry-After").isPresent());
    }

    private static void assertReadyAnswersDownWithin(Duration limit) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> ready = send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/health/ready"))
                .GET());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("DOWN"), ready.body());
        assertTrue(millis <= limit.toMillis(), "/health/ready took " + millis + " ms");
    }

    private static HttpResponse<String> api(String path, String language) throws Exception {
        return send(request(path, language).GET());
    }

    private static HttpRequest.Builder request(String path, String language) {
        String token = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Authorization", "Basic " + token)
                .header("Accept-Language", language);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitGone(long pid) throws InterruptedException {
        for (int i = 0;
                i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                i++) {
            Thread.sleep(100);
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String logSince(long offset) throws IOException {
        byte[] bytes = Files.readAllBytes(log());
        return new String(bytes, (int) offset, bytes.length - (int) offset, StandardCharsets.UTF_8);
    }

    private static Path log() {
        return AppProcess.target().resolve(LOG);
    }
}
