package de.deutsch4u.ui;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import de.deutsch4u.ui.pages.AnyPage;
import de.deutsch4u.ui.pages.LoginPage;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The page check of contract §9: for each role, every page its menu leads to (crawled, so new pages are covered
 * without changing this test), the detail pages of a course, a participant and a session, and each "new ..."
 * dialog, at 1366x768 and 390x844. All findings of a role are collected, then reported in one failure:
 * "[page @ size] check: selector ...". Run alone: see README, section Test.
 */
class PageCheckIT extends BrowserTest {

    private static final List<Dimension> SIZES = List.of(new Dimension(1366, 768), new Dimension(390, 844));
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    enum Role {
        ADMIN,
        PROGRAMME,
        PROVIDER,
        TEACHER,
        DISTRICT
    }

    /** A dialog that several roles open is checked once per size: it is the same markup. */
    private static final Set<String> DIALOGS_CHECKED = new java.util.HashSet<>();

    private static long provider;
    private static String providerUser;
    private static String teacher;
    private static String programmeUser;
    private static String districtUser;
    private static long courseId;
    private static long participantId;
    private static long sessionId;

    @BeforeAll
    static void someoneToSeeEverywhere() {
        provider = Fixtures.provider();
        providerUser = Fixtures.user("PROVIDER", provider);
        teacher = Fixtures.user("TEACHER", provider);
        programmeUser = Fixtures.user("PROGRAMME", null);
        districtUser = Fixtures.districtUser(1);
        Api.Response created = Api.admin()
                .post(
                        "/api/courses",
                        course(provider, Fixtures.location(provider), Fixtures.userId(teacher))
                                .everyDay(TODAY.minusDays(7), TODAY.plusDays(7))
                                .raw("capacity", "15")
                                .json());
        assertEquals(201, created.status(), created.body());
        courseId = created.json().getJsonNumber("id").longValue();
        participantId = Fixtures.participant(provider);
        Api.Response enrolled = Api.admin()
                .post(
                        "/api/courses/" + courseId + "/enrollments",
                        "{\"participantId\":" + participantId + ",\"fromDate\":\"" + TODAY.minusDays(7) + "\"}");
        assertEquals(201, enrolled.status(), enrolled.body());
        sessionId = Api.admin()
                .get("/api/courses/" + courseId + "/sessions")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .get(0)
                .getJsonNumber("id")
                .longValue();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyPageOfTheRoleWorksAtBothSizesAndPassesAxe(Role role) {
        List<String> findings = new ArrayList<>();
        if (role == Role.ADMIN) {
            for (Dimension size : SIZES) {
                browser.driver().manage().window().setSize(size);
                findings.addAll(checkPage("/login.xhtml", size));
                findings.addAll(checkPage("/kurse", size));
                findings.addAll(checkPage("/kurse?lang=en", size));
                findings.addAll(checkPage("/datenschutz", size));
                findings.addAll(checkPage("/datenschutz?lang=ar", size));
            }
        }
        signIn(role);
        Set<String> paths =
                new LinkedHashSet<>(AnyPage.open(browser, "/index.xhtml").menuPaths());
        assertFalse(paths.isEmpty(), "the menu of " + role + " has links");
        paths.addAll(detailPages(role));

        for (Dimension size : SIZES) {
            browser.driver().manage().window().setSize(size);
            for (String path : paths) {
                try {
                    findings.addAll(checkPage(path, size));
                } catch (RuntimeException e) {
                    findings.add("[" + path + " @ " + size.width + "x" + size.height + "] check failed: "
                            + e.getClass().getSimpleName() + ": "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                }
            }
        }
        assertTrue(
                findings.isEmpty(),
                findings.size() + " finding(s) for " + role + " on " + paths.size() + " pages:\n"
                        + String.join("\n", findings));
    }

    private List<String> checkPage(String path, Dimension size) {
        String where = "[" + path + " @ " + size.width + "x" + size.height + "] ";
        long started = System.currentTimeMillis();
        List<String> findings = new ArrayList<>();
        AnyPage page = AnyPage.open(browser, path);
        new PageCheck(browser).page().forEach(f -> findings.add(where + f));
        for (String button : page.newButtonIds()) {
            if (!DIALOGS_CHECKED.add(path + "#" + button + "@" + size.width)) {
                continue;
            }
            page = AnyPage.open(browser, path);
            WebElement dialog = page.openDialog(button);
            if (dialog == null) {
                findings.add(where + "dialog of #" + button + " did not open");
            } else {
                String inDialog = "[" + path + " dialog of #" + button + " @ " + size.width + "x" + size.height + "] ";
                new PageCheck(browser).dialog(dialog).forEach(f -> findings.add(inDialog + f));
            }
        }
        System.out.printf(
                "page check %s: %d finding(s), %d ms%n", where, findings.size(), System.currentTimeMillis() - started);
        if (!findings.isEmpty()) {
            browser.saveEvidence("PageCheckIT" + path.replaceAll("[^A-Za-z0-9]+", "-") + size.width);
        }
        return findings;
    }

    /** Pages not in the menu: reached from a list, so they need an id. */
    private static List<String> detailPages(Role role) {
        return switch (role) {
            case ADMIN -> List.of("/courses/detail.xhtml?id=" + courseId);
            case PROVIDER ->
                List.of(
                        "/courses/detail.xhtml?id=" + courseId,
                        "/courses/edit.xhtml",
                        "/courses/edit.xhtml?id=" + courseId,
                        "/courses/participants.xhtml?id=" + courseId,
                        "/courses/attendance.xhtml?id=" + courseId,
                        "/participants/detail.xhtml?id=" + participantId,
                        "/attendance/session.xhtml?id=" + sessionId,
                        "/participants/import.xhtml");
            case TEACHER -> List.of("/attendance/session.xhtml?id=" + sessionId);
            case PROGRAMME, DISTRICT -> List.of("/courses/detail.xhtml?id=" + courseId);
        };
    }

    private static void signIn(Role role) {
        switch (role) {
            case ADMIN -> LoginPage.open(browser).signInAs("admin", TestApp.ADMIN_PASSWORD);
            case PROGRAMME -> LoginPage.open(browser).signInAs(programmeUser, Fixtures.PASSWORD);
            case PROVIDER -> LoginPage.open(browser).signInAs(providerUser, Fixtures.PASSWORD);
            case TEACHER -> LoginPage.open(browser).signInAs(teacher, Fixtures.PASSWORD);
            case DISTRICT -> LoginPage.open(browser).signInAs(districtUser, Fixtures.PASSWORD);
        }
    }
}
