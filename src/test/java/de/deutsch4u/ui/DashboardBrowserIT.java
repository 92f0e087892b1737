package de.deutsch4u.ui;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.DashboardPage;
import de.deutsch4u.ui.pages.LoginPage;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Programme staff see every district of Hessen and the weakly used courses marked. */
class DashboardBrowserIT extends BrowserTest {

    @Test
    void shouldListAllDistrictsAndMarkCoursesBelowTheThreshold() {
        long provider = Fixtures.provider();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).withDayOfYear(1).plusDays(40);
        Api.Response created = Api.admin().post("/api/courses", course(provider, Fixtures.location(provider),
                Fixtures.teacher(provider)).text("title", "Kaum besuchter Kurs").text("startDate", day.toString())
                .text("endDate", day.plusDays(6).toString())
                .raw("weekdays", "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]").raw("capacity", "20").json());
        assertEquals(201, created.status(), created.body());
        long courseId = created.json().getJsonNumber("id").longValue();
        long participant = Fixtures.participant(provider);
        assertEquals(201, Api.admin().post("/api/courses/" + courseId + "/enrollments",
                "{\"participantId\":" + participant + ",\"fromDate\":\"" + day + "\"}").status());
        JsonObject session = Api.admin().get("/api/courses/" + courseId + "/sessions").jsonArray().getJsonObject(0);
        assertEquals(200, Api.admin().send("PUT", "/api/sessions/" + session.getJsonNumber("id") + "/attendance",
                "application/json", "{\"version\":0,\"entries\":[{\"participantId\":" + participant
                        + ",\"status\":\"PRESENT\"}]}").status());

        LoginPage.open(browser).signInAs(Fixtures.user("PROGRAMME", null), Fixtures.PASSWORD);
        DashboardPage page = DashboardPage.open(browser);
        assertEquals(33, page.districtRows(), "every district valid today");
        assertEquals(3, page.regionRows());
        assertTrue(page.markedCourses().contains("Kaum besuchter Kurs"), "5 % is below 50 %: " + page.markedCourses());
    }
}
