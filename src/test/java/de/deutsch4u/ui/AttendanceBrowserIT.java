package de.deutsch4u.ui;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.AttendanceSheetPage;
import de.deutsch4u.ui.pages.CourseAttendancePage;
import de.deutsch4u.ui.pages.LoginPage;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/** A teacher records today's session on a phone, and a concurrent save by the provider loses neither input. */
class AttendanceBrowserIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Test
    void shouldRecordInAFewTapsOnAPhoneAndKeepEntriesWhenSomeoneElseSavedMeanwhile() {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        long courseId = dailyCourse(provider, Fixtures.userId(teacher), 15);
        long session = Fixtures.todaysSession(courseId);
        List<Long> people = List.of(enroll(provider, courseId), enroll(provider, courseId), enroll(provider, courseId));

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        LoginPage.open(browser).signInAs(teacher, Fixtures.PASSWORD);
        AttendanceSheetPage sheet = AttendanceSheetPage.openTodaysFirstSession(browser);
        sheet.allPresent();
        sheet.choose(1, AttendanceSheetPage.ABSENT);
        sheet.topic("Einkaufen: Zahlen und Preise");
        assertTrue(sheet.save().contains("gespeichert"));
        assertEquals("Stattgefunden", sheet.sessionStatus(), "the head follows the save");
        JsonObject saved =
                Api.admin().get("/api/sessions/" + session + "/attendance").json();
        assertEquals(1, saved.getInt("version"));
        assertEquals("HELD", saved.getString("status"));
        assertEquals("Einkaufen: Zahlen und Preise", saved.getString("topic"));

        // The provider corrects the third person meanwhile; the teacher, unaware, changes the first one.
        String third = "{\"participantId\":" + people.get(2) + ",\"status\":\"EXCUSED\"}";
        Api.Response byProvider = Fixtures.as(Fixtures.user("PROVIDER", provider))
                .send(
                        "PUT",
                        "/api/sessions/" + session + "/attendance",
                        "application/json",
                        "{\"version\":1,\"entries\":[" + entry(saved, 0) + "," + entry(saved, 1) + "," + third + "]}");
        assertEquals(200, byProvider.status(), byProvider.body());
        sheet.choose(0, AttendanceSheetPage.EXCUSED);
        String refused = sheet.save();
        assertTrue(refused.contains("inzwischen"), refused);
        assertTrue(sheet.showsConflict());
        assertTrue(sheet.isChosen(0, AttendanceSheetPage.EXCUSED), "the teacher's entry stays on screen");
        assertTrue(sheet.isChosen(2, AttendanceSheetPage.PRESENT), "the teacher's entry stays on screen");
        assertTrue(
                sheet.line(2).contains("Gespeichert: Entschuldigt"),
                "the saved value is shown to compare: " + sheet.line(2));

        assertTrue(sheet.save().contains("gespeichert"), "saved again on top of the new version");
        assertFalse(sheet.showsConflict());
        JsonObject after =
                Api.admin().get("/api/sessions/" + session + "/attendance").json();
        assertEquals(3, after.getInt("version"));
        assertEquals(List.of("EXCUSED", "ABSENT", "PRESENT"), statusesOf(after, people));
    }

    @Test
    void shouldKeepMarksOnTheDeviceWhenASaveFailsAndNeverOverwriteANewerSave() {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        long courseId = dailyCourse(provider, Fixtures.userId(teacher), 15);
        long session = Fixtures.todaysSession(courseId);
        List<Long> people = List.of(enroll(provider, courseId), enroll(provider, courseId));
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        LoginPage.open(browser).signInAs(teacher, Fixtures.PASSWORD);
        AttendanceSheetPage sheet = AttendanceSheetPage.open(browser, session);

        sheet.choose(0, AttendanceSheetPage.PRESENT);
        browser.offline(true);
        sheet.choose(1, AttendanceSheetPage.ABSENT);
        assertTrue(sheet.saveFailing().contains("Nicht gespeichert"), "a failed save says so");
        String kept = sheet.keptOnDevice(session);
        assertTrue(kept.contains("\"" + people.get(1) + "\":\"ABSENT\""), "kept on the device: " + kept);
        String lastName =
                Api.admin().get("/api/participants/" + people.get(1)).json().getString("lastName");
        assertFalse(kept.contains(lastName), "ids and statuses only, no names: " + kept);
        browser.offline(false);
        assertTrue(sheet.retrySave().contains("gespeichert"), "saved on retry");
        assertEquals(
                List.of("PRESENT", "ABSENT"),
                statusesOf(
                        Api.admin()
                                .get("/api/sessions/" + session + "/attendance")
                                .json(),
                        people));
        assertEquals(null, sheet.keptOnDevice(session), "cleared after the save");

        // Offline again: a change that never reaches the server is offered when the sheet is opened again.
        browser.offline(true);
        sheet.choose(1, AttendanceSheetPage.EXCUSED);
        sheet.saveFailing();
        browser.offline(false);
        AttendanceSheetPage again = AttendanceSheetPage.open(browser, session);
        assertTrue(again.keptMarksOffer().contains("nicht gespeicherte Eingaben"), again.keptMarksOffer());
        // Meanwhile the provider saves a newer version: the kept marks must not silently overwrite it.
        JsonObject saved =
                Api.admin().get("/api/sessions/" + session + "/attendance").json();
        assertEquals(
                200,
                Api.admin()
                        .send(
                                "PUT",
                                "/api/sessions/" + session + "/attendance",
                                "application/json",
                                "{\"version\":" + saved.getInt("version") + ",\"entries\":[{\"participantId\":"
                                        + people.get(0) + ",\"status\":\"ABSENT\"}]}")
                        .status());
        again.useKeptMarks();
        assertTrue(again.isChosen(1, AttendanceSheetPage.EXCUSED), "the kept mark is back");
        String answer = again.save();
        assertTrue(again.showsConflict(), "the newer save is shown to compare: " + answer);
        assertTrue(again.save().contains("gespeichert"), "saved on top of the newer version after seeing it");
        assertEquals(
                "EXCUSED",
                statusesOf(
                                Api.admin()
                                        .get("/api/sessions/" + session + "/attendance")
                                        .json(),
                                people)
                        .get(1));
    }

    /** A course with a session every day of the week before and after today. */
    private static long dailyCourse(long provider, long teacherId, int capacity) {
        return Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), teacherId)
                                .everyDay(TODAY.minusDays(7), TODAY.plusDays(7))
                                .raw("capacity", String.valueOf(capacity))
                                .json())
                .json()
                .getJsonNumber("id")
                .longValue();
    }

    private static long enroll(long provider, long courseId) {
        long participant = Fixtures.participant(provider);
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses/" + courseId + "/enrollments",
                                "{\"participantId\":" + participant + ",\"fromDate\":\"" + TODAY.minusDays(7) + "\"}")
                        .status());
        return participant;
    }

    private static String entry(JsonObject sheet, int index) {
        return sheet.getJsonArray("entries").getJsonObject(index).toString();
    }

    private static List<String> statusesOf(JsonObject sheet, List<Long> people) {
        return people.stream()
                .map(id -> sheet.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                        .filter(e -> e.getJsonNumber("participantId").longValue() == id)
                        .findFirst()
                        .orElseThrow()
                        .getString("status"))
                .toList();
    }

    @Test
    void shouldAddAWalkInWhileAPlaceIsFreeAndRefuseItWhenTheCourseIsFull() {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        long courseId = dailyCourse(provider, Fixtures.userId(teacher), 2);
        long session = Fixtures.todaysSession(courseId);
        enroll(provider, courseId);

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        LoginPage.open(browser).signInAs(teacher, Fixtures.PASSWORD);
        AttendanceSheetPage sheet = AttendanceSheetPage.openTodaysFirstSession(browser);
        assertEquals(1, sheet.lineCount());
        assertTrue(sheet.addWalkIn("Dawit", "Kidane", 1994).contains("aufgenommen"));
        assertEquals(2, sheet.lineCount());
        assertTrue(
                sheet.isChosen(1, AttendanceSheetPage.PRESENT) || sheet.isChosen(0, AttendanceSheetPage.PRESENT),
                "the walk-in is marked present");
        assertTrue(sheet.save().contains("gespeichert"));
        assertEquals(
                2,
                Api.admin()
                        .get("/api/sessions/" + session + "/attendance")
                        .json()
                        .getJsonArray("entries")
                        .size());

        int participantsBefore = Api.admin()
                .get("/api/participants?providerId=" + provider)
                .jsonArray()
                .size();
        String refused = sheet.addWalkIn("Selam", "Haile", 1999);
        assertTrue(refused.contains("kein Platz frei"), refused);
        assertEquals(
                participantsBefore,
                Api.admin()
                        .get("/api/participants?providerId=" + provider)
                        .jsonArray()
                        .size(),
                "nothing saved when the walk-in is refused");
    }

    @Test
    void shouldLetTheProviderCloseAPastMonthNamingItsUnrecordedSessionsAndReopenIt() {
        long provider = Fixtures.provider();
        LocalDate firstOfLastMonth = TODAY.minusMonths(1).withDayOfMonth(1);
        long courseId = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                                .everyDay(firstOfLastMonth, TODAY.plusDays(7))
                                .json())
                .json()
                .getJsonNumber("id")
                .longValue();
        long person = Fixtures.participant(provider);
        assertEquals(
                201,
                Api.admin()
                        .post(
                                "/api/courses/" + courseId + "/enrollments",
                                "{\"participantId\":" + person + ",\"fromDate\":\"" + firstOfLastMonth + "\"}")
                        .status());
        List<JsonObject> lastMonth = Api.admin()
                .get("/api/courses/" + courseId + "/sessions")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> LocalDate.parse(s.getString("date")).isBefore(TODAY.withDayOfMonth(1)))
                .toList();
        long recorded = lastMonth.get(0).getJsonNumber("id").longValue();
        String absent = "{\"version\":0,\"entries\":[{\"participantId\":" + person + ",\"status\":\"ABSENT\"}]}";
        assertEquals(
                200,
                Api.admin()
                        .send("PUT", "/api/sessions/" + recorded + "/attendance", "application/json", absent)
                        .status());
        assertEquals(
                200,
                Api.admin()
                        .send(
                                "PUT",
                                "/api/sessions/" + Fixtures.todaysSession(courseId) + "/attendance",
                                "application/json",
                                absent)
                        .status());

        LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);
        CourseAttendancePage page = CourseAttendancePage.open(browser, courseId);
        assertTrue(page.participants().contains("Niedrige Anwesenheit"), page.participants());
        assertTrue(page.month(0).contains("Läuft noch"), "the current month: " + page.month(0));
        assertFalse(page.canClose(0), "a month that is not over cannot be closed");
        assertTrue(page.month(1).contains("1 von " + lastMonth.size() + " erfasst"), page.month(1));

        String unrecorded = page.openClosing(1);
        String lastDate = LocalDate.parse(lastMonth.get(lastMonth.size() - 1).getString("date"))
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertTrue(unrecorded.contains(lastDate), "names the sessions without attendance: " + unrecorded);
        String refusal = page.confirmClosing();
        assertTrue(refusal.contains("Bitte bestätigen"), "refused until acknowledged: " + refusal);
        page.acknowledgeUnrecorded();
        page.confirmClosing();
        assertTrue(page.month(1).contains("Abgeschlossen"), page.month(1));
        Api.Response refused = Api.admin()
                .send(
                        "PUT",
                        "/api/sessions/" + recorded + "/attendance",
                        "application/json",
                        "{\"version\":1,\"entries\":[]}");
        assertEquals(409, refused.status(), "the closed month is final");

        page.reopen(1, "Nachtrag laut Papierliste");
        assertTrue(page.month(1).contains("Offen"), page.month(1));
        assertTrue(page.history().contains("Nachtrag laut Papierliste"), page.history());
    }

    @Test
    void shouldTellATeacherWhyAnOldSessionIsReadOnly() {
        long provider = Fixtures.provider();
        String teacher = Fixtures.user("TEACHER", provider);
        long courseId = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.userId(teacher))
                                .everyDay(TODAY.minusDays(30), TODAY.minusDays(20))
                                .json())
                .json()
                .getJsonNumber("id")
                .longValue();
        long session = Api.admin()
                .get("/api/courses/" + courseId + "/sessions")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        LoginPage.open(browser).signInAs(teacher, Fixtures.PASSWORD);
        AttendanceSheetPage sheet = AttendanceSheetPage.openReadOnly(browser, session);
        assertTrue(sheet.refusal().contains("14 Tage"), "the window is named with its days: " + sheet.refusal());
        assertFalse(sheet.offersSave(), "nothing to save");
    }
}
