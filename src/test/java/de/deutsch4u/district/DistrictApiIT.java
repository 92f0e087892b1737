package de.deutsch4u.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §5 "Reference data": the 33 Hessian districts, with Hanau kreisfrei since 2026. */
@Tag("db")
@ExtendWith(TestApp.class)
class DistrictApiIT {

    @Test
    void shouldListThe33DistrictsOf2026WithHanauKreisfrei() {
        JsonArray districts = Api.admin().get("/api/districts?date=2026-01-01").jsonArray();
        assertEquals(33, districts.size());
        assertEquals(21, count(districts, "LANDKREIS"));
        assertEquals(6, count(districts, "KREISFREIE_STADT"));
        assertEquals(6, count(districts, "SONDERSTATUSSTADT"));
        JsonObject hanau = byName(districts, "Hanau");
        assertEquals("KREISFREIE_STADT", hanau.getString("type"));
        assertEquals("06415000", hanau.getString("ags"));
        assertEquals("DARMSTADT", hanau.getString("region"));
    }

    @Test
    void shouldKeepHanauAsSonderstatusstadtIn2025() {
        JsonArray districts = Api.admin().get("/api/districts?date=2025-12-31").jsonArray();
        assertEquals(33, districts.size());
        assertEquals(5, count(districts, "KREISFREIE_STADT"));
        assertEquals(7, count(districts, "SONDERSTATUSSTADT"));
        assertEquals("06435014", byName(districts, "Hanau").getString("ags"));
    }

    @Test
    void shouldDefaultToTodayAndSortByName() {
        JsonArray districts = Api.admin().get("/api/districts").jsonArray();
        assertEquals(33, districts.size());
        List<String> names = districts.getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("name"))
                .toList();
        assertEquals("Bad Homburg v. d. Höhe", names.get(0));
        assertTrue(names.indexOf("Gießen") < names.indexOf("Hanau"), "ß sorts like ss: " + names);
        assertEquals(
                3,
                districts.getValuesAs(JsonObject.class).stream()
                        .map(d -> d.getString("region"))
                        .distinct()
                        .count());
    }

    @Test
    void shouldBeReadableByEveryRoleButNotAnonymously() {
        String teacher = Fixtures.user("TEACHER", Fixtures.provider());
        assertEquals(33, Fixtures.as(teacher).get("/api/districts").jsonArray().size());
        assertEquals(401, Api.anonymous().get("/api/districts").status());
    }

    private static long count(JsonArray districts, String type) {
        return districts.getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("type").equals(type))
                .count();
    }

    private static JsonObject byName(JsonArray districts, String name) {
        return districts.getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }
}
