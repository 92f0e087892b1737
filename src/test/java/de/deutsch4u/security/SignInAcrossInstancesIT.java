package de.deutsch4u.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.AppProcess;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract §6 with two instances on one database: a deactivation, a new password and failed sign-ins
 * count on the other instance with its very next request (no cache outlives a change). The second
 * instance locks for 6 seconds only, so the end of a lock can be seen too.
 */
@Tag("db")
@ExtendWith(TestApp.class)
class SignInAcrossInstancesIT {

    private static final String WRONG = "wrong-password-xyz";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static AppProcess second;

    @BeforeAll
    static void startSecondInstance() throws Exception {
        second = AppProcess.start(
                Map.of(
                        "DB_URL", TestApp.database().url(),
                        "DB_USER", TestApp.database().user(),
                        "DB_PASSWORD", TestApp.database().password(),
                        "LOGIN_LOCK_SECONDS", "6",
                        "DATA_DIR",
                                AppProcess.target().resolve("it-second-data").toString()),
                "it-second-app.log");
        second.awaitReady(Duration.ofMinutes(4));
    }

    @AfterAll
    static void stopSecondInstance() throws Exception {
        if (second != null) {
            second.stop();
        }
    }

    @Test
    void shouldEndAccessOnTheOtherInstanceWhenDeactivatedOrGivenANewPassword() throws Exception {
        String teacher = Fixtures.user("TEACHER", Fixtures.provider());
        assertEquals(200, onSecond(teacher, Fixtures.PASSWORD), "signed in (and remembered) on the second instance");

        Api.admin()
                .send(
                        "PUT",
                        "/api/users/" + Fixtures.userId(teacher),
                        "application/json",
                        "{\"displayName\":\"Test\",\"active\":false}");
        assertEquals(401, onSecond(teacher, Fixtures.PASSWORD));

        Api.admin()
                .send(
                        "PUT",
                        "/api/users/" + Fixtures.userId(teacher),
                        "application/json",
                        "{\"displayName\":\"Test\",\"active\":true}");
        assertEquals(200, onSecond(teacher, Fixtures.PASSWORD));
        String newPassword = "Kurse-in-Giessen-am-Abend";
        assertEquals(
                204,
                Fixtures.as(teacher)
                        .send(
                                "PUT",
                                "/api/users/me/password",
                                "application/json",
                                "{\"currentPassword\":\"" + Fixtures.PASSWORD + "\",\"newPassword\":\"" + newPassword
                                        + "\"}")
                        .status());
        assertEquals(401, onSecond(teacher, Fixtures.PASSWORD), "the old password is gone on the other instance too");
        assertEquals(200, onSecond(teacher, newPassword));
    }

    @Test
    void shouldCountFailuresOfBothInstancesTogetherAndUnlockAfterTheLock() throws Exception {
        String teacher = Fixtures.user("TEACHER", Fixtures.provider());
        for (int i = 0; i < 3; i++) {
            assertEquals(401, Api.as(teacher, WRONG).get("/api/courses").status());
        }
        assertEquals(401, onSecond(teacher, WRONG));
        assertEquals(401, onSecond(teacher, WRONG), "the fifth failure, on the second instance, locks for 6 s");
        assertEquals(429, Fixtures.as(teacher).get("/api/courses").status(), "locked on the first instance too");
        assertEquals(429, onSecond(teacher, Fixtures.PASSWORD));
        Thread.sleep(7_000);
        assertEquals(200, onSecond(teacher, Fixtures.PASSWORD), "the lock has ended");
    }

    private static int onSecond(String username, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(
                        HttpRequest.newBuilder(URI.create(second.baseUrl() + "/api/courses"))
                                .header("Authorization", "Basic " + token)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
