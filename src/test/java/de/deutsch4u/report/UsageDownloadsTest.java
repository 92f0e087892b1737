package de.deutsch4u.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.deutsch4u.course.FundingLine;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The file formats of the usage report, on a report built by hand. */
class UsageDownloadsTest {

    private static final UsageReport REPORT = new UsageReport(
            new UsageQuery(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), GroupBy.REGION, FundingLine.AMIF),
            List.of(
                    new UsageRow(
                            "DARMSTADT",
                            "Regierungsbezirk Darmstadt; Süd",
                            new UsageFigures(2, 3, 1, 12, 4, 36, new BigDecimal("0.8333"), new BigDecimal("0.1000"))),
                    new UsageRow(7L, "Nur ausgefallen", new UsageFigures(1, 0, 2, 0, 0, 0, null, null))),
            new UsageFigures(3, 3, 3, 12, 4, 36, new BigDecimal("0.8333"), new BigDecimal("0.0500")),
            LocalDateTime.of(2026, 4, 2, 9, 30),
            "Träger Süd");

    @Test
    void shouldWriteCsvForAGermanExcel() {
        String csv = new String(UsageCsv.write(REPORT), StandardCharsets.UTF_8);
        assertEquals(
                "\uFEFF"
                        + "Schlüssel;Name;Kurse;Termine gehalten;Termine ausgefallen;UE gehalten;Teilnehmende;Teilnehmer-UE;"
                        + "Anwesenheitsquote;Auslastung\r\n"
                        + "DARMSTADT;\"Regierungsbezirk Darmstadt; Süd\";2;3;1;12;4;36;0,8333;0,1000\r\n"
                        + "7;Nur ausgefallen;1;0;2;0;0;0;;\r\n"
                        + "Gesamt;;3;3;3;12;4;36;0,8333;0,0500\r\n",
                csv);
    }

    @Test
    void shouldWriteTheSameFiguresToExcelBelowPeriodFiltersAndTime() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(UsageXlsx.write(REPORT)))) {
            Sheet sheet = workbook.getSheetAt(0);
            String heading = sheet.getRow(0).getCell(0).getStringCellValue() + "|"
                    + sheet.getRow(1).getCell(0).getStringCellValue() + "|"
                    + sheet.getRow(2).getCell(0).getStringCellValue()
                    + "|" + sheet.getRow(3).getCell(0).getStringCellValue() + "|"
                    + sheet.getRow(4).getCell(0).getStringCellValue()
                    + "|" + sheet.getRow(5).getCell(0).getStringCellValue();
            assertEquals(
                    "Nutzungsbericht|Zeitraum: 01.03.2026 – 31.03.2026|Gruppiert nach: Regierungsbezirk"
                            + "|Förderlinie: AMIF (EU-kofinanziert)|Träger: Träger Süd|Erstellt am: 02.04.2026 09:30",
                    heading);
            int header = 7;
            assertEquals("Schlüssel", sheet.getRow(header).getCell(0).getStringCellValue());
            assertEquals("Auslastung", sheet.getRow(header).getCell(9).getStringCellValue());
            assertEquals(36, sheet.getRow(header + 1).getCell(7).getNumericCellValue());
            assertEquals(0.8333, sheet.getRow(header + 1).getCell(8).getNumericCellValue());
            assertEquals(
                    org.apache.poi.ss.usermodel.CellType.BLANK,
                    sheet.getRow(header + 2).getCell(8).getCellType());
            assertEquals("Gesamt", sheet.getRow(header + 3).getCell(0).getStringCellValue());
            assertEquals(0.05, sheet.getRow(header + 3).getCell(9).getNumericCellValue());
        }
    }

    @Test
    void shouldWriteALandscapePdfWithPeriodFiltersAndTotals() throws Exception {
        PdfReader reader = new PdfReader(UsagePdf.write(REPORT));
        try {
            assertEquals(842, reader.getPageSizeWithRotation(1).getWidth(), 1, "landscape as shown");
            assertEquals(595, reader.getPageSizeWithRotation(1).getHeight(), 1);
            // spaces as the extractor sees them: a no-break space, sometimes with a space before it
            String text = new PdfTextExtractor(reader)
                    .getTextFromPage(1)
                    .replace('\u00a0', ' ')
                    .replaceAll(" +", " ");
            for (String expected : List.of(
                    "Nutzungsbericht",
                    "Zeitraum: 01.03.2026 – 31.03.2026",
                    "Träger: Träger Süd",
                    "Erstellt am: 02.04.2026 09:30",
                    "Anwesenheitsquote",
                    "83,3 %",
                    "Gesamt")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        } finally {
            reader.close();
        }
    }

    @Test
    void shouldNameTheFileAfterGroupingFundingLineAndPeriod() {
        assertEquals(
                "nutzungsbericht-regierungsbezirke-amif-2026-03-01-bis-2026-03-31.xlsx",
                UsageFormat.XLSX.fileName(REPORT));
    }

    @Test
    void shouldNameEveryGroupingAndFundingLineInGermanAscii() {
        for (GroupBy groupBy : GroupBy.values()) {
            assertTrue(UsageTable.fileWord(groupBy).matches("[a-z]+"), groupBy::name);
        }
        assertEquals("kurse", UsageTable.fileWord(GroupBy.COURSE));
        assertEquals("landesmittel", UsageTable.fileWord(FundingLine.STATE));
    }

    @Test
    void shouldTakeTheFormatFromTheAcceptHeaderOnlyWhenItIsPreferred() {
        assertEquals(UsageFormat.CSV, UsageFormat.ofAccept(List.of(new MediaType("text", "csv"))));
        assertNull(UsageFormat.ofAccept(List.of(MediaType.WILDCARD_TYPE)));
        assertNull(UsageFormat.ofAccept(List.of(MediaType.APPLICATION_JSON_TYPE, new MediaType("text", "csv"))));
        assertEquals(UsageFormat.PDF, UsageFormat.ofParam("PDF"));
        assertNull(UsageFormat.ofParam("json"));
    }
}
