package de.deutsch4u.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bulk import: preview of every row's errors, then all-or-nothing. */
@Tag("db")
@ExtendWith(TestApp.class)
class ParticipantImportIT {

    private static final String HEADER =
            "Vorname;Nachname;Geburtsjahr;Geschlecht;Herkunftsland;Staatsangehörigkeit;Einwilligung\r\n";

    @Test
    void shouldShowTheThreeBadRowsOfTenThousand() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 10_000; i++) {
            String year = i == 17 ? "2999" : "1990";
            String country = i == 5000 ? "QQ" : "SY";
            String consent = i == 9999 ? "nein" : "ja";
            csv.append("Amal;Haddad")
                    .append(i)
                    .append(';')
                    .append(year)
                    .append(";weiblich;")
                    .append(country)
                    .append(";SY;")
                    .append(consent)
                    .append("\r\n");
        }
        Api.Response preview = post("/api/participants/import/preview", csv.toString());
        assertEquals(
                200,
                preview.status(),
                preview.body().substring(0, Math.min(300, preview.body().length())));
        JsonArray rows = preview.jsonArray();
        assertEquals(10_000, rows.size());
        var bad = rows.getValuesAs(JsonObject.class).stream()
                .filter(r -> !r.getBoolean("valid"))
                .toList();
        assertEquals(3, bad.size());
        assertEquals(18, bad.get(0).getInt("line"), "line numbers count the header");
        assertEquals(
                "birthYear",
                bad.get(0).getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void shouldImportNothingWhenOneRowIsWrongAndEverythingWhenAllAreRight() {
        long provider = Fixtures.provider();
        String lastName = Api.unique("Import-");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 500; i++) {
            csv.append("Olena;")
                    .append(lastName)
                    .append(';')
                    .append(1980 + i % 30)
                    .append(";w;UA;ua;ja\r\n");
        }
        String wrong = csv + "Olena;" + lastName + ";1899;w;UA;UA;ja\r\n";
        Api.Response refused = post("/api/participants/import?providerId=" + provider, wrong);
        assertEquals(400, refused.status());
        assertEquals("import.invalidRows", refused.json().getString("code"));
        assertTrue(refused.body().contains("rows[502].birthYear"), refused.body());
        assertEquals(
                0,
                Api.admin()
                        .get("/api/participants?providerId=" + provider)
                        .jsonArray()
                        .size(),
                "nothing half-saved");

        Api.Response imported = post("/api/participants/import?providerId=" + provider, csv.toString());
        assertEquals(200, imported.status(), imported.body());
        assertEquals(500, imported.json().getInt("imported"));
        JsonObject one = Api.admin()
                .get("/api/participants?providerId=" + provider)
                .jsonArray()
                .getJsonObject(0);
        assertEquals("UA", one.getString("nationality"), "lower case codes are stored upper case");
    }

    @Test
    void shouldRefuseAWrongEncodingAndAMissingColumn() {
        String file = HEADER + "Jürgen;Müller;1990;m;DE;DE;ja\r\n";
        assertEquals(200, post("/api/participants/import/preview", file).status(), "UTF-8 is fine");
        Api.Response encoding = rawLatin1(file.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, encoding.status(), "ISO-8859-1 bytes are refused");
        assertTrue(encoding.body().contains("UTF-8"), encoding.body());
        Api.Response missing = post("/api/participants/import/preview", "Vorname;Nachname;Geburtsjahr\r\nA;B;1990\r\n");
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("Geschlecht"), missing.body());
    }

    @Test
    void shouldImportAnExcelFile() throws Exception {
        long provider = Fixtures.provider();
        String lastName = Api.unique("Excel-");
        byte[] xlsx;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Teilnehmende");
            String[][] cells = {
                HEADER.strip().split(";"),
                {"Genet", lastName, "1995", "w", "ER", "ER", "ja"},
                {"Farid", lastName, "1988", "m", "AF", "AF", "ja"}
            };
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (r > 0 && c == 2) {
                        row.createCell(c)
                                .setCellValue(Integer.parseInt(cells[r][c])); // a number cell, as Excel keeps years
                    } else {
                        row.createCell(c).setCellValue(cells[r][c]);
                    }
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Api.Response preview = Api.admin()
                .sendBytes(
                        "/api/participants/import/preview",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        xlsx);
        assertEquals(200, preview.status(), preview.body());
        assertEquals(2, preview.jsonArray().size());
        assertTrue(
                preview.jsonArray().getValuesAs(JsonObject.class).stream().allMatch(r -> r.getBoolean("valid")),
                preview.body());
        Api.Response imported = Api.admin()
                .sendBytes(
                        "/api/participants/import?providerId=" + provider,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        xlsx);
        assertEquals(2, imported.json().getInt("imported"), imported.body());
    }

    @Test
    void shouldOfferTheTemplateAndKeepProgrammeStaffOut() {
        Api.Response template = Api.admin().get("/api/participants/import/template");
        assertEquals(200, template.status());
        assertTrue(template.body().contains("Vorname;Nachname;Geburtsjahr"), template.body());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROGRAMME", null))
                        .send("POST", "/api/participants/import/preview", "text/csv", HEADER)
                        .status());
    }

    private static Api.Response post(String path, String csv) {
        return Api.admin().send("POST", path, "text/csv", csv);
    }

    /** Sends bytes that are not UTF-8, as a German Excel's "CSV (Trennzeichen-getrennt)" does. */
    private static Api.Response rawLatin1(byte[] bytes) {
        return Api.admin().sendBytes("/api/participants/import/preview", "text/csv", bytes);
    }
}
