package de.deutsch4u.enrollment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.course.CourseLevel;
import de.deutsch4u.testsupport.PdfText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateTest {

    @Test
    void shouldStateNameCoursePeriodAndUnitsInGerman() {
        Certificate certificate = new Certificate(
                "Bildungswerk Nord",
                "ሳባ ተስፋይ",
                "Saba Tesfay",
                1994,
                "Deutsch im Alltag",
                CourseLevel.A1,
                "Haus der Vielfalt, 35390 Gießen",
                "Gießen",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 6, 30),
                new Certificate.Units(48, 60),
                LocalDate.of(2026, 7, 3));

        String text = PdfText.of(certificate.render());

        assertTrue(text.contains("Teilnahmebescheinigung"), text);
        assertTrue(text.contains("ሳባ ተስፋይ"), text);
        assertTrue(text.contains("in lateinischer Schrift: Saba Tesfay"), text);
        assertTrue(text.contains("Geburtsjahr 1994"), text);
        assertTrue(text.contains("Deutsch im Alltag"), text);
        assertTrue(text.contains("Haus der Vielfalt, 35390 Gießen"), text);
        assertTrue(text.contains("02.03.2026 bis 30.06.2026"), text);
        assertTrue(text.contains("48 von 60 gehaltenen Unterrichtseinheiten"), text);
        assertTrue(text.contains("Gießen, den 03.07.2026"), text);
        assertTrue(text.contains("Unterschrift und Stempel des Trägers"), text);
        assertTrue(text.contains("Seite 1 von 1"), text);
    }

    @Test
    void shouldPrintAnArabicNameJoinedAndRightToLeft() {
        Certificate certificate = new Certificate(
                "Träger",
                "أمل حداد",
                null,
                1990,
                "Kurs",
                CourseLevel.ALPHA,
                "Ort",
                "Ort",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2),
                new Certificate.Units(0, 0),
                LocalDate.of(2026, 3, 2));

        String text = PdfText.of(certificate.render());

        assertTrue(PdfText.containsArabic(text, "أمل حداد"), text);
        assertTrue(text.contains("0 von 0"), text);
        assertTrue(
                text.contains("in lateinischer Schrift: ____"), "a line to write the passport's spelling on: " + text);
    }

    @Test
    void shouldNotRepeatANameAlreadyInLatinScript() {
        Certificate certificate = new Certificate(
                "Träger",
                "Olena Koval",
                null,
                1985,
                "Kurs",
                CourseLevel.A2,
                "Ort",
                "Ort",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2),
                new Certificate.Units(0, 0),
                LocalDate.of(2026, 3, 2));

        assertFalse(PdfText.of(certificate.render()).contains("lateinischer Schrift"));
    }
}
