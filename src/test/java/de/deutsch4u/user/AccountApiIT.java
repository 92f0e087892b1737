package de.deutsch4u.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.security.SignInThrottlingIT;
import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §6: editing, (de)activating, password rules, change and reset, the filtered user list. */
@Tag("db")
@ExtendWith(TestApp.class)
class AccountApiIT {

    @Test
    void shouldEndApiAccessOfADeactivatedAccountWithTheVeryNextRequest() {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        Api teacherApi = Fixtures.as(teacher);
        assertEquals(200, teacherApi.get("/api/courses").status());

        Api.Response changed = Fixtures.as(Fixtures.user("PROVIDER", provider))
                .send(
                        "PUT",
                        "/api/users/" + Fixtures.userId(teacher),
                        "application/json",
                        "{\"displayName\":\"Olena Koval\",\"active\":false}");
        assertEquals(200, changed.status(), changed.body());
        assertFalse(changed.json().getBoolean("active"));
        assertEquals("Olena Koval", changed.json().getString("displayName"));
        assertEquals(401, teacherApi.get("/api/courses").status(), "a deactivated account is signed out at once");

        Api.admin()
                .send(
                        "PUT",
                        "/api/users/" + Fixtures.userId(teacher),
                        "application/json",
                        "{\"displayName\":\"Olena Koval\",\"active\":true}");
        assertEquals(200, teacherApi.get("/api/courses").status(), "and back at once when activated again");
    }

    @Test
    void shouldLetAProviderEditOnlyTheTeachersOfItsOwnProvider() {
        long own = Fixtures.provider();
        Api staff = Fixtures.as(Fixtures.user("PROVIDER", own));
        String body = "{\"displayName\":\"X Y\",\"active\":false}";
        long colleague = Fixtures.userId(Fixtures.user("PROVIDER", own));
        long foreignTeacher = Fixtures.teacher(Fixtures.provider());
        assertEquals(
                403,
                staff.send("PUT", "/api/users/" + colleague, "application/json", body)
                        .status());
        assertEquals(
                404,
                staff.send("PUT", "/api/users/" + foreignTeacher, "application/json", body)
                        .status());
        long teacher = Fixtures.teacher(own);
        Api teacherApi = Fixtures.as(Fixtures.user("TEACHER", own));
        assertEquals(
                403,
                teacherApi
                        .send("PUT", "/api/users/" + teacher, "application/json", body)
                        .status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROGRAMME", null))
                        .send("PUT", "/api/users/" + teacher, "application/json", body)
                        .status());
    }

