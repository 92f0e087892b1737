package de.deutsch4u.report;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract §5 "Reports": the fixture of src/test/resources/golden/usage-report.md, built through the API
 * once for this class, then the report compared with the hand-computed golden files byte for byte.
 * Other tests add data to the same database, so the fixture uses districts 21 and 26 only and checks
 * totals through its own PROVIDER accounts.
 */
@Tag("db")
@ExtendWith(TestApp.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsageReportIT {

    private static final String PERIOD = "from=2026-05-11&to=2026-05-27";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private long providerA;
    private long providerB;
    private String staffA;
    private String staffB;
    private long courseA1;
    private long courseA2;
    private long courseB1;
    private long korbach;
    private long alsfeld;

    @BeforeAll
    void fixture() {
        providerA = provider(26);
        providerB = provider(21);
        staffA = Fixtures.user("PROVIDER", providerA);
        staffB = Fixtures.user("PROVIDER", providerB);
        korbach = location(providerA, 26);
        alsfeld = location(providerA, 21);
        long lauterbach = location(providerB, 21);

        courseA1 = createCourse(course(providerA, korbach, Fixtures.teacher(providerA))
                .text("title", "Deutsch A1 Korbach")
                .text("startDate", "2026-05-11")
                .text("endDate", "2026-05-28")
                .raw("weekdays", "[\"MONDAY\",\"THURSDAY\"]")
                .raw("unitsPerSession", "4")
                .raw("capacity", "3")
                .text("fundingLine", "STATE")
                .raw("ratePerUnit", "5.50")
                .raw("fundingCap", "50.00")
                .raw("childcareUnits", "10")
                .json());
        courseA2 = createCourse(course(providerA, alsfeld, Fixtures.teacher(providerA))
                .text("title", "AMIF Deutsch Alsfeld")
                .text("startDate", "2026-05-12")
                .text("endDate", "2026-05-26")
                .raw("weekdays", "[\"TUESDAY\"]")
                .raw("unitsPerSession", "3")
                .raw("capacity", "8")
                .text("fundingLine", "AMIF")
                .text("fundingReference", "AMIF-2025-HE-017")
                .raw("ratePerUnit", "7.25")
                .json());
        courseB1 = createCourse(course(providerB, lauterbach, Fixtures.teacher(providerB))
                .text("title", "Deutsch im Vogelsberg")
                .text("startDate", "2026-05-13")
                .text("endDate", "2026-05-27")
                .raw("weekdays", "[\"WEDNESDAY\"]")
                .raw("unitsPerSession", "2")
                .raw("capacity", "5")
                .json());
        assertEquals(
                List.of("2026-05-11", "2026-05-18", "2026-05-21", "2026-05-28"),
                sessionDates(courseA1),
                "no sessions on Christi Himmelfahrt (14.05.) and Pfingstmontag (25.05.)");

        long p1 = Fixtures.participant(providerA);
        long p2 = Fixtures.participant(providerA);
        long p3 = Fixtures.participant(providerA);
        long p4 = Fixtures.participant(providerA);
        long q1 = Fixtures.participant(providerA);
        long q2 = Fixtures.participant(providerA);
        long r1 = Fixtures.participant(providerB);
        long r2 = Fixtures.participant(providerB);
        enroll(courseA1, p1, "2026-05-11", "ENROLLED");
        long withdrawn = enroll(courseA1, p2, "2026-05-11", "ENROLLED");
        enroll(courseA1, p3, "2026-05-11", "ENROLLED");
        enroll(courseA1, p4, "2026-05-11", "WAITLISTED");
        Api.Response withdrawal = Api.admin()
                .post("/api/enrollments/" + withdrawn + "/withdrawal", "{\"date\":\"2026-05-19\",\"reason\":\"WORK\"}");
        assertEquals(200, withdrawal.status(), withdrawal.body());
        enroll(courseA2, q1, "2026-05-12", "ENROLLED");
        enroll(courseA2, q2, "2026-05-12", "ENROLLED");
        enroll(courseA2, p1, "2026-05-12", "ENROLLED");
        enroll(courseB1, r1, "2026-05-13", "ENROLLED");
        enroll(courseB1, r2, "2026-05-13", "ENROLLED");

        record(courseA1, "2026-05-11", Map.of(p1, "PRESENT", p2, "PRESENT", p3, "EXCUSED"));
        record(courseA1, "2026-05-18", Map.of(p1, "EXCUSED", p2, "ABSENT", p3, "PRESENT"));
        record(courseA1, "2026-05-21", Map.of(p1, "PRESENT", p4, "PRESENT"));
        record(courseA1, "2026-05-28", Map.of(p1, "PRESENT", p3, "PRESENT", p4, "PRESENT"));
        record(courseA2, "2026-05-12", Map.of(q1, "PRESENT", p1, "PRESENT", q2, "ABSENT"));
        Api.Response cancelled = Api.admin()
                .post(
                        "/api/sessions/" + session(courseA2, "2026-05-19") + "/cancellation",
                        "{\"reason\":\"Lehrkraft erkrankt\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        record(courseA2, "2026-05-26", Map.of(q1, "PRESENT", p1, "EXCUSED", q2, "PRESENT"));
        record(courseB1, "2026-05-13", Map.of(r1, "PRESENT", r2, "PRESENT"));
        record(courseB1, "2026-05-20", Map.of(r1, "PRESENT"));
    }

    @Test
    void shouldMatchTheGoldenFileByDistrictForTheProvider() {
        assertGolden(
                "usage-provider-by-district.csv",
                Map.of(),
                download(staffA, "/api/reports/usage?" + PERIOD + "&groupBy=district", "text/csv"));
    }

    @Test
    void shouldMatchTheGoldenFileByCourseForTheProvider() {
        assertGolden(
                "usage-provider-by-course.csv",
                Map.of("{A1}", String.valueOf(courseA1), "{A2}", String.valueOf(courseA2)),
                download(staffA, "/api/reports/usage?" + PERIOD + "&groupBy=course&format=csv", null));
    }

    @Test
    void shouldMatchTheGoldenFileForOneFundingLineByRegion() {
        assertGolden(
                "usage-provider-amif-by-region.csv",
                Map.of(),
                download(staffA, "/api/reports/usage?" + PERIOD + "&groupBy=region&fundingLine=AMIF", "text/csv"));
    }

    @Test
    void shouldShowTheFixtureDistrictsToAdminAsComputedByHand() {
        HttpResponse<byte[]> response = download(
                "admin", TestApp.ADMIN_PASSWORD, "/api/reports/usage?" + PERIOD + "&groupBy=district&format=csv", null);
        assertEquals(200, response.statusCode());
        List<String> fixtureLines = new String(response.body(), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.startsWith("21;") || line.startsWith("26;"))
                .map(line -> line + "\r\n")
                .toList();
        assertEquals(golden("usage-admin-by-district.rows.csv"), String.join("", fixtureLines));
    }

    @Test
    void shouldGiveTheSameFiguresAsJsonCsvAndXlsx() throws IOException {
        String query = "/api/reports/usage?" + PERIOD + "&groupBy=course";
        JsonObject json = Fixtures.as(staffA).get(query).json();
        assertEquals("2026-05-11", json.getString("from"));
        assertEquals("2026-05-27", json.getString("to"));
        assertEquals("course", json.getString("groupBy"));
        List<List<String>> fromJson = new ArrayList<>();
        for (JsonObject row : json.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            fromJson.add(cells(row, row.get("key").toString(), row.getString("name")));
        }
        fromJson.add(cells(json.getJsonObject("totals"), "Gesamt", ""));
        assertEquals(
                List.of(
                        String.valueOf(courseA2),
                        "AMIF Deutsch Alsfeld",
                        "1",
                        "2",
                        "1",
                        "6",
                        "3",
                        "12",
                        "0.6667",
                        "0.25"),
                fromJson.get(0));

        List<List<String>> fromCsv = new String(
                        download(staffA, query, "text/csv").body(), StandardCharsets.UTF_8)
                .lines()
                .skip(1)
                .map(line -> List.of(line.split(";", -1)).stream()
                        .map(cell -> cell.replace(',', '.'))
                        .map(UsageReportIT::plain)
                        .toList())
                .toList();
        assertEquals(fromJson, fromCsv);

        HttpResponse<byte[]> xlsx = download(staffA, query + "&format=xlsx", null);
        assertEquals(
                UsageFormat.XLSX.mediaType(),
                xlsx.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(fromJson, xlsxTable(xlsx.body()));
    }

    @Test
    void shouldOfferPdfAndXlsxAsNamedAttachments() {
        HttpResponse<byte[]> pdf = download(staffA, "/api/reports/usage?" + PERIOD + "&format=pdf", null);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1));
        assertEquals(
                "attachment; filename=\"nutzungsbericht-traeger-2026-05-11-bis-2026-05-27.pdf\"",
                pdf.headers().firstValue("Content-Disposition").orElseThrow());
        HttpResponse<byte[]> csv = download(staffA, "/api/reports/usage?" + PERIOD + "&fundingLine=AMIF", "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertEquals(
                "attachment; filename=\"nutzungsbericht-traeger-amif-2026-05-11-bis-2026-05-27.csv\"",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
    }

    @Test
    void shouldLimitAProviderToItsOwnRowsAndShowProgrammeEveryProvider() {
        JsonObject ownB =
                Fixtures.as(staffB).get("/api/reports/usage?" + PERIOD).json();
        assertEquals(1, ownB.getJsonArray("rows").size());
        JsonObject rowB = ownB.getJsonArray("rows").getJsonObject(0);
        assertEquals(providerB, rowB.getJsonNumber("key").longValue());
        assertEquals(List.of("1", "2", "0", "4", "2", "6", "1", "0.3"), figures(rowB));
        assertEquals(figures(rowB), figures(ownB.getJsonObject("totals")));
        assertEquals(
                List.of(String.valueOf(courseB1)),
                Fixtures.as(staffB)
                        .get("/api/reports/usage?" + PERIOD + "&groupBy=course")
                        .json()
                        .getJsonArray("rows")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(row -> row.get("key").toString())
                        .toList());

        Api programme = Fixtures.as(Fixtures.user("PROGRAMME", null));
        List<JsonObject> all = programme
                .get("/api/reports/usage?" + PERIOD)
                .json()
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("2", "5", "1", "18", "6", "32", "0.6429", "0.381"), figures(row(all, providerA)));
        assertEquals(figures(rowB), figures(row(all, providerB)));
    }

    @Test
    void shouldGroupByLocationAndByRegion() {
        List<JsonObject> locations = Fixtures.as(staffA)
                .get("/api/reports/usage?" + PERIOD + "&groupBy=location")
                .json()
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("1", "3", "0", "12", "4", "20", "0.625", "0.5556"), figures(row(locations, korbach)));
        assertEquals(List.of("1", "2", "1", "6", "3", "12", "0.6667", "0.25"), figures(row(locations, alsfeld)));
        List<JsonObject> regions = Fixtures.as(staffA)
                .get("/api/reports/usage?" + PERIOD + "&groupBy=REGION")
                .json()
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class);
        assertEquals(
                List.of("\"GIESSEN\"", "\"KASSEL\""),
                regions.stream().map(r -> r.get("key").toString()).toList());
        assertEquals("Regierungsbezirk Kassel", regions.get(1).getString("name"));
        assertEquals(List.of("1", "3", "0", "12", "4", "20", "0.625", "0.5556"), figures(regions.get(1)));
    }

    @Test
    void shouldGiveNullRatesAndOmitGroupsWithoutSessions() {
        JsonObject onlyPlanned = Fixtures.as(staffB)
                .get("/api/reports/usage?from=2026-05-27&to=2026-05-27&groupBy=course")
                .json();
        JsonObject row = onlyPlanned.getJsonArray("rows").getJsonObject(0);
        assertEquals(1, row.getInt("courses"));
        assertEquals(0, row.getInt("sessionsHeld"));
        assertEquals(JsonValue.NULL, row.get("attendanceRate"));
        assertEquals(JsonValue.NULL, row.get("utilisation"));
        assertEquals(JsonValue.NULL, onlyPlanned.getJsonObject("totals").get("attendanceRate"));

        JsonObject nothing = Fixtures.as(staffB)
                .get("/api/reports/usage?from=2026-06-01&to=2026-06-30")
                .json();
        assertEquals(0, nothing.getJsonArray("rows").size());
        assertEquals(0, nothing.getJsonObject("totals").getInt("courses"));
        assertEquals(JsonValue.NULL, nothing.getJsonObject("totals").get("utilisation"));
    }

    @Test
    void shouldClaimUnitsHeldTimesRateCappedPerCourseAndSumPerProviderAndFundingLine() {
        JsonObject report =
                Fixtures.as(staffA).get("/api/reports/funding?" + PERIOD).json();
        List<JsonObject> courses = report.getJsonArray("courses").getValuesAs(JsonObject.class);
        assertEquals(2, courses.size(), "only provider A's courses");
        JsonObject a2 = courses.get(0);
        assertEquals(courseA2, a2.getJsonNumber("courseId").longValue(), "AMIF before STATE");
        assertEquals(6, a2.getInt("unitsHeld"));
        assertEquals(300, a2.getInt("approvedUnits"));
        assertEquals(new BigDecimal("43.50"), a2.getJsonNumber("claimable").bigDecimalValue(), "6 UE x 7.25");
        assertEquals(JsonValue.NULL, a2.get("fundingCap"));
        JsonObject a1 = courses.get(1);
        assertEquals(12, a1.getInt("unitsHeld"), "the session after the period does not count");
        assertEquals(10, a1.getInt("childcareUnits"));
        assertEquals(
                new BigDecimal("50.00"), a1.getJsonNumber("claimable").bigDecimalValue(), "12 x 5.50 = 66.00, capped");
        List<JsonObject> sums = report.getJsonArray("sums").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("AMIF", "STATE"),
                sums.stream().map(sum -> sum.getString("fundingLine")).toList());
        assertEquals(
                new BigDecimal("50.00"), sums.get(1).getJsonNumber("claimable").bigDecimalValue());

        JsonObject b = Fixtures.as(staffB)
                .get("/api/reports/funding?" + PERIOD + "&fundingLine=STATE")
                .json();
        JsonObject sumB = b.getJsonArray("sums").getJsonObject(0);
        assertEquals(providerB, sumB.getJsonNumber("providerId").longValue());
        assertEquals(4, sumB.getInt("unitsHeld"));
        assertEquals(1, sumB.getInt("coursesWithoutRate"));
        assertEquals(
                0,
                Fixtures.as(staffB)
                        .get("/api/reports/funding?" + PERIOD + "&fundingLine=AMIF")
                        .json()
                        .getJsonArray("courses")
                        .size());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("TEACHER", providerB))
                        .get("/api/reports/funding?" + PERIOD)
                        .status());
    }

    @Test
    void shouldRefuseBadParametersAndTeachers() {
        Api staff = Fixtures.as(staffA);
        assertInvalid(staff.get("/api/reports/usage?to=2026-05-27"), "from");
        assertInvalid(staff.get("/api/reports/usage?from=2026-05-11"), "to");
        assertInvalid(staff.get("/api/reports/usage?from=2026-05-28&to=2026-05-27"), "to");
        assertInvalid(staff.get("/api/reports/usage?" + PERIOD + "&groupBy=teacher"), "groupBy");
        assertInvalid(staff.get("/api/reports/usage?" + PERIOD + "&fundingLine=ESF"), "fundingLine");
        assertInvalid(staff.get("/api/reports/usage?" + PERIOD + "&format=docx"), "format");
        assertInvalid(staff.get("/api/reports/usage?from=11.05.2026&to=2026-05-27"), "from");
        assertEquals(
                400,
                download(staffA, "/api/reports/usage?to=2026-05-27", "text/csv").statusCode());

        Api.Response teacher = Fixtures.as(Fixtures.user("TEACHER", providerA)).get("/api/reports/usage?" + PERIOD);
        assertEquals(403, teacher.status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("TEACHER", providerA))
                        .get("/api/reports/usage")
                        .status(),
                "403 before any parameter is checked");
        assertEquals(401, Api.anonymous().get("/api/reports/usage?" + PERIOD).status());
    }

    private static void assertInvalid(Api.Response response, String field) {
        assertEquals(400, response.status(), response.body());
        assertEquals(
                field,
                response.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    private static List<String> figures(JsonObject figures) {
        return cells(figures, "", "").subList(2, 10);
    }

    private static List<String> cells(JsonObject figures, String key, String name) {
        List<String> cells = new ArrayList<>(List.of(plain(key.replace("\"", "")), name));
        for (String field : List.of(
                "courses",
                "sessionsHeld",
                "sessionsCancelled",
                "unitsHeld",
                "participants",
                "participantUnits",
                "attendanceRate",
                "utilisation")) {
            cells.add(figures.isNull(field) ? "" : plain(figures.get(field).toString()));
        }
        return cells;
    }

    /** A number without trailing zeros (0.2500 and 0.25 are the same figure). */
    private static String plain(String cell) {
        return cell.matches("-?\\d+\\.\\d+")
                ? new BigDecimal(cell).stripTrailingZeros().toPlainString()
                : cell;
    }

    private static List<List<String>> xlsxTable(byte[] file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            int header = 0;
            while (!"Schlüssel".equals(text(sheet.getRow(header), 0))) {
                header++;
            }
            List<List<String>> table = new ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 10; c++) {
                    cells.add(text(sheet.getRow(r), c));
                }
                table.add(cells);
            }
            return table;
        }
    }

    private static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC
                ? plain(BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString())
                : cell.getStringCellValue();
    }

    private static JsonObject row(List<JsonObject> rows, long key) {
        return rows.stream()
                .filter(r -> r.getJsonNumber("key").longValue() == key)
                .findFirst()
                .orElseThrow();
    }

    private static void assertGolden(String file, Map<String, String> ids, HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        String expected = golden(file);
        for (Map.Entry<String, String> id : ids.entrySet()) {
            expected = expected.replace(id.getKey(), id.getValue());
        }
        assertEquals(expected, new String(response.body(), StandardCharsets.UTF_8), file);
        assertTrue(response.body().length > 3 && (response.body()[0] & 0xFF) == 0xEF, "starts with the UTF-8 BOM");
        assertFalse(expected.contains("{"), "every id placeholder filled in");
    }

    private static String golden(String file) {
        try (InputStream in = UsageReportIT.class.getResourceAsStream("/golden/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GET with Basic auth and an optional Accept header, answered as bytes (for XLSX and PDF). */
    private static HttpResponse<byte[]> download(String username, String password, String path, String accept) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(TestApp.baseUrl() + path)).header("Authorization", "Basic " + token);
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<byte[]> download(String username, String path, String accept) {
        return download(username, Fixtures.PASSWORD, path, accept);
    }

    private static long provider(int districtId) {
        Api.Response created = Api.admin()
                .post(
                        "/api/providers",
                        "{\"name\":\"" + Api.unique("Bildungswerk ") + "\",\"districtId\":" + districtId + "}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static long location(long providerId, int districtId) {
        Api.Response created = Api.admin()
                .post(
                        "/api/locations",
                        "{\"providerId\":" + providerId + ",\"name\":\""
                                + Api.unique("Kursort ") + "\",\"street\":\"Marktplatz 1\",\"postalCode\":\"34497\","
                                + "\"city\":\"Korbach\",\"districtId\":" + districtId + ",\"capacity\":40}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static long createCourse(String json) {
        Api.Response created = Api.admin().post("/api/courses", json);
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static List<String> sessionDates(long courseId) {
        return Api.admin()
                .get("/api/courses/" + courseId + "/sessions")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(s -> s.getString("date"))
                .toList();
    }

    private static long session(long courseId, String date) {
        return Api.admin()
                .get("/api/courses/" + courseId + "/sessions")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("date").equals(date))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static long enroll(long courseId, long participantId, String fromDate, String expectedStatus) {
        Api.Response created = Api.admin()
                .post(
                        "/api/courses/" + courseId + "/enrollments",
                        "{\"participantId\":" + participantId + ",\"fromDate\":\"" + fromDate + "\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals(expectedStatus, created.json().getString("status"));
        return created.json().getJsonNumber("id").longValue();
    }

    private static void record(long courseId, String date, Map<Long, String> entries) {
        String body = entries.entrySet().stream()
                .map(e -> "{\"participantId\":" + e.getKey() + ",\"status\":\"" + e.getValue() + "\"}")
                .reduce((a, b) -> a + "," + b)
                .map(list -> "{\"version\":0,\"entries\":[" + list + "]}")
                .orElseThrow();
        Api.Response saved = Api.admin()
                .send("PUT", "/api/sessions/" + session(courseId, date) + "/attendance", "application/json", body);
        assertEquals(200, saved.status(), saved.body());
    }
}
