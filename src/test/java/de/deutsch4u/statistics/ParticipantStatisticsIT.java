package de.deutsch4u.statistics;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.PdfText;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Participant statistics and funding statements (issue 7) on a fixture built through the API: provider A
 * with a STATE course (February to April) and an AMIF course (March), provider B with one course in another
 * district. The period is March 2026; the expected figures are worked out in the comments of fixture().
 */
@Tag("db")
@ExtendWith(TestApp.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipantStatisticsIT {

    private static final String MARCH = "from=2026-03-01&to=2026-03-31";

    private long providerA;
    private long providerB;
    private String staffA;
    private String staffB;
    private long courseState;
    private int districtB;

    @BeforeAll
    void fixture() {
        providerA = provider(6);
        providerB = provider(12);
        districtB = 12;
        staffA = Fixtures.user("PROVIDER", providerA);
        staffB = Fixtures.user("PROVIDER", providerB);
        long locationA = location(providerA, 6);
        long locationB = location(providerB, districtB);
        courseState = created(
                "/api/courses",
                course(providerA, locationA, Fixtures.teacher(providerA))
                        .text("title", "Deutsch am Montag")
                        .text("startDate", "2026-02-02")
                        .text("endDate", "2026-04-27")
                        .raw("weekdays", "[\"MONDAY\"]")
                        .text("fundingLine", "STATE")
                        .raw("ratePerUnit", "5.50")
                        .json());
        long courseAmif = created(
                "/api/courses",
                course(providerA, locationA, Fixtures.teacher(providerA))
                        .text("title", "AMIF Deutsch am Dienstag")
                        .text("startDate", "2026-03-03")
                        .text("endDate", "2026-03-31")
                        .raw("weekdays", "[\"TUESDAY\"]")
                        .text("fundingLine", "AMIF")
                        .json());
        long courseB = created(
                "/api/courses",
                course(providerB, locationB, Fixtures.teacher(providerB))
                        .text("startDate", "2026-03-02")
                        .text("endDate", "2026-03-30")
                        .raw("weekdays", "[\"MONDAY\"]")
                        .json());

        // In March, for provider A: p1, p2, p3, p5, p6 (5 people; p5 is in both courses, p4 left in February).
        long p1 = participant(providerA, "FEMALE", 1990, "SY", "GESTATTUNG", "A1"); // 36: 26-45
        long p2 = participant(providerA, "MALE", 2010, "AF", "DULDUNG", null); // 16: under 18
        long p3 = participant(providerA, "FEMALE", 1950, "UA", "AE_24_UKRAINE", "ALPHA"); // 76: 65+
        long p4 = participant(providerA, "DIVERSE", 2000, "SY", null, null);
        long p5 = participant(providerA, "FEMALE", 2001, "SY", null, "A2"); // 25: 18-25
        long p6 = participant(providerA, "MALE", 1970, "ER", "AE_SCHUTZ", null); // 56: 46-64
        long q1 = participant(providerB, "MALE", 1980, "IQ", null, null);
        enroll(courseState, p1, "2026-02-02"); // at start, at end
        withdraw(enroll(courseState, p2, "2026-02-02"), "2026-03-10", "WORK"); // at start, left
        enroll(courseState, p3, "2026-03-16"); // joined later, at end
        withdraw(enroll(courseState, p4, "2026-02-02"), "2026-02-20", "MOVED"); // not in March
        enroll(courseState, p5, "2026-02-02"); // at start, at end
        enroll(courseAmif, p5, "2026-03-03");
        withdraw(enroll(courseAmif, p6, "2026-03-03"), "2026-03-31", "ILLNESS"); // joined later, not on 31.03.
        enroll(courseB, q1, "2026-03-02");

        // One held session for the funding figures: 4 UE x 5.50 = 22.00.
        long session = Fixtures.as(staffA)
                .get("/api/courses/" + courseState + "/sessions")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("date").equals("2026-03-02"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        Api.Response held = Api.admin()
                .send(
                        "PUT",
                        "/api/sessions/" + session + "/attendance",
                        "application/json",
                        "{\"version\":0,\"entries\":[{\"participantId\":" + p1 + ",\"status\":\"PRESENT\"}]}");
        assertEquals(200, held.status(), held.body());
        Api.Response closed = Fixtures.as(staffA)
                .post(
                        "/api/courses/" + courseState + "/month-closings",
                        "{\"month\":\"2026-02\",\"acknowledgeUnrecorded\":true}");
        assertEquals(201, closed.status(), closed.body());
    }

    @Test
    void shouldCountEachBreakdownForTheProviderAsWorkedOutByHand() {
        JsonObject stats =
                Fixtures.as(staffA).get("/api/reports/participants?" + MARCH).json();
        assertFalse(stats.getBoolean("suppressed"));
        assertEquals(5, stats.getJsonObject("participants").getInt("count"));
        assertEquals(Map.of("AT_START", 3L, "JOINED_LATER", 2L), counts(stats, "START"));
        assertEquals(Map.of("AT_END", 3L, "LEFT_BEFORE_END", 2L), counts(stats, "END"));
        assertEquals(Map.of("FEMALE", 3L, "MALE", 2L, "DIVERSE", 0L, "UNSPECIFIED", 0L), counts(stats, "GENDER"));
        assertEquals(
                Map.of(
                        "UNDER_18",
                        1L,
                        "AGE_18_25",
                        1L,
                        "AGE_26_45",
                        1L,
                        "AGE_46_64",
                        1L,
                        "AGE_65_PLUS",
                        1L,
                        "AGE_UNKNOWN",
                        0L),
                counts(stats, "AGE_GROUP"));
        assertEquals(
                List.of("SY", "AF", "ER", "UA", "OTHERS"),
                List.copyOf(counts(stats, "COUNTRY").keySet()));
        assertEquals(
                List.of(2L, 1L, 1L, 1L, 0L),
                List.copyOf(counts(stats, "COUNTRY").values()));
        Map<String, Long> residence = counts(stats, "RESIDENCE_STATUS");
        assertEquals(1L, residence.get("GESTATTUNG"));
        assertEquals(1L, residence.get("DULDUNG"));
        assertEquals(1L, residence.get("UNBEKANNT"), "p5 stated none: counts as UNBEKANNT");
        assertEquals(1L, residence.get("AE_SCHUTZ"));
        Map<String, Long> level = counts(stats, "LANGUAGE_LEVEL");
        assertEquals(
                List.of(1L, 1L, 1L, 2L),
                List.of(level.get("ALPHA"), level.get("A1"), level.get("A2"), level.get("NONE")));
        Map<String, Long> withdrawals = counts(stats, "WITHDRAWAL_REASON");
        assertEquals(1L, withdrawals.get("WORK"));
        assertEquals(1L, withdrawals.get("ILLNESS"));
        assertEquals(0L, withdrawals.get("MOVED"), "p4 left in February");
        assertEquals(
                2, breakdown(stats, "WITHDRAWAL_REASON").getJsonObject("total").getInt("count"));
    }

    @Test
    void shouldFilterByFundingLineAndDistrict() {
        JsonObject amif = Fixtures.as(staffA)
                .get("/api/reports/participants?" + MARCH + "&fundingLine=AMIF")
                .json();
        assertEquals(2, amif.getJsonObject("participants").getInt("count"));
        assertEquals(Map.of("AT_START", 0L, "JOINED_LATER", 2L), counts(amif, "START"));
        JsonObject district = Api.admin()
                .get("/api/reports/participants?" + MARCH + "&districtId=" + districtB + "&providerId=" + providerB)
                .json();
        assertEquals(1, district.getJsonObject("participants").getInt("count"));
        JsonObject none = Api.admin()
                .get("/api/reports/participants?" + MARCH + "&districtId=" + districtB + "&providerId=" + providerA)
                .json();
        assertEquals(0, none.getJsonObject("participants").getInt("count"));
    }

    @Test
    void shouldHideSmallCellsForProgrammeOnly() {
        String query = "/api/reports/participants?" + MARCH + "&providerId=" + providerA;
        JsonObject admin = Api.admin().get(query).json();
        assertFalse(admin.getBoolean("suppressed"));
        assertEquals(2, cell(admin, "GENDER", "MALE").getInt("count"));

        JsonObject programme =
                Fixtures.as(Fixtures.user("PROGRAMME", null)).get(query).json();
        assertTrue(programme.getBoolean("suppressed"));
        assertEquals(5, programme.getJsonObject("participants").getInt("count"));
        assertTrue(cell(programme, "GENDER", "MALE").getBoolean("suppressed"), "2 is hidden");
        assertTrue(cell(programme, "GENDER", "MALE").isNull("count"));
        assertTrue(
                cell(programme, "GENDER", "FEMALE").getBoolean("suppressed"), "3 would reveal MALE from the total 5");
        assertTrue(cell(programme, "GENDER", "MALE").getBoolean("belowThree"));
        assertFalse(cell(programme, "GENDER", "FEMALE").getBoolean("belowThree"), "3 is hidden, but not under 3");
        assertEquals(0, cell(programme, "GENDER", "DIVERSE").getInt("count"), "a zero is not a secret");
        assertTrue(cell(programme, "COUNTRY", "SY").getBoolean("suppressed"));
        assertEquals(0, cell(programme, "COUNTRY", "OTHERS").getInt("count"));
        String csv = new String(
                Fixtures.as(Fixtures.user("PROGRAMME", null))
                        .getBytes(query + "&format=csv")
                        .body(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("Geschlecht;MALE;männlich;<3\r\n"), csv);
        assertTrue(csv.contains("Geschlecht;FEMALE;weiblich;x\r\n"), csv);
        assertTrue(csv.startsWith("\uFEFFMerkmal;Schlüssel;Ausprägung;Anzahl\r\n"), csv);
    }

    @Test
    void shouldKeepAProviderToItsOwnDataAndRefuseTeachers() {
        JsonObject ownB =
                Fixtures.as(staffB).get("/api/reports/participants?" + MARCH).json();
        assertEquals(1, ownB.getJsonObject("participants").getInt("count"));
        assertEquals(
                404,
                Fixtures.as(staffB)
                        .get("/api/reports/participants?" + MARCH + "&providerId=" + providerA)
                        .status());
        String teacher = Fixtures.user("TEACHER", providerA);
        assertEquals(
                403,
                Fixtures.as(teacher).get("/api/reports/participants?" + MARCH).status());
        assertEquals(
                401, Api.anonymous().get("/api/reports/participants?" + MARCH).status());
        assertEquals(
                400,
                Api.admin()
                        .get("/api/reports/participants?from=2026-03-31&to=2026-03-01")
                        .status());
        assertEquals(
                400,
                Api.admin()
                        .get("/api/reports/participants?" + MARCH + "&format=pdf")
                        .status());
    }

    @Test
    void shouldStoreEachSubmissionAsANewVersionWithTheHashOfItsBytes() throws Exception {
        Api staff = Fixtures.as(staffA);
        JsonObject first = submit(staff, "STATE");
        JsonObject second = submit(staff, "STATE");
        JsonObject amif = submit(staff, "AMIF");
        assertEquals(first.getInt("version") + 1, second.getInt("version"));
        assertEquals(1, amif.getInt("version"), "each funding line counts its own versions");

        HttpResponse<byte[]> pdf =
                staff.getBytes("/api/statements/" + second.getJsonNumber("id").longValue() + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals(
                second.getString("sha256"),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())));
        String text = PdfText.of(pdf.body());
        assertTrue(text.contains("Verwendungsnachweis 2026, Landesmittel"), text);
        assertTrue(text.contains("Deutsch am Montag"), text);
        assertTrue(text.contains("22,00"), "4 UE x 5,50: " + text);
        assertTrue(text.contains("Fassung"), text);
        assertTrue(text.contains("Geschlecht"), text);
        assertFalse(text.contains("AMIF Deutsch am Dienstag"), "only courses of the funding line");

        List<Long> listed =
                staff
                        .get("/api/providers/" + providerA + "/statements")
                        .jsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(v -> v.getJsonNumber("id").longValue())
                        .toList();
        assertTrue(
                listed.containsAll(List.of(
                        first.getJsonNumber("id").longValue(),
                        second.getJsonNumber("id").longValue(),
                        amif.getJsonNumber("id").longValue())),
                "every version stays: " + listed);
        assertEquals(listed.size(), listed.stream().distinct().count());
    }

    @Test
    void shouldLetProgrammeReadButNotSubmitAndKeepOtherProvidersOut() {
        JsonObject submitted = submit(Api.admin(), "STATE");
        long id = submitted.getJsonNumber("id").longValue();
        Api programme = Fixtures.as(Fixtures.user("PROGRAMME", null));
        assertEquals(
                200,
                programme.get("/api/providers/" + providerA + "/statements").status());
        assertEquals(200, programme.getBytes("/api/statements/" + id + "/pdf").statusCode());
        assertEquals(
                403,
                programme
                        .post(
                                "/api/providers/" + providerA + "/statements",
                                "{\"year\":2026,\"fundingLine\":\"STATE\"}")
                        .status());
        Api otherProvider = Fixtures.as(staffB);
        assertEquals(
                404,
                otherProvider
                        .post(
                                "/api/providers/" + providerA + "/statements",
                                "{\"year\":2026,\"fundingLine\":\"STATE\"}")
                        .status());
        assertEquals(
                404, otherProvider.getBytes("/api/statements/" + id + "/pdf").statusCode());
        assertEquals(
                404,
                otherProvider.get("/api/providers/" + providerA + "/statements").status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("TEACHER", providerA))
                        .get("/api/providers/" + providerA + "/statements")
                        .status());
        Api staff = Fixtures.as(staffA);
        assertEquals(
                400,
                staff.post("/api/providers/" + providerA + "/statements", "{\"year\":2099,\"fundingLine\":\"STATE\"}")
                        .status());
        assertEquals(
                400,
                staff.post("/api/providers/" + providerA + "/statements", "{\"year\":2026,\"fundingLine\":\"EU\"}")
                        .status());
        assertEquals("admin", auditActor(id), "every submission is audited with the statement's id");
    }

    @Test
    void shouldPreviewWithoutStoringAndFlagOpenMonths() {
        Api staff = Fixtures.as(staffA);
        int before = staff.get("/api/providers/" + providerA + "/statements")
                .jsonArray()
                .size();
        HttpResponse<byte[]> preview =
                staff.getBytes("/api/providers/" + providerA + "/statements/preview?year=2026&fundingLine=STATE");
        assertEquals(200, preview.statusCode());
        assertTrue(PdfText.of(preview.body()).contains("Vorschau, nicht eingereicht"));
        assertEquals(
                before,
                staff.get("/api/providers/" + providerA + "/statements")
                        .jsonArray()
                        .size());

        JsonObject course = staff.get("/api/providers/" + providerA + "/statements/figures?year=2026&fundingLine=STATE")
                .jsonArray()
                .getJsonObject(0);
        assertEquals(
                courseState,
                course.getJsonObject("figures").getJsonNumber("courseId").longValue());
        assertEquals(2, course.getInt("openMonths"), "February is closed; March and April are open");
        assertEquals(
                "22.00",
                course.getJsonObject("figures")
                        .getJsonNumber("claimable")
                        .bigDecimalValue()
                        .toPlainString());
    }

    private String auditActor(long statementId) {
        try (Connection c = TestApp.database().connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT actor FROM audit_log WHERE action = 'SUBMIT_STATEMENT' AND entity_type = 'provider' AND entity_id = ?"
                                + " AND detail LIKE ?")) {
            s.setLong(1, providerA);
            s.setString(2, "statementId=" + statementId + ",%");
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no audit row for statement " + statementId);
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonObject submit(Api api, String line) {
        Api.Response response = api.post(
                "/api/providers/" + providerA + "/statements", "{\"year\":2026,\"fundingLine\":\"" + line + "\"}");
        assertEquals(201, response.status(), response.body());
        assertTrue(response.header("Location")
                .endsWith("/api/statements/" + response.json().getJsonNumber("id")));
        assertEquals(64, response.json().getString("sha256").length());
        return response.json();
    }

    private static JsonObject breakdown(JsonObject stats, String name) {
        return stats.getJsonArray("breakdowns").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static JsonObject cell(JsonObject stats, String breakdown, String key) {
        return breakdown(stats, breakdown).getJsonArray("cells").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("key").equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Long> counts(JsonObject stats, String breakdown) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonObject cell : breakdown(stats, breakdown).getJsonArray("cells").getValuesAs(JsonObject.class)) {
            counts.put(cell.getString("key"), cell.getJsonNumber("count").longValue());
        }
        return counts;
    }

    private static long provider(int districtId) {
        return created(
                "/api/providers",
                "{\"name\":\"" + Api.unique("Statistik-Träger ") + "\",\"districtId\":" + districtId + "}");
    }

    private static long location(long providerId, int districtId) {
        return created(
                "/api/locations",
                "{\"providerId\":" + providerId + ",\"name\":\"" + Api.unique("Kursort ")
                        + "\",\"street\":\"Hauptstraße 1\",\"postalCode\":\"35037\",\"city\":\"Marburg\",\"districtId\":"
                        + districtId
                        + ",\"capacity\":30}");
    }

    private static long participant(
            long providerId, String gender, int birthYear, String country, String residence, String level) {
        return created(
                "/api/participants",
                "{\"providerId\":" + providerId + ",\"firstName\":\"Sam\",\"lastName\":\""
                        + Api.unique("Test-") + "\",\"birthYear\":" + birthYear + ",\"gender\":\"" + gender
                        + "\",\"countryOfOrigin\":\"" + country + "\",\"consentGiven\":true"
                        + (residence == null ? "" : ",\"residenceStatus\":\"" + residence + "\"")
                        + (level == null ? "" : ",\"languageLevel\":\"" + level + "\"") + "}");
    }

    private static long enroll(long courseId, long participantId, String from) {
        Api.Response response = Api.admin()
                .post(
                        "/api/courses/" + courseId + "/enrollments",
                        "{\"participantId\":" + participantId + ",\"fromDate\":\"" + from + "\"}");
        assertEquals(201, response.status(), response.body());
        assertEquals("ENROLLED", response.json().getString("status"));
        return response.json().getJsonNumber("id").longValue();
    }

    private static void withdraw(long enrollmentId, String date, String reason) {
        Api.Response response = Api.admin()
                .post(
                        "/api/enrollments/" + enrollmentId + "/withdrawal",
                        "{\"date\":\"" + date + "\",\"reason\":\"" + reason + "\"}");
        assertEquals(200, response.status(), response.body());
    }

    private static long created(String path, String json) {
        Api.Response response = Api.admin().post(path, json);
        assertEquals(201, response.status(), response.body());
        return response.json().getJsonNumber("id").longValue();
    }
}
