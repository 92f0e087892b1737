package de.deutsch4u.ui;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.FinderPage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Contract §11: the public page /kurse on a phone, in German and English, without a session. */
class FinderBrowserIT extends BrowserTest {

    private static final LocalDate START =
            LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(14);

    private static String providerName;
    private static long open;
    private static long full;

    @BeforeAll
    static void twoPublicCourses() {
        providerName = Api.unique("Kursfinder-Träger ");
        Api.Response provider =
                Api.admin().post("/api/providers", "{\"name\":\"" + providerName + "\",\"districtId\":1}");
        assertEquals(201, provider.status(), provider.body());
        long providerId = provider.json().getJsonNumber("id").longValue();
        long location = Fixtures.location(providerId);
        open = create(course(providerId, location, Fixtures.teacher(providerId))
                .text("title", "Alltagsdeutsch am Morgen")
                .text("startDate", START.toString())
                .text("endDate", START.plusDays(60).toString())
                .raw("public", "true")
                .raw("supportLanguages", "[\"uk\"]")
                .json());
        full = create(course(providerId, location, Fixtures.teacher(providerId))
                .text("title", "Beruf und Sprache")
                .text("level", "B1")
                .text("startTime", "18:00")
                .text("endTime", "20:00")
                .raw("capacity", "1")
                .text("startDate", START.toString())
                .text("endDate", START.plusDays(60).toString())
                .raw("public", "true")
                .json());
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses/" + full + "/enrollments",
                                "{\"participantId\":" + Fixtures.participant(providerId) + "}")
                        .status());
        create(course(providerId, Fixtures.location(providerId), Fixtures.teacher(providerId))
                .text("title", "Nur intern")
                .text("startDate", START.toString())
                .text("endDate", START.plusDays(60).toString())
                .json());
    }

    @Test
    void shouldFindCoursesOnAPhoneInGermanAndEnglishWithoutASession() {
        browser.asPhone();
        FinderPage finder = FinderPage.fromLoginPage(browser);
        assertEquals("Deutschkurse in Hessen finden", finder.heading());
        assertEquals("de", finder.language());

        finder.search(providerName, "");
        List<String> cards = finder.cards();
        assertEquals(2, cards.size(), String.join("\n---\n", cards));
        assertTrue(finder.resultCount().startsWith("2 Kurse"), finder.resultCount());
        assertTrue(
                cards.get(0).contains("Alltagsdeutsch am Morgen")
                        && cards.get(0).contains("15 freie Plätze")
                        && cards.get(0).contains("Ukrainisch")
                        && cards.get(0).contains("Montag, Mittwoch"),
                cards.get(0));
        assertTrue(cards.get(1).contains("Beruf und Sprache") && cards.get(1).contains("Warteliste"), cards.get(1));
        assertFalse(String.join(" ", cards).contains("Nur intern"));
        assertTrue(
                finder.mapLink(open)
                        .startsWith("https://www.openstreetmap.org/search?query=Rheinstra%C3%9Fe+1%2C+64283"),
                finder.mapLink(open));
        assertTrue(finder.flyerLink(open).endsWith("/api/public/courses/" + open + "/flyer?format=A4&lang=uk"));
        assertFalse(finder.scrollsSideways(), "no horizontal scrolling at 390 px");
        assertEquals(List.of(), new PageCheck(browser).page(), "axe and layout at 390 px with results");

        finder.search(providerName, "B1");
        assertEquals(1, finder.cards().size());
        assertTrue(finder.cards().get(0).contains("Beruf und Sprache"));

        finder.switchLanguage();
        assertEquals("Find German courses in Hessen", finder.heading());
        assertEquals("en", finder.language());
        assertEquals(providerName, finder.searchText(), "the filters stay when the language changes");
        assertTrue(
                finder.cards().get(0).contains("Fully booked"), finder.cards().get(0));
        assertFalse(finder.scrollsSideways());
        assertEquals(List.of(), new PageCheck(browser).page(), "axe and layout in English");
        assertFalse(finder.hasSessionCookie(), "an anonymous visitor of /kurse gets no session");
    }

    @Test
    void shouldGiveTheDetailsOfACardRoomToBeReadOnAWideScreen() {
        FinderPage finder = FinderPage.open(browser, "?q=" + URLEncoder.encode(providerName, StandardCharsets.UTF_8));
        assertEquals(2, finder.cards().size());
        assertTrue(
                finder.narrowestDetailWidth() >= 120,
                "a card's values were squeezed into a column of " + finder.narrowestDetailWidth()
                        + " px beside their labels, a word per line");
    }

    @Test
    void shouldOpenOneCourseFromItsPublicLink() {
        FinderPage finder = FinderPage.open(browser, "?course=" + full);
        assertEquals(1, finder.cards().size());
        assertTrue(finder.cards().get(0).contains("Beruf und Sprache"));
        assertFalse(finder.hasSessionCookie());
    }

    @Test
    void shouldShowTwentyCoursesAPageWithLinksToTheNextAndPrevious() {
        String pagedProvider = Api.unique("Viele-Kurse-Träger ");
        Api.Response provider =
                Api.admin().post("/api/providers", "{\"name\":\"" + pagedProvider + "\",\"districtId\":2}");
        assertEquals(201, provider.status(), provider.body());
        long providerId = provider.json().getJsonNumber("id").longValue();
        for (int i = 1; i <= 21; i++) { // a location and teacher each: courses at the same time may not share them
            create(course(providerId, Fixtures.location(providerId), Fixtures.teacher(providerId))
                    .text("title", String.format("Kurs %02d", i))
                    .text("startDate", START.toString())
                    .text("endDate", START.plusDays(30).toString())
                    .raw("public", "true")
                    .json());
        }
        browser.asPhone();
        FinderPage finder = FinderPage.open(browser, "").search(pagedProvider, "");
        assertEquals(20, finder.cards().size());
        assertTrue(finder.resultCount().startsWith("21 Kurse"), finder.resultCount());
        assertEquals("Kurse 1–20 von 21", finder.pagePosition());
        assertFalse(finder.hasLink("previousPage"));

        finder.nextPage();
        assertEquals(1, finder.cards().size());
        assertTrue(finder.cards().get(0).contains("Kurs 21"), finder.cards().get(0));
        assertEquals("Kurse 21–21 von 21", finder.pagePosition());
        assertFalse(finder.hasLink("nextPage"));
        assertEquals(pagedProvider, finder.searchText(), "the filters stay on the next page");
        assertEquals(List.of(), new PageCheck(browser).page(), "axe and layout at 390 px on the last page");

        finder.switchLanguage();
        assertEquals("Courses 21–21 of 21", finder.pagePosition(), "the page stays when the language changes");
        finder.previousPage();
        assertEquals("Courses 1–20 of 21", finder.pagePosition());
        assertFalse(finder.hasSessionCookie());
    }

    private static long create(String json) {
        Api.Response created = Api.admin().post("/api/courses", json);
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }
}
