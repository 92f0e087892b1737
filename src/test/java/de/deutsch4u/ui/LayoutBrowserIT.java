package de.deutsch4u.ui;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.AnyPage;
import de.deutsch4u.ui.pages.AttendanceSheetPage;
import de.deutsch4u.ui.pages.CourseEditPage;
import de.deutsch4u.ui.pages.LoginPage;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/** What the page check cannot see: the menu on a small phone, where one is, focus, and the course form's fields. */
class LayoutBrowserIT extends BrowserTest {

    @Test
    void shouldCollapseTheProvidersMenuOnASmallPhoneBehindAButtonThatWorksWithTheKeyboard() {
        String provider = Fixtures.user("PROVIDER", Fixtures.provider());
        browser.driver().manage().window().setSize(new Dimension(320, 640));
        LoginPage.open(browser).signInAs(provider, Fixtures.PASSWORD);
        AnyPage page = AnyPage.open(browser, "/courses/list.xhtml");

        assertTrue(page.hasMenuToggle());
        assertEquals(0, page.visibleMenuLinks(), "the menu is collapsed");
        assertTrue(page.headerHeight() <= 160, "header height " + page.headerHeight() + " px of 640");

        page.openMenuWithKeyboard();
        assertEquals("true", page.menuToggleExpanded());
        assertTrue(page.visibleMenuLinks() >= 9, "all 9 menu items shown: " + page.visibleMenuLinks());
        page.pressEscape();
        assertEquals("false", page.menuToggleExpanded());
        assertEquals(0, page.visibleMenuLinks());
        assertTrue(page.menuToggleHasFocus(), "focus goes back to the menu button");
    }

    @Test
    void shouldMarkTheCurrentPageInTheMenuAndShowAVisibleFocusRing() {
        LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", Fixtures.provider()), Fixtures.PASSWORD);
        AnyPage page = AnyPage.open(browser, "/courses/list.xhtml");

        assertEquals(List.of("/courses/list.xhtml"), page.currentMenuPaths());
        assertFalse(page.hasMenuToggle(), "no menu button on a wide screen");
        String outline = page.focusRingOfTheMenu();
        assertTrue(outline.matches("[3-9](\\.\\d+)?px solid"), "a visible focus ring, not: " + outline);
    }

    @Test
    void shouldTickTheWeekdayWhoseLabelIsClickedAndKeepDatePickerButtonsBesideTheirFields() {
        LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", Fixtures.provider()), Fixtures.PASSWORD);
        for (Dimension size : List.of(new Dimension(1366, 768), new Dimension(390, 844))) {
            browser.driver().manage().window().setSize(size);
            CourseEditPage form = CourseEditPage.open(browser);
            form.clickWeekdayLabel(DayOfWeek.TUESDAY).clickWeekdayLabel(DayOfWeek.THURSDAY);
            assertEquals(List.of("TUESDAY", "THURSDAY"), form.checkedWeekdays(), "at " + size);
            assertTrue(form.datePickerButtonBesideField("startDate"), "start date button at " + size);
            assertTrue(form.datePickerButtonBesideField("endDate"), "end date button at " + size);
        }
    }

    @Test
    void shouldPutFocusOnTheMessageAfterSavingTheSheetWithTheKeyboard() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        long courseId = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.userId(teacher))
                                .everyDay(today.minusDays(7), today.plusDays(7))
                                .json())
                .json()
                .getJsonNumber("id")
                .longValue();
        long participant = Fixtures.participant(provider);
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses/" + courseId + "/enrollments",
                                "{\"participantId\":" + participant + ",\"fromDate\":\"" + today.minusDays(7) + "\"}")
                        .status());
        long session = Api.admin()
                .get("/api/courses/" + courseId + "/sessions")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .get(0)
                .getJsonNumber("id")
                .longValue();

        LoginPage.open(browser).signInAs(teacher, Fixtures.PASSWORD);
        AttendanceSheetPage sheet = AttendanceSheetPage.open(browser, session);
        sheet.allPresent();
        assertTrue(sheet.saveWithKeyboard().contains("gespeichert"));
        assertTrue(sheet.focusIsOnTheMessages(), "focus on the message, not back at the top of the page");
    }
}
