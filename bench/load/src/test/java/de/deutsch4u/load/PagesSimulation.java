package de.deutsch4u.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The load test with pages (issue 15), as browsers drive the Faces pages: a GET renders a page and gives its
 * jakarta.faces.ViewState; forms post back to it, PrimeFaces' ajax requests as partial requests with the same
 * parameters its scripts send (jakarta.faces.partial.*, the form's fields, the ViewState, the CSP nonce that
 * PrimeFaces.csp.init puts into every form).
 * Static resources are left out (a browser has them cached after the first page; bench/page-weight.sh weighs them).
 *
 * <p>The mix of {@code load.users} people (default 100), who arrive over the first 30 s and each work until
 * {@code load.seconds} have passed, with think times between pages: 60 % teachers (sign in, start page, then again
 * and again: open an attendance sheet, mark one person, save the sheet), 30 % provider staff (search participants,
 * the course list, a course page, the course's participants page, look a person up in the enrol field and enroll
 * them) and 10 % programme staff (the dashboard, the usage report and the report for 15 March – 10 September).
 * A failed request ends the iteration it belongs to (a failed sign-in: the person), as a browser stops there too.
 * Accounts and their sessions and courses come from bench/load.sh (CSV files in {@code load.data}).
 */
public class PagesSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("load.baseUrl", "http://127.0.0.1:18650");
    private static final String PASSWORD = System.getProperty("load.password", "bench-admin-password");
    private static final int USERS = Integer.getInteger("load.users", 100);
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("load.seconds", 180));
    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final String DATA = System.getProperty("load.data", "../../target/bench-load");
    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String[] STATUSES = {"PRESENT", "PRESENT", "PRESENT", "PRESENT", "EXCUSED", "ABSENT"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("de-DE,de;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Deutsch4U-load-test (Gatling)")
            .disableFollowRedirect();

    // --- what every page request checks -------------------------------------------------------------------

    /** The page's ViewState and CSP nonce, which its forms and ajax requests send back. */
    private static CheckBuilder viewState() {
        return css("input[name='" + VIEW_STATE + "']", "value").saveAs("viewState");
    }

    private static CheckBuilder nonce() {
        return regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce");
    }

    /** A page of the application, rendered for a signed-in person (not the login page, not an error page). */
    private static HttpRequestActionBuilder page(String name, String url, String marker) {
        return http(name).get(url)
                .check(status().is(200), substring(marker), viewState(), nonce(),
                        substring("loginForm:username").notExists());
    }

    /**
     * A PrimeFaces ajax request of a form: the form's fields, then the partial-request parameters its script adds.
     * The answer is a partial response without an {@code <error>}; a new ViewState and nonce in it replace the old ones.
     */
    private static HttpRequestActionBuilder ajax(String name, String url, String source, String execute,
                                                 String render, Map<String, Object> fields) {
        Map<String, Object> params = new LinkedHashMap<>(fields);
        params.put("jakarta.faces.partial.ajax", "true");
        params.put("jakarta.faces.source", source);
        params.put("jakarta.faces.partial.execute", execute);
        params.put("jakarta.faces.partial.render", render);
        return http(name).post(url)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParamMap(params)
                .formParam(VIEW_STATE, "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200), substring("<partial-response"), substring("<error>").notExists(),
                        regex("ViewState:\\d+\"><!\\[CDATA\\[([^\\]]+)]]>").optional().saveAs("viewState"),
                        regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").optional().saveAs("nonce"));
    }

    // --- signing in -----------------------------------------------------------------------------------------

    /** The login page, the form post (PBKDF2 check, new session id) and its redirect to the start page. */
    private static ChainBuilder signIn(String startMarker) {
        return exec(http("login page").get("/login.xhtml")
                        .check(status().is(200), viewState(), nonce(), css("#loginForm").exists()))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .exec(http("sign in").post("/login.xhtml")
                        .formParam("loginForm", "loginForm")
                        .formParam("loginForm:username", "#{username}")
                        .formParam("loginForm:password", PASSWORD)
                        .formParam("loginForm:continue", "")
                        .formParam("loginForm:submit", "")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().in(302, 303), header("Location").not(BASE_URL + "/login.xhtml")))
                .exec(page("start page", "/index.xhtml", startMarker));
    }

    // --- teachers -------------------------------------------------------------------------------------------

    private static final String SHEET = "/attendance/session.xhtml?id=#{sessionId}";

    /** One of the teacher's sessions that may still be recorded, as each iteration opens another sheet. */
    private static final ChainBuilder pickSession = exec(session -> {
        String[] ids = session.getString("sessionIds").split(" ");
        return session.set("sessionId", ids[ThreadLocalRandom.current().nextInt(ids.length)]);
    });

    private final ChainBuilder recordAttendance = exec(pickSession).exec(page("attendance sheet", SHEET, "id=\"sheetForm\"")
                    .check(regex("name=\"(sheetForm:lines:\\d+:status)\"").findAll().saveAs("lines"),
                            regex("name=\"sheetForm:draftVersion\" value=\"([^\"]*)\"").saveAs("draftVersion")))
            .exec(session -> session.set("marks", marks(session.getList("lines"))))
            .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
            // Ticking a radio button updates the counts (p:ajax on the group; the source is the ticked button,
            // the first one, PRESENT).
            .exec(session -> {
                String line = session.<String>getList("lines").get(0);
                Map<String, String> marks = new LinkedHashMap<>(session.get("marks"));
                marks.put(line, "PRESENT");
                return session.set("ticked", line).set("marks", marks);
            })
            .exec(ajax("mark a person", SHEET, "#{ticked}:0", "#{ticked}", "sheetForm:counts", Map.of(
                            "jakarta.faces.behavior.event", "valueChange", "jakarta.faces.partial.event", "change"))
                    .formParamMap(PagesSimulation::sheetFields))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(ajax("save attendance", SHEET, "sheetForm:save", "@all",
                    "sheetForm changesPanel sessionHead", Map.of("sheetForm:save", "sheetForm:save"))
                    .formParamMap(PagesSimulation::sheetFields)
                    .check(substring("Die Anwesenheit ist gespeichert.")));

    /** A status for every line of the sheet, as a teacher ticks them (mostly present). */
    private static Map<String, String> marks(List<String> names) {
        Map<String, String> marks = new LinkedHashMap<>();
        for (String name : names) {
            marks.put(name, STATUSES[ThreadLocalRandom.current().nextInt(STATUSES.length)]);
        }
        return marks;
    }

    /** The sheet form's fields: the hidden version, every line's radio group, the topic. */
    private static Map<String, Object> sheetFields(Session session) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sheetForm", "sheetForm");
        fields.put("sheetForm:draftVersion", session.getString("draftVersion"));
        fields.putAll(session.<Map<String, String>>get("marks"));
        fields.put("sheetForm:topic", "Lektion " + ThreadLocalRandom.current().nextInt(1, 30));
        return fields;
    }

    private final ScenarioBuilder teachers = scenario("teacher")
            .feed(csv(DATA + "/teachers.csv").queue())
            .exec(signIn("id=\"todayHeading\"")).exitHereIfFailed()
            .during(RUN).on(exitBlockOnFail().on(recordAttendance).pause(Duration.ofSeconds(5), Duration.ofSeconds(15)));

    // --- provider staff -------------------------------------------------------------------------------------

    private static final String PARTICIPANTS = "/participants/list.xhtml";
    private static final String ENROL = "/courses/participants.xhtml?id=#{courseId}";

    private final ChainBuilder searchParticipants = exec(page("participant list", PARTICIPANTS, "id=\"participantsForm\""))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(session -> session.set("query", "Teilnehmende " + session.getString("providerNumber") + "-"
                    + ThreadLocalRandom.current().nextInt(1, 50)))
            .exec(ajax("search participants", PARTICIPANTS, "participantsForm:search", "@all",
                    "participantsForm:participants", Map.of("participantsForm", "participantsForm",
                            "participantsForm:search", "participantsForm:search"))
                    .formParam("participantsForm:query", "#{query}")
                    .check(substring("Bench")));

    private final ChainBuilder openCourse = exec(page("course list", "/courses/list.xhtml", "id=\"coursesForm\""))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(page("course page", "/courses/detail.xhtml?id=#{courseId}", "id=\"courseForm\""));

    /** The enrol field: a person not yet in the course, looked up by name, chosen from the suggestions, enrolled. */
    private final ChainBuilder enrol = exec(page("course participants", ENROL, "id=\"enrollForm\"")
                    .check(regex("Teilnehmende \\d+-(\\d+), Bench").findAll().optional().saveAs("inCourse")))
            .exec(session -> session.set("query", "Teilnehmende " + session.getString("providerNumber") + "-"
                    + newcomer(session.getList("inCourse"))))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(ajax("look up a person", ENROL, "enrollForm:participantId", "enrollForm:participantId",
                    "enrollForm:participantId", Map.of("enrollForm", "enrollForm"))
                    .formParam("enrollForm:participantId_query", "#{query}")
                    .formParam("enrollForm:participantId_input", "#{query}")
                    .check(regex("data-item-value=\"(\\d+)\"").saveAs("candidate"),
                            regex("data-item-label=\"([^\"]+)\"").saveAs("candidateLabel")))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(ajax("enrol", ENROL, "enrollForm:enroll", "@all",
                    "enrollForm listsForm growl", Map.of("enrollForm", "enrollForm", "enrollForm:enroll", "enrollForm:enroll",
                            "enrollForm:fromDate_input", ""))
                    .formParam("enrollForm:participantId_input", "#{candidateLabel}")
                    .formParam("enrollForm:participantId_hinput", "#{candidate}")
                    .check(regex("in den Kurs aufgenommen|Platz \\d+ der Warteliste")));

    /** A participant number (0..499, "Teilnehmende P-k") of the provider who is not in the course yet. */
    private static int newcomer(List<String> inCourse) {
        Set<Integer> taken = new HashSet<>();
        if (inCourse != null) {
            inCourse.forEach(k -> taken.add(Integer.parseInt(k)));
        }
        int k;
        do {
            k = ThreadLocalRandom.current().nextInt(500);
        } while (taken.contains(k));
        return k;
    }

    private final ScenarioBuilder providers = scenario("provider")
            .feed(csv(DATA + "/providers.csv").circular())
            .exec(signIn("id=\"cardTasks\"")).exitHereIfFailed()
            .during(RUN).on(exitBlockOnFail().on(exec(searchParticipants).pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(openCourse).pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(enrol)).pause(Duration.ofSeconds(5), Duration.ofSeconds(15)));

    // --- programme staff ------------------------------------------------------------------------------------

    private static final String USAGE = "/reports/usage.xhtml";

    private final ChainBuilder reports = exec(page("dashboard", "/reports/dashboard.xhtml", "id=\"dashboardForm\""))
            .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
            .exec(page("usage report", USAGE, "id=\"reportForm\""))
            .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
            .exec(ajax("usage report 15.03.-10.09.", USAGE, "reportForm:show", "@all", "reportForm",
                    Map.of("reportForm", "reportForm", "reportForm:show", "reportForm:show",
                            "reportForm:from_input", LocalDate.now().withMonth(3).withDayOfMonth(15).format(DAY),
                            "reportForm:to_input", LocalDate.now().withMonth(9).withDayOfMonth(10).format(DAY),
                            "reportForm:groupBy_input", "DISTRICT", "reportForm:fundingLine_input", ""))
                    .check(substring("reportForm:rows")));

    private final ScenarioBuilder programme = scenario("programme")
            .exec(session -> session.set("username", "bench-programme-" + (1 + session.userId() % 20)))
            .exec(signIn("id=\"cardDashboard\"")).exitHereIfFailed()
            .during(RUN).on(exitBlockOnFail().on(reports).pause(Duration.ofSeconds(10), Duration.ofSeconds(20)));

    {
        int teacherCount = USERS * 6 / 10;
        int providerCount = USERS * 3 / 10;
        int programmeCount = USERS - teacherCount - providerCount;
        setUp(teachers.injectOpen(rampUsers(teacherCount).during(ARRIVAL)),
                providers.injectOpen(rampUsers(providerCount).during(ARRIVAL)),
                programme.injectOpen(rampUsers(programmeCount).during(ARRIVAL)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