    @Test
    void shouldRefuseWeakPasswordsWithPasswordWeak() {
        for (String weak : List.of(
                "passwort1234",
                "aaaaaaaaaaaa",
                "123456789012",
                "qwertzuiopü",
                "qwertzuiopü+",
                "Passwort2024!",
                "kurz")) {
            Api.Response response = Api.admin()
                    .post(
                            "/api/users",
                            "{\"username\":\"" + Api.unique("weak-") + "\",\"password\":\"" + weak
                                    + "\",\"displayName\":\"X\",\"role\":\"PROGRAMME\"}");
            assertEquals(400, response.status(), weak + ": " + response.body());
            assertEquals("password.weak", response.json().getString("code"), weak);
            assertEquals(
                    "password",
                    response.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void shouldRefuseTheUsernameOrDisplayNameAsPassword() {
        String username = Api.unique("lang.benutzername-");
        Api.Response sameAsUsername = Api.admin()
                .post(
                        "/api/users",
                        "{\"username\":\"" + username + "\",\"password\":\"" + username.toUpperCase()
                                + "\",\"displayName\":\"X\",\"role\":\"PROGRAMME\"}");
        assertEquals("password.weak", sameAsUsername.json().getString("code"), sameAsUsername.body());
        Api.Response sameAsName = Api.admin()
                .post(
                        "/api/users",
                        "{\"username\":\"" + Api.unique("n-")
                                + "\",\"password\":\"Aleksandra Wiśniewska\",\"displayName\":\"Aleksandra Wiśniewska\",\"role\":\"PROGRAMME\"}");
        assertEquals("password.weak", sameAsName.json().getString("code"), sameAsName.body());
    }

    @Test
    void shouldChangeTheOwnPassword() {
        String teacher = Fixtures.user("TEACHER", Fixtures.provider());
        String newPassword = "Neues-Passwort-fuer-Kurse-7";
        Api.Response wrong = Fixtures.as(teacher)
                .send(
                        "PUT",
                        "/api/users/me/password",
                        "application/json",
                        "{\"currentPassword\":\"falsch-falsch-falsch\",\"newPassword\":\"" + newPassword + "\"}");
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(
                "currentPassword",
                wrong.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        Api.Response weak = Fixtures.as(teacher)
                .send(
                        "PUT",
                        "/api/users/me/password",
                        "application/json",
                        "{\"currentPassword\":\"" + Fixtures.PASSWORD + "\",\"newPassword\":\"aaaaaaaaaaaa\"}");
        assertEquals("password.weak", weak.json().getString("code"), weak.body());
        assertEquals(
                "newPassword",
                weak.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        Api.Response changed = Fixtures.as(teacher)
                .send(
                        "PUT",
                        "/api/users/me/password",
                        "application/json",
                        "{\"currentPassword\":\"" + Fixtures.PASSWORD + "\",\"newPassword\":\"" + newPassword + "\"}");
        assertEquals(204, changed.status(), changed.body());
        assertEquals(401, Fixtures.as(teacher).get("/api/courses").status(), "the old password is gone at once");
        assertEquals(200, Api.as(teacher, newPassword).get("/api/courses").status());
    }

    @Test
    void shouldResetToATemporaryPasswordThatMustBeChanged() {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        Api.Response reset = Fixtures.as(Fixtures.user("PROVIDER", provider))
                .post("/api/users/" + Fixtures.userId(teacher) + "/password-reset", "");
        assertEquals(200, reset.status(), reset.body());
        String temporary = reset.json().getString("temporaryPassword");
        assertTrue(temporary.length() >= 12, temporary);

        assertEquals(401, Fixtures.as(teacher).get("/api/courses").status(), "the old password no longer works");
        Api.Response blocked = Api.as(teacher, temporary).get("/api/courses");
        assertEquals(403, blocked.status(), blocked.body());
        assertEquals("password.changeRequired", blocked.json().getString("code"));

        String chosen = "Selbst-gewaehltes-Passwort-3";
        Api.Response changed = Api.as(teacher, temporary)
                .send(
                        "PUT",
                        "/api/users/me/password",
                        "application/json",
                        "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + chosen + "\"}");
        assertEquals(204, changed.status(), changed.body());
        assertEquals(200, Api.as(teacher, chosen).get("/api/courses").status());
        assertEquals(401, Api.as(teacher, temporary).get("/api/courses").status());
    }

    @Test
    void shouldKeepResetsInTheCallersScope() {
        long own = Fixtures.provider();
        Api staff = Fixtures.as(Fixtures.user("PROVIDER", own));
        assertEquals(
                404,
                staff.post("/api/users/" + Fixtures.teacher(Fixtures.provider()) + "/password-reset", "")
                        .status());
        assertEquals(
                403,
                staff.post("/api/users/" + Fixtures.userId(Fixtures.user("PROVIDER", own)) + "/password-reset", "")
                        .status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("TEACHER", own))
                        .post("/api/users/" + Fixtures.teacher(own) + "/password-reset", "")
                        .status());
    }

    @Test
    void shouldFilterTheUserListByRoleProviderAndActive() {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        String inactive = Fixtures.user("TEACHER", provider);
        String staff = Fixtures.user("PROVIDER", provider);
        Api.admin()
                .send(
                        "PUT",
                        "/api/users/" + Fixtures.userId(inactive),
                        "application/json",
                        "{\"displayName\":\"Früher da\",\"active\":false}");

        List<String> teachers = usernames(Api.admin().get("/api/users?role=TEACHER&providerId=" + provider));
        assertEquals(List.of(inactive, teacher).stream().sorted().toList(), teachers);
        assertEquals(
                List.of(inactive), usernames(Api.admin().get("/api/users?providerId=" + provider + "&active=false")));
        assertEquals(List.of(staff), usernames(Api.admin().get("/api/users?role=PROVIDER&providerId=" + provider)));
        assertEquals(List.of(teacher), usernames(Fixtures.as(staff).get("/api/users?role=TEACHER&active=true")));
        assertEquals(
                404,
                Fixtures.as(staff)
                        .get("/api/users?providerId=" + Fixtures.provider())
                        .status());
        assertEquals(400, Api.admin().get("/api/users?role=KING").status());
    }

    @Test
    void shouldAuditActivationPasswordChangeAndResetButNoApiSignIn() throws Exception {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        long id = Fixtures.userId(teacher);
        Api.admin().send("PUT", "/api/users/" + id, "application/json", "{\"displayName\":\"A B\",\"active\":false}");
        Api.admin().send("PUT", "/api/users/" + id, "application/json", "{\"displayName\":\"A B\",\"active\":true}");
        String temporary = Api.admin()
                .post("/api/users/" + id + "/password-reset", "")
                .json()
                .getString("temporaryPassword");
        assertEquals(
                204,
                Api.as(teacher, temporary)
                        .send(
                                "PUT",
                                "/api/users/me/password",
                                "application/json",
                                "{\"currentPassword\":\"" + temporary
                                        + "\",\"newPassword\":\"Lehrerin-in-Fulda-seit-2019\"}")
                        .status());
        assertEquals(
                200,
                Api.as(teacher, "Lehrerin-in-Fulda-seit-2019")
                        .get("/api/courses")
                        .status());
        for (String action : List.of("DEACTIVATE", "ACTIVATE", "PASSWORD_RESET", "PASSWORD_CHANGE")) {
            assertEquals(1, SignInThrottlingIT.auditCount(teacher, action), action);
        }
        assertEquals(
                0, SignInThrottlingIT.auditCount(teacher, "SIGN_IN"), "successful API requests are not each a sign-in");
    }

    private static List<String> usernames(Api.Response response) {
        assertEquals(200, response.status(), response.body());
        return response.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("username"))
                .sorted()
                .toList();
    }
}
