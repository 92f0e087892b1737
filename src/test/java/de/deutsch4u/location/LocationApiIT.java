package de.deutsch4u.location;

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

/** Contract §5 "locations" and rooms, with the scope rules of §4. */
@Tag("db")
@ExtendWith(TestApp.class)
class LocationApiIT {

    @Test
    void shouldLetAProviderCreateItsOwnLocationWithRooms() {
        long provider = Fixtures.provider();
        Api staff = Fixtures.as(Fixtures.user("PROVIDER", provider));
        Api.Response created = staff.post(
                "/api/locations",
                "{\"name\":\"Familienzentrum Nord\",\"street\":\"Holländische Str. 5\","
                        + "\"postalCode\":\"34127\",\"city\":\"Kassel\",\"districtId\":6,\"capacity\":30,\"stepFree\":true,"
                        + "\"childcareAvailable\":true,\"transportNote\":\"Tram 1, Haltestelle Holländischer Platz\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject location = created.json();
        assertEquals(provider, location.getJsonNumber("providerId").longValue());
        assertTrue(location.getBoolean("childcareAvailable"));
        long id = location.getJsonNumber("id").longValue();

        Api.Response room = staff.post("/api/locations/" + id + "/rooms", "{\"name\":\"Raum 1\",\"seats\":16}");
        assertEquals(201, room.status(), room.body());
        assertEquals(
                16,
                staff.get("/api/locations/" + id)
                        .json()
                        .getJsonArray("rooms")
                        .getJsonObject(0)
                        .getInt("seats"));
    }

    @Test
    void shouldReportEveryInvalidField() {
        long provider = Fixtures.provider();
        Api.Response response = Api.admin()
                .post(
                        "/api/locations",
                        "{\"providerId\":" + provider
                                + ",\"name\":\"\",\"street\":\"x\",\"postalCode\":\"6428\",\"city\":\"x\",\"districtId\":1,\"capacity\":0}");
        assertEquals(400, response.status());
        String body = response.body();
        assertTrue(body.contains("\"name\"") && body.contains("\"postalCode\"") && body.contains("\"capacity\""), body);
    }

    @Test
    void shouldHideOtherProvidersLocations() {
        long own = Fixtures.provider();
        long other = Fixtures.provider();
        long foreign = Fixtures.location(other);
        Api staff = Fixtures.as(Fixtures.user("PROVIDER", own));
        assertEquals(404, staff.get("/api/locations/" + foreign).status());
        assertEquals(404, staff.get("/api/locations?providerId=" + other).status());
        assertFalse(staff.get("/api/locations").body().contains("\"id\":" + foreign + ","));
        assertEquals(
                404,
                staff.post(
                                "/api/locations",
                                "{\"providerId\":" + other + ",\"name\":\"X\",\"street\":\"x\","
                                        + "\"postalCode\":\"64283\",\"city\":\"x\",\"districtId\":1,\"capacity\":5}")
                        .status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROGRAMME", null))
                        .post("/api/locations", "{}")
                        .status());
    }

    @Test
    void shouldFilterByDistrictForProgrammeStaff() {
        long provider = Fixtures.provider();
        long inDarmstadt = Fixtures.location(provider);
        Api programme = Fixtures.as(Fixtures.user("PROGRAMME", null));
        assertTrue(programme.get("/api/locations?districtId=1").body().contains("\"id\":" + inDarmstadt + ","));
        assertFalse(programme.get("/api/locations?districtId=2").body().contains("\"id\":" + inDarmstadt + ","));
    }
}
