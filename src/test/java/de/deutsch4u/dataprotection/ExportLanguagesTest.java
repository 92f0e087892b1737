package de.deutsch4u.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Messages;
import de.deutsch4u.testsupport.PdfText;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The export PDF's second language: the privacy notice's languages besides German, each with every heading. */
class ExportLanguagesTest {

    @Test
    void shouldOfferThePrivacyNoticesLanguagesBesidesGerman() {
        assertEquals(List.of("en", "ar", "fa", "uk", "ti"), ExportLanguages.CHOICES);
        assertNull(ExportLanguages.chosen(null, "language"));
        assertNull(ExportLanguages.chosen(" ", "language"));
        assertEquals(Locale.forLanguageTag("ti"), ExportLanguages.chosen(" TI ", "language"));
        assertThrows(
                BusinessException.class, () -> ExportLanguages.chosen("de", "language"), "German is always printed");
        assertThrows(BusinessException.class, () -> ExportLanguages.chosen("xx", "language"));
    }

    @Test
    void shouldHaveEveryHeadingOfTheExportInEachSecondLanguage() throws IOException {
        Properties arabic = bundle("export_ar");
        assertTrue(arabic.size() >= 25, "the export's headings and labels");
        for (String language : List.of("fa", "uk", "ti")) {
            assertEquals(
                    arabic.stringPropertyNames(), bundle("export_" + language).stringPropertyNames(), language);
        }
        for (String key : arabic.stringPropertyNames()) {
            assertNotEquals(
                    key, ExportLanguages.text(Locale.ENGLISH, key, "01.02.2026"), "English from the page bundle");
            assertNotEquals(key, Messages.get(Locale.GERMAN, key, "01.02.2026"), "printed in German too");
        }
    }

    @Test
    void shouldPrintTigrinyaInEthiopicScript() {
        String text = PdfText.of(de.deutsch4u.common.pdf.A4Document.render(
                de.deutsch4u.common.pdf.A4Document.Orientation.PORTRAIT,
                "Deutsch 4U",
                Locale.GERMAN,
                doc -> doc.title(ExportLanguages.text(Locale.forLanguageTag("ti"), "export.birthYear"))));
        assertTrue(text.contains("ዓመተ ልደት"), text);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ExportLanguagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
