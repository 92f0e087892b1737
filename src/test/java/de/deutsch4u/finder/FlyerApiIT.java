package de.deutsch4u.finder;

import static de.deutsch4u.testsupport.CourseJson.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.testsupport.PdfQrCode;
import de.deutsch4u.testsupport.PdfText;
import de.deutsch4u.testsupport.TestApp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §11: the printable one-page flyer of a public course, with a QR code of its public link. */
@Tag("db")
@ExtendWith(TestApp.class)
class FlyerApiIT {

    private static final LocalDate START =
            LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(10);
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static long provider;
    private static long publicCourse;
    private static String title;

    @BeforeAll
    static void aPublicCourse() {
        provider = Fixtures.provider();
        Api.Response location = Api.admin()
                .post(
                        "/api/locations",
                        "{\"providerId\":" + provider + ",\"name\":\""
                                + Api.unique("Familienzentrum ")
                                + "\",\"street\":\"Rheinstraße 1\",\"postalCode\":\"64283\","
                                + "\"city\":\"Darmstadt\",\"districtId\":1,\"capacity\":40,\"childcareAvailable\":true,"
                                + "\"contactPhone\":\"06151 98765\",\"contactEmail\":\"info@familienzentrum.example\"}");
        assertEquals(201, location.status(), location.body());
        title = Api.unique("Deutsch für Eltern ");
        publicCourse =
                create(course(provider, location.json().getJsonNumber("id").longValue(), Fixtures.teacher(provider))
                        .text("title", title)
                        .text("startDate", START.toString())
                        .text("endDate", START.plusDays(50).toString())
                        .raw("public", "true")
                        .raw("supportLanguages", "[\"ar\"]")
                        .json());
    }

    @Test
    void shouldPrintTheCourseInGermanAndEnglishWithAQrCodeOfItsPublicLink() throws IOException {
        HttpResponse<byte[]> answer =
                Api.anonymous().getBytes("/api/public/courses/" + publicCourse + "/flyer?format=A4&lang=en");

        assertEquals(200, answer.statusCode());
        assertEquals(
                "application/pdf", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty(), "no session for the public");
        PdfReader reader = new PdfReader(answer.body());
        assertEquals(1, reader.getNumberOfPages(), "one page");
        assertEquals(595, Math.round(reader.getPageSize(1).getWidth()), "A4");
        String text = PdfText.of(answer.body());
        for (String expected : List.of(
                title,
                "Niveau A1",
                "level A1",
                "Kursort",
                "Location",
                "Rheinstraße 1, 64283 Darmstadt",
                "Montag, Mittwoch",
                "Monday, Wednesday",
                "09:00–12:00",
                GERMAN.format(START),
                "15 freie Plätze",
                "15 free places",
                "Kinderbetreuung",
                "Childcare",
                "Arabisch",
                "06151 98765",
                "info@familienzentrum.example")) {
            assertTrue(text.contains(expected), "flyer says " + expected + ":\n" + text);
        }
        assertEquals(List.of(TestApp.baseUrl() + "/kurse?course=" + publicCourse), PdfQrCode.texts(answer.body()));
        assertTrue(text.contains(TestApp.baseUrl() + "/kurse?course=" + publicCourse), "the link is printed too");
    }

    @Test
    void shouldPrintA5InGermanOnlyOrWithAnyLanguageOfThePrivacyNotice() throws IOException {
        byte[] german = Api.anonymous()
                .getBytes("/api/public/courses/" + publicCourse + "/flyer?format=A5&lang=de")
                .body();
        assertEquals(420, Math.round(new PdfReader(german).getPageSize(1).getWidth()), "A5");
        assertFalse(PdfText.of(german).contains("Location"), PdfText.of(german));
        assertEquals(1, PdfQrCode.texts(german).size());

        byte[] arabic = Api.anonymous()
                .getBytes("/api/public/courses/" + publicCourse + "/flyer?lang=ar")
                .body();
        assertTrue(PdfText.containsArabic(PdfText.of(arabic), "مكان الدورة"), PdfText.of(arabic));
        assertFalse(PdfText.of(arabic).contains("Location"), "Arabic, not English");
        String ukrainian = PdfText.of(Api.anonymous()
                .getBytes("/api/public/courses/" + publicCourse + "/flyer?lang=uk")
                .body());
        assertTrue(ukrainian.contains("Місце проведення"), ukrainian);
        String tigrinya = PdfText.of(Api.anonymous()
                .getBytes("/api/public/courses/" + publicCourse + "/flyer?lang=ti")
                .body());
        assertTrue(tigrinya.contains("ቦታ ትምህርቲ"), tigrinya);
    }

    @Test
    void shouldRefuseCoursesThatAreNotPublicAndBadChoices() {
        long internal = create(course(provider, Fixtures.location(provider), Fixtures.teacher(provider))
                .text("startDate", START.toString())
                .text("endDate", START.plusDays(50).toString())
                .json());

        Api.Response hidden = Api.anonymous().get("/api/public/courses/" + internal + "/flyer");
        assertEquals(404, hidden.status(), hidden.body());
        assertEquals("finder.courseNotFound", hidden.json().getString("code"));
        Api.Response language = Api.anonymous().get("/api/public/courses/" + publicCourse + "/flyer?lang=xx");
        assertEquals(400, language.status(), language.body());
        assertEquals(
                "lang",
                language.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Response paper = Api.anonymous().get("/api/public/courses/" + publicCourse + "/flyer?format=A3");
        assertEquals(400, paper.status(), paper.body());
        assertEquals(400, Api.anonymous().get("/api/public/courses/abc/flyer").status());
        assertNull(paper.header("Set-Cookie"));
    }

    private static long create(String json) {
        Api.Response created = Api.admin().post("/api/courses", json);
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }
}
