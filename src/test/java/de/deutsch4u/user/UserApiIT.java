package de.deutsch4u.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §5 "users": who may create which accounts, password and username rules. */
@Tag("db")
@ExtendWith(TestApp.class)
class UserApiIT {

    @Test
    void shouldCreateAProviderUserWhoCanSignIn() {
        long provider = Fixtures.provider();
        String username = Api.unique("staff-");
        Api.Response created = Api.admin()
                .post(
                        "/api/users",
                        "{\"username\":\"" + username
                                + "\",\"password\":\"a-long-password\",\"displayName\":\"Leyla Demir\",\"role\":\"PROVIDER\",\"providerId\":"
                                + provider + "}");
        assertEquals(201, created.status(), created.body());
        JsonObject user = created.json();
        assertEquals(username, user.getString("username"));
        assertEquals("PROVIDER", user.getString("role"));
        assertEquals(provider, user.getJsonNumber("providerId").longValue());
        assertFalse(created.body().contains("password"), "never the hash: " + created.body());
        assertTrue(created.header("Location").endsWith("/api/users/" + user.getJsonNumber("id")));
        assertEquals(
                200, Api.as(username, "a-long-password").get("/api/providers").status());
    }

    @Test
    void shouldRefuseAPasswordUnder12Characters() {
        Api.Response response = Api.admin()
                .post(
                        "/api/users",
                        "{\"username\":\"" + Api.unique("short-")
                                + "\",\"password\":\"elevenchars\",\"displayName\":\"X\",\"role\":\"PROGRAMME\"}");
        assertEquals(400, response.status());
        assertEquals(
                "password",
                response.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void shouldRefuseAnExistingUsernameWith409AlsoInOtherCase() {
        String username = Fixtures.user("PROGRAMME", null);
        Api.Response response = Api.admin()
                .post(
                        "/api/users",
                        "{\"username\":\"" + username.toUpperCase()
                                + "\",\"password\":\"a-long-password\",\"displayName\":\"X\",\"role\":\"PROGRAMME\"}");
        assertEquals(409, response.status(), response.body());
        assertEquals("user.duplicateUsername", response.json().getString("code"));
    }

    @Test
    void shouldRequireAProviderForProviderAndTeacherAccounts() {
        Api.Response response = Api.admin()
                .post(
                        "/api/users",
                        "{\"username\":\"" + Api.unique("t-")
                                + "\",\"password\":\"a-long-password\",\"displayName\":\"X\",\"role\":\"TEACHER\"}");
        assertEquals(400, response.status());
        assertEquals(
                "providerId",
                response.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void shouldLetAProviderCreateTeachersOfItsOwnOnly() {
        long own = Fixtures.provider();
        long other = Fixtures.provider();
        Api staff = Fixtures.as(Fixtures.user("PROVIDER", own));
        Api.Response teacher = staff.post(
                "/api/users",
                "{\"username\":\"" + Api.unique("teacher-")
                        + "\",\"password\":\"a-long-password\",\"displayName\":\"Olena K.\",\"role\":\"TEACHER\"}");
        assertEquals(201, teacher.status(), teacher.body());
        assertEquals(own, teacher.json().getJsonNumber("providerId").longValue());

        Api.Response manager = staff.post(
                "/api/users",
                "{\"username\":\"" + Api.unique("p-")
                        + "\",\"password\":\"a-long-password\",\"displayName\":\"X\",\"role\":\"PROVIDER\"}");
        assertEquals(403, manager.status());

        Api.Response foreign = staff.post(
                "/api/users",
                "{\"username\":\"" + Api.unique("t-")
                        + "\",\"password\":\"a-long-password\",\"displayName\":\"X\",\"role\":\"TEACHER\",\"providerId\":"
                        + other + "}");
        assertEquals(404, foreign.status(), "another provider's id is outside the scope");
    }

    @Test
    void shouldListOnlyAccountsInScope() {
        long own = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", own);
        String foreignTeacher = Fixtures.user("TEACHER", Fixtures.provider());
        String list =
                Fixtures.as(Fixtures.user("PROVIDER", own)).get("/api/users").body();
        assertTrue(list.contains(teacher), list);
        assertFalse(list.contains(foreignTeacher), list);
        assertFalse(list.contains("\"admin\""), list);
        assertTrue(Api.admin().get("/api/users").body().contains(foreignTeacher));
    }

    @Test
    void shouldForbidUserAdministrationToTeachersAndProgramme() {
        long provider = Fixtures.provider();
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("TEACHER", provider))
                        .get("/api/users")
                        .status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROGRAMME", null)).get("/api/users").status());
    }
}
