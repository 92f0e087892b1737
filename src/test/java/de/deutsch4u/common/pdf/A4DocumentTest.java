package de.deutsch4u.common.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import de.deutsch4u.testsupport.PdfText;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class A4DocumentTest {

    private static final String ARABIC = "أمل حداد";
    private static final String TIGRINYA = "ሳባ ተስፋይ";

    @Test
    void shouldPrintNamesInLatinArabicAndEthiopicScriptReadableBack() {
        byte[] pdf = A4Document.render(A4Document.Orientation.PORTRAIT, "Träger Süd", Locale.GERMAN, doc -> {
            doc.title("Liste");
            PdfPTable table = A4Document.table(1, 3);
            table.addCell(A4Document.headerCell("Nr."));
            table.addCell(A4Document.headerCell("Name"));
            for (String name : new String[] {"Jürgen Weiß", ARABIC, TIGRINYA}) {
                table.addCell(A4Document.cell("1"));
                table.addCell(A4Document.cell(name));
            }
            doc.add(table);
        });

        String text = PdfText.of(pdf);
        assertTrue(text.contains("Jürgen Weiß"), text);
        assertTrue(text.contains(TIGRINYA), text);
        assertTrue(PdfText.containsArabic(text, ARABIC), text);
        assertTrue(text.contains("Träger Süd"), text);
        assertTrue(text.contains("Seite 1 von 1"), text);
    }

    @Test
    void shouldJoinArabicLettersAndSetThemRightToLeft() {
        byte[] pdf = A4Document.render(A4Document.Orientation.PORTRAIT, null, Locale.GERMAN, doc -> {
            PdfPTable table = A4Document.plainTable(1);
            table.addCell(A4Document.cell(ARABIC));
            doc.add(table);
        });

        String text = PdfText.of(pdf);
        // Joined letters are printed with their contextual forms (U+FE70…U+FEFF), not the isolated letters.
        assertTrue(text.codePoints().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFF), text);
        assertEquals(PdfWriter.RUN_DIRECTION_RTL, PdfFonts.runDirection(ARABIC));
        assertEquals(PdfWriter.RUN_DIRECTION_LTR, PdfFonts.runDirection(TIGRINYA));
    }

    @Test
    void shouldNumberEveryPageOfTheTotalInLandscape() throws Exception {
        byte[] pdf = A4Document.render(A4Document.Orientation.LANDSCAPE, "Anwesenheit", Locale.GERMAN, doc -> {
            PdfPTable table = A4Document.table(1);
            table.addCell(A4Document.headerCell("Zeile"));
            for (int i = 1; i <= 120; i++) {
                table.addCell(A4Document.cell("Zeile " + i));
            }
            doc.add(table);
        });

        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertTrue(pages >= 3, "pages: " + pages);
        assertTrue(reader.getPageSizeWithRotation(1).getWidth()
                > reader.getPageSizeWithRotation(1).getHeight());
        String last = PdfText.page(pdf, pages);
        assertTrue(last.contains("Seite " + pages + " von " + pages), last);
        assertTrue(last.contains("Zeile"), "the header row repeats: " + last);
        reader.close();
    }

    @Test
    void shouldWriteDatesTheGermanWay() {
        assertEquals("02.03.2026", A4Document.date(LocalDate.of(2026, 3, 2)));
        assertEquals("", A4Document.date(null));
    }

    @Test
    void shouldNumberPagesInEnglishWhenAsked() {
        byte[] pdf =
                A4Document.render(A4Document.Orientation.PORTRAIT, null, Locale.ENGLISH, doc -> doc.paragraph("Text"));

        assertTrue(PdfText.of(pdf).contains("Page 1 of 1"));
    }
}
