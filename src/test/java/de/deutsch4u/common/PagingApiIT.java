package de.deutsch4u.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.CourseJson;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §7 "Lists never stop silently": offset, limit (at most 500) and X-Total-Count. */
@Tag("db")
@ExtendWith(TestApp.class)
class PagingApiIT {

    /** The finding: with 649 participants stored, the list stopped at 500 and said nothing. */
    @Test
    void shouldReturnEveryParticipantOfALongListPageByPage() throws Exception {
        long provider = Fixtures.provider();
        Set<Long> stored = insertParticipants(provider, 649);
        Set<Long> seen = new HashSet<>();
        for (int offset = 0; offset < 649; offset += 500) {
            Api.Response page = Api.admin().get("/api/participants?providerId=" + provider + "&offset=" + offset);
            assertEquals(200, page.status(), page.body());
            assertEquals("649", page.header("X-Total-Count"));
            assertEquals(Math.min(500, 649 - offset), page.jsonArray().size());
            page.jsonArray()
                    .forEach(p -> seen.add(p.asJsonObject().getJsonNumber("id").longValue()));
        }
        assertEquals(stored, seen, "every participant on exactly one page");
        Api.Response small = Api.admin().get("/api/participants?providerId=" + provider + "&offset=640&limit=20");
        assertEquals(9, small.jsonArray().size());
        assertEquals("649", small.header("X-Total-Count"));
    }

    @Test
    void shouldPageCoursesWithATotalCount() {
        long provider = Fixtures.provider();
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    201,
                    Api.admin()
                            .post(
                                    "/api/courses",
                                    CourseJson.course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                                            .text("title", "Kurs " + i)
                                            .json())
                            .status());
        }
        Set<JsonValue> ids = new HashSet<>();
        for (int offset = 0; offset < 3; offset++) {
            Api.Response page =
                    Api.admin().get("/api/courses?providerId=" + provider + "&offset=" + offset + "&limit=1");
            assertEquals(200, page.status(), page.body());
            assertEquals("3", page.header("X-Total-Count"));
            assertEquals(1, page.jsonArray().size());
            ids.add(page.jsonArray().getJsonObject(0).get("id"));
        }
        assertEquals(3, ids.size(), "three different courses on three pages");
        assertEquals("3", Api.admin().get("/api/courses?providerId=" + provider).header("X-Total-Count"));
    }

    @Test
    void shouldRefuseBadOffsetsAndLimitsWithAGermanMessage() {
        for (String query : new String[] {"limit=501", "limit=0", "limit=abc", "offset=-1", "offset=1.5"}) {
            for (String list : new String[] {"/api/participants?", "/api/courses?"}) {
                Api.Response response = Api.admin().get(list + query);
                assertEquals(400, response.status(), list + query + ": " + response.body());
                String field = query.substring(0, query.indexOf('='));
                assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
                assertTrue(response.body().contains("ganze Zahl"), response.body());
            }
        }
        assertTrue(Api.admin()
                .inLanguage("en")
                .get("/api/courses?limit=501")
                .body()
                .contains("whole number"));
    }

    private static Set<Long> insertParticipants(long provider, int count) throws Exception {
        Set<Long> ids = new HashSet<>();
        try (Connection db = TestApp.database().connect();
                PreparedStatement insert = db.prepareStatement("""
                INSERT INTO participant (provider_id, first_name, last_name, birth_year, gender, country_of_origin,
                  consent_date, consent_recorded_by, consent_text_version, created_at)
                VALUES (?, 'Lina', ?, 1990, 'FEMALE', 'SY', CURRENT_DATE, 'admin', '2026-11', NOW())""", PreparedStatement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < count; i++) {
                insert.setLong(1, provider);
                insert.setString(2, String.format("Person-%04d", i));
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }
}
