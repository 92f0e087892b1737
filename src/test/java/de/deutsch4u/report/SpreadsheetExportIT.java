package de.deutsch4u.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.CourseJson;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §8: names that a spreadsheet would run as formulas arrive in CSV and XLSX files as text. */
@Tag("db")
@ExtendWith(TestApp.class)
class SpreadsheetExportIT {

    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

    @Test
    void shouldNeverStartACellWithAFormula() throws Exception {
        long provider = Fixtures.provider();
        Api.Response location = Api.admin()
                .post(
                        "/api/locations",
                        "{\"providerId\":" + provider + ",\"name\":\""
                                + FORMULA.replace("\"", "\\\"")
                                + "\",\"street\":\"Rheinstraße 1\",\"postalCode\":\"64283\","
                                + "\"city\":\"Darmstadt\",\"districtId\":1,\"capacity\":40}");
        assertEquals(201, location.status(), location.body());
        LocalDate monday = LocalDate.now().minusWeeks(3).with(java.time.DayOfWeek.MONDAY);
        Api.Response course = Api.admin()
                .post(
                        "/api/courses",
                        CourseJson.course(
                                        provider,
                                        location.json().getJsonNumber("id").longValue(),
                                        Fixtures.teacher(provider))
                                .raw("title", "\"" + FORMULA.replace("\"", "\\\"") + "\"")
                                .everyDay(monday, monday.plusDays(2))
                                .json());
        assertEquals(201, course.status(), course.body());
        String period = "from=" + monday + "&to=" + monday.plusDays(6);

        for (String groupBy : List.of("course", "location")) {
            HttpResponse<byte[]> csv =
                    Api.admin().getBytes("/api/reports/usage?" + period + "&groupBy=" + groupBy + "&format=csv");
            assertEquals(200, csv.statusCode());
            List<String> cells = new ArrayList<>();
            String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
            for (CSVRecord record :
                    CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text))) {
                record.forEach(cells::add);
            }
            assertSafe(cells, groupBy + " CSV");

            HttpResponse<byte[]> xlsx =
                    Api.admin().getBytes("/api/reports/usage?" + period + "&groupBy=" + groupBy + "&format=xlsx");
            assertEquals(200, xlsx.statusCode());
            List<String> texts = new ArrayList<>();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                for (Row row : workbook.getSheetAt(0)) {
                    for (Cell cell : row) {
                        assertTrue(
                                cell.getCellType() != CellType.FORMULA, "a formula cell in the " + groupBy + " XLSX");
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
            assertSafe(texts, groupBy + " XLSX");
        }
    }

    private static void assertSafe(List<String> cells, String file) {
        assertTrue(cells.contains("'" + FORMULA), file + " has the name as text: " + cells);
        for (String cell : cells) {
            assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, file + ": " + cell);
        }
    }
}
