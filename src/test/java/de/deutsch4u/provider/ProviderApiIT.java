package de.deutsch4u.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §5 "providers" and the scope rules of §4. */
@Tag("db")
@ExtendWith(TestApp.class)
class ProviderApiIT {

    @Test
    void shouldCreateAProviderWithLocationAndBody() {
        String name = Api.unique("Volkshochschule Gießen ");
        Api.Response created = Api.admin().post("/api/providers", "{\"name\":\"" + name + "\",\"districtId\":30}");
        assertEquals(201, created.status(), created.body());
        JsonObject provider = created.json();
        long id = provider.getJsonNumber("id").longValue();
        assertEquals(name, provider.getString("name"));
        assertEquals(30, provider.getInt("districtId"));
        assertTrue(created.header("Location").endsWith("/api/providers/" + id), created.header("Location"));
        assertEquals(name, Api.admin().get("/api/providers/" + id).json().getString("name"));
    }

    @Test
    void shouldRefuseADuplicateNameWith409() {
        String name = Api.unique("Caritas ");
        assertEquals(
                201,
                Api.admin()
                        .post("/api/providers", "{\"name\":\"" + name + "\",\"districtId\":2}")
                        .status());
        Api.Response duplicate = Api.admin().post("/api/providers", "{\"name\":\"" + name + "\",\"districtId\":3}");
        assertEquals(409, duplicate.status());
        assertEquals("provider.duplicateName", duplicate.json().getString("code"));
    }

    @Test
    void shouldRefuseADistrictThatIsNoLongerValid() {
        Api.Response response =
                Api.admin().post("/api/providers", "{\"name\":\"" + Api.unique("Alt ") + "\",\"districtId\":34}");
        assertEquals(400, response.status());
        assertEquals(
                "districtId",
                response.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void shouldLetOnlyAdminCreateProviders() {
        long own = Fixtures.provider();
        String body = "{\"name\":\"" + Api.unique("X ") + "\",\"districtId\":1}";
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROVIDER", own))
                        .post("/api/providers", body)
                        .status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROGRAMME", null))
                        .post("/api/providers", body)
                        .status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("TEACHER", own))
                        .post("/api/providers", body)
                        .status());
    }

    @Test
    void shouldShowProviderStaffOnlyTheirOwnProvider() {
        long own = Fixtures.provider();
        long other = Fixtures.provider();
        Api staff = Fixtures.as(Fixtures.user("PROVIDER", own));
        assertEquals(1, staff.get("/api/providers").jsonArray().size());
        assertEquals(
                own,
                staff.get("/api/providers")
                        .jsonArray()
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        assertEquals(200, staff.get("/api/providers/" + own).status());
        assertEquals(
                404, staff.get("/api/providers/" + other).status(), "outside the scope is not found, not forbidden");
        Api teacher = Fixtures.as(Fixtures.user("TEACHER", own));
        assertEquals(404, teacher.get("/api/providers/" + other).status());
    }

    @Test
    void shouldShowProgrammeStaffEveryProvider() {
        long one = Fixtures.provider();
        long two = Fixtures.provider();
        Api programme = Fixtures.as(Fixtures.user("PROGRAMME", null));
        String list = programme.get("/api/providers").body();
        assertTrue(list.contains("\"id\":" + one) && list.contains("\"id\":" + two), list);
    }
}
