package de.deutsch4u.report;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.deutsch4u.common.Messages;
import de.deutsch4u.common.pdf.A4Document;
import de.deutsch4u.common.pdf.PdfFonts;
import java.math.BigDecimal;
import java.util.List;

/**
 * The usage report as a PDF on landscape A4 (common.pdf: embedded fonts for names in any script, page
 * numbers): title, period, filters and time produced, then the table with the totals as its last line.
 */
final class UsagePdf {

    /** Smaller than running text, so that ten columns fit without breaking the headings inside words. */
    private static final float TABLE_SIZE = 8;

    private static final float[] WIDTHS = {10, 26, 7, 10, 11, 9, 11, 10, 15, 11};

    private UsagePdf() {}

    static byte[] write(UsageReport report) {
        return A4Document.render(A4Document.Orientation.LANDSCAPE, UsageTable.title(), Messages.GERMAN, document -> {
            document.title(UsageTable.title());
            for (String line : UsageTable.headingLines(report)) {
                document.paragraph(line);
            }
            PdfPTable table = A4Document.table(WIDTHS);
            for (String heading : UsageTable.headings()) {
                PdfPCell cell = new PdfPCell(PdfFonts.bold(heading, TABLE_SIZE));
                cell.setGrayFill(0.9f);
                cell.setPadding(3);
                table.addCell(cell);
            }
            List<List<Object>> lines = UsageTable.lines(report);
            for (int i = 0; i < lines.size(); i++) {
                boolean totals = i == lines.size() - 1;
                for (Object value : lines.get(i)) {
                    String text = text(value);
                    Phrase phrase = totals ? PdfFonts.bold(text, TABLE_SIZE) : PdfFonts.regular(text, TABLE_SIZE);
                    PdfPCell cell = new PdfPCell(phrase);
                    cell.setPadding(3);
                    cell.setRunDirection(PdfFonts.runDirection(text));
                    if (!(value instanceof String)) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    table.addCell(cell);
                }
            }
            document.add(table);
        });
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return UsageTable.germanPercent(decimal);
        }
        return value == null ? "" : value.toString();
    }
}
