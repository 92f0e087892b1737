package de.deutsch4u.ui;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.LoginPage;
import de.deutsch4u.ui.pages.UsageReportPage;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A provider opens the usage report of this year, groups it by course and sees table, totals and chart. */
class UsageReportBrowserIT extends BrowserTest {

    @Test
    void shouldShowTheProvidersFiguresOfThisYearAsTableAndChart() {
        long provider = Fixtures.provider();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).withDayOfYear(1).plusDays(20);
        Api.Response created = Api.admin().post("/api/courses", course(provider, Fixtures.location(provider),
                Fixtures.teacher(provider)).text("title", "Abendkurs Bericht").text("startDate", day.toString())
                .text("endDate", day.plusDays(6).toString())
                .raw("weekdays", "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]").raw("capacity", "10").json());
        assertEquals(201, created.status(), created.body());
        long courseId = created.json().getJsonNumber("id").longValue();
        long participant = Fixtures.participant(provider);
        assertEquals(201, Api.admin().post("/api/courses/" + courseId + "/enrollments",
                "{\"participantId\":" + participant + ",\"fromDate\":\"" + day + "\"}").status());
        JsonObject session = Api.admin().get("/api/courses/" + courseId + "/sessions").jsonArray().getJsonObject(0);
        Api.Response saved = Api.admin().send("PUT", "/api/sessions/" + session.getJsonNumber("id") + "/attendance",
                "application/json", "{\"version\":0,\"entries\":[{\"participantId\":" + participant + ",\"status\":\"PRESENT\"}]}");
        assertEquals(200, saved.status(), saved.body());

        LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);
        UsageReportPage page = UsageReportPage.open(browser);
        String providerName = Api.admin().get("/api/providers/" + provider).json().getString("name");
        assertTrue(page.tableText().contains(providerName), page.tableText());
        assertTrue(page.tableText().contains("Gesamt"), "totals row: " + page.tableText());
        assertTrue(page.showsChart(), "bar chart");
        assertTrue(page.offersDownloads());

        page.groupBy("Kurs");
        page.sortBy("utilisation");
        assertTrue(page.tableText().contains("Abendkurs Bericht"), page.tableText());
        assertTrue(page.tableText().contains("10,00"), "utilisation 4 UE of 4 x 10 places: " + page.tableText());

        page.downloadCsv();
        assertTrue(page.tableText().contains("Abendkurs Bericht"), "the page stays after a download: " + page.tableText());

        browser.asPhone();
        assertTrue(page.tableText().contains("Abendkurs Bericht"), "on a phone the table reflows: " + page.tableText());
    }
}
