package de.deutsch4u.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

/** The usage report as a PDF on landscape A4: title, period, filters, time produced, then the table. */
final class UsagePdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Color HEADING_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);
    private static final float[] WIDTHS = {10, 26, 7, 10, 11, 9, 11, 10, 15, 11};

    private UsagePdf() {
    }

    static byte[] write(UsageReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(UsageTable.title());
        document.open();
        document.add(new Paragraph(UsageTable.title(), TITLE));
        for (String line : UsageTable.headingLines(report)) {
            document.add(new Paragraph(line, TEXT));
        }
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        for (String heading : UsageTable.headings()) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, BOLD));
            cell.setBackgroundColor(HEADING_BACKGROUND);
            table.addCell(cell);
        }
        List<List<Object>> lines = UsageTable.lines(report);
        for (int i = 0; i < lines.size(); i++) {
            Font font = i == lines.size() - 1 ? BOLD : TEXT;
            for (Object value : lines.get(i)) {
                PdfPCell cell = new PdfPCell(new Phrase(text(value), font));
                if (!(value instanceof String)) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return UsageTable.germanDecimal(decimal);
        }
        return value == null ? "" : value.toString();
    }
}
