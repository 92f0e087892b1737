package de.deutsch4u.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.PdfText;
import de.deutsch4u.testsupport.TestApp;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §7: the Art. 15 export as JSON and PDF, its callers, and its EXPORT entry. */
@Tag("db")
@ExtendWith(TestApp.class)
class ExportApiIT {

    @Test
    void shouldExportEverythingStoredAboutThePersonAndLogIt() {
        long provider = Fixtures.provider();
        long course = Fixtures.courseWithOnePresence(
                provider,
                "Kurs zur Auskunft",
                LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(20),
                10);
        long participant = Api.admin()
                .get("/api/courses/" + course + "/enrollments")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("participantId")
                .longValue();
        String staff = Fixtures.user("PROVIDER", provider);

        Api.Response response = Fixtures.as(staff).get("/api/participants/" + participant + "/export");
        assertEquals(200, response.status(), response.body());
        JsonObject export = response.json();
        assertEquals(
                participant,
                export.getJsonObject("participant").getJsonNumber("id").longValue());
        assertEquals("Amal", export.getJsonObject("participant").getString("firstName"));
        assertEquals(1, export.getJsonArray("consents").size());
        assertEquals(
                course,
                export.getJsonArray("enrollments")
                        .getJsonObject(0)
                        .getJsonNumber("courseId")
                        .longValue());
        JsonObject attendance = export.getJsonArray("attendance").getJsonObject(0);
        assertEquals("PRESENT", attendance.getString("status"));
        assertEquals(course, attendance.getJsonNumber("courseId").longValue());
        assertTrue(attendance.containsKey("sessionId") && attendance.containsKey("date"));
        assertTrue(export.containsKey("documents"));
        assertTrue(
                export.getJsonArray("accessLog").stream()
                        .anyMatch(e -> e.asJsonObject().getString("action").equals("CREATE")),
                response.body());

        HttpResponse<byte[]> pdf =
                Fixtures.as(staff).getBytes("/api/participants/" + participant + "/export?format=pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals(
                "application/pdf",
                pdf.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        String text = PdfText.of(pdf.body());
        assertTrue(
                text.contains("Auskunft nach Art. 15 DSGVO") && text.contains("Amal") && text.contains("Anwesend"),
                text);

        String exports = Api.admin()
                .get("/api/audit?entity=participant&entityId=" + participant + "&username=" + staff)
                .body();
        assertEquals(2, exports.split("\"action\":\"EXPORT\"", -1).length - 1, "JSON and PDF each logged: " + exports);
    }

    @Test
    void shouldAnswerOnlyAdminAndThePersonsProvider() {
        long provider = Fixtures.provider();
        long participant = Fixtures.participant(provider);
        assertEquals(
                200,
                Api.admin().get("/api/participants/" + participant + "/export").status());
        assertEquals(
                404,
                Fixtures.as(Fixtures.user("PROVIDER", Fixtures.provider()))
                        .get("/api/participants/" + participant + "/export")
                        .status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("TEACHER", provider))
                        .get("/api/participants/" + participant + "/export")
                        .status());
        assertEquals(
                403,
                Fixtures.as(Fixtures.user("PROGRAMME", null))
                        .get("/api/participants/" + participant + "/export")
                        .status());
        assertEquals(404, Api.admin().get("/api/participants/999999999/export").status());
        Api.Response badFormat = Api.admin().get("/api/participants/" + participant + "/export?format=xlsx");
        assertEquals(400, badFormat.status());
        assertTrue(badFormat.body().contains("\"field\":\"format\""), badFormat.body());
    }

    @Test
    void shouldPrintHeadingsAndLabelsInGermanAndTheChosenLanguageOfThePrivacyNotice() {
        long provider = Fixtures.provider();
        long participant = Fixtures.participant(provider);
        String path = "/api/participants/" + participant + "/export?format=pdf";

        String germanOnly = PdfText.of(Api.admin().getBytes(path).body());
        assertTrue(germanOnly.contains("Geburtsjahr"), germanOnly);
        assertFalse(germanOnly.contains("Year of birth"), "no second language unless chosen: " + germanOnly);

        String english = PdfText.of(Api.admin().getBytes(path + "&language=en").body());
        assertTrue(english.contains("Auskunft nach Art. 15 DSGVO") && english.contains("Geburtsjahr"), english);
        assertTrue(english.contains("Year of birth") && english.contains("Enrollments"), english);

        String arabic = PdfText.of(Api.admin().getBytes(path + "&language=ar").body());
        assertTrue(arabic.contains("Geburtsjahr"), arabic);
        assertTrue(PdfText.containsArabic(arabic, "الحضور"), "Arabic beside the German (Anwesenheit): " + arabic);

        String tigrinya = PdfText.of(Api.admin().getBytes(path + "&language=ti").body());
        assertTrue(
                tigrinya.contains("Geburtsjahr") && tigrinya.contains("ዓመተ ልደት"),
                "Ethiopic script printed: " + tigrinya);
        String ukrainian =
                PdfText.of(Api.admin().getBytes(path + "&language=uk").body());
        assertTrue(ukrainian.contains("Рік народження"), ukrainian);

        Api.Response unknown = Api.admin().get(path + "&language=xx");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals(
                "language",
                unknown.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }
}
