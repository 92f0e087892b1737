package de.deutsch4u.common.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import de.deutsch4u.common.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A printable A4 document: the caller adds the content, {@link #render} puts a header line on top of
 * every page and "Seite x von y" at the bottom. Text that may hold names goes into table cells, where
 * OpenPDF applies the bidirectional algorithm and joins Arabic letters (plain paragraphs would not).
 */
public final class A4Document {

    public static final float TEXT_SIZE = 10;
    private static final float MARGIN = 56.7f; // 2 cm
    private static final float HEADER_SIZE = 8;
    private static final float CELL_PADDING = 4;
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public enum Orientation {
        PORTRAIT,
        LANDSCAPE
    }

    /** Writes the document's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(A4Document document);
    }

    private final Document document;
    private final Locale locale;

    private A4Document(Document document, Locale locale) {
        this.document = document;
        this.locale = locale;
    }

    /**
     * The finished PDF: {@code content} adds the body; every page gets {@code header} on top and the page
     * numbers (bundle key pdf.page, "Seite {0} von {1}") at the bottom, both in the language of {@code locale}.
     */
    public static byte[] render(Orientation orientation, String header, Locale locale, Content content) {
        Rectangle size = orientation == Orientation.LANDSCAPE ? PageSize.A4.rotate() : PageSize.A4;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Document document = new Document(size, MARGIN, MARGIN, MARGIN + 14, MARGIN);
        PdfWriter.getInstance(document, body);
        document.open();
        content.writeTo(new A4Document(document, Messages.supported(locale)));
        document.close();
        return withHeaderAndPageNumbers(body.toByteArray(), header, Messages.supported(locale));
    }

    /** A second pass, because "von y" is known only when every page is written. */
    private static byte[] withHeaderAndPageNumbers(byte[] pdf, String header, Locale locale) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle box = reader.getPageSize(page);
                PdfContentByte over = stamper.getOverContent(page);
                if (header != null && !header.isBlank()) {
                    ColumnText.showTextAligned(
                            over,
                            Element.ALIGN_LEFT,
                            PdfFonts.regular(header, HEADER_SIZE),
                            MARGIN,
                            box.getHeight() - MARGIN + 20,
                            0,
                            PdfWriter.RUN_DIRECTION_LTR,
                            0);
                }
                Phrase pageOf = PdfFonts.regular(Messages.get(locale, "pdf.page", page, pages), HEADER_SIZE);
                ColumnText.showTextAligned(over, Element.ALIGN_RIGHT, pageOf, box.getWidth() - MARGIN, MARGIN - 24, 0);
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** dd.MM.yyyy, as dates are written in German documents; empty for null. */
    public static String date(LocalDate date) {
        return date == null ? "" : date.format(GERMAN_DATE);
    }

    /** A text of the bundle in the document's language. */
    public String text(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    public Locale locale() {
        return locale;
    }

    /** A bold heading with some space below. */
    public void title(String text) {
        PdfPCell cell = plainCell(PdfFonts.bold(text, 16), PdfFonts.runDirection(text));
        cell.setPaddingBottom(14);
        add(oneCell(cell));
    }

    /** A paragraph of running text (may contain names in any script). */
    public void paragraph(String text) {
        PdfPCell cell = plainCell(PdfFonts.regular(text, TEXT_SIZE), PdfWriter.RUN_DIRECTION_LTR);
        cell.setPaddingBottom(8);
        add(oneCell(cell));
    }

    /**
     * A prominent line, e.g. the name a certificate is for. Left-aligned like the text around it; an
     * Arabic name in it still reads right to left with joined letters (the bidi algorithm runs in LTR too).
     */
    public void emphasis(String text) {
        PdfPCell cell = plainCell(PdfFonts.bold(text, 14), PdfWriter.RUN_DIRECTION_LTR);
        cell.setPaddingBottom(8);
        add(oneCell(cell));
    }

    /** Label/value lines without borders: each entry of {@code lines} is {label, value}. */
    public void facts(String[]... lines) {
        PdfPTable table = plainTable(1, 2);
        for (String[] line : lines) {
            table.addCell(plainCell(line[0], true));
            table.addCell(plainCell(line[1], false));
        }
        add(table);
    }

    /** A line to sign on, half the width, with {@code caption} below it. */
    public void signatureLine(String caption) {
        PdfPTable table = plainTable(1, 1);
        PdfPCell line = plainCell(caption, false);
        line.setBorder(Rectangle.TOP);
        line.setPaddingTop(4);
        table.addCell(line);
        table.addCell(plainCell("", false));
        add(table);
    }

    /** Vertical space in points. */
    public void space(float points) {
        PdfPCell cell = plainCell(new Phrase(""), PdfWriter.RUN_DIRECTION_LTR);
        cell.setFixedHeight(points);
        add(oneCell(cell));
    }

    /** Any element, usually a table from {@link #table}. */
    public void add(Element element) {
        document.add(element);
    }

    /** A full-width table with the given relative column widths; its first row repeats on every page. */
    public static PdfPTable table(float... relativeWidths) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(8);
        return table;
    }

    /**
     * A full-width table with a bold header row of {@code headings} that repeats on every page. Each column
     * is at least as wide as the longest word of its heading, so a heading breaks between words, never inside
     * one ("Förderkennzeichen"); the rest of the width is shared by {@code relativeWidths}.
     */
    public PdfPTable headedTable(List<String> headings, float... relativeWidths) {
        float[] minimum = new float[headings.size()];
        for (int i = 0; i < minimum.length; i++) {
            minimum[i] = PdfFonts.widestWordWidth(headings.get(i), TEXT_SIZE) + 2 * CELL_PADDING + 1;
        }
        PdfPTable table = table(ColumnWidths.fit(relativeWidths, minimum, document.right() - document.left()));
        headings.forEach(heading -> table.addCell(headerCell(heading)));
        return table;
    }

    /** A full-width table without a repeated header row, e.g. label/value pairs. */
    public static PdfPTable plainTable(float... relativeWidths) {
        PdfPTable table = table(relativeWidths);
        table.setHeaderRows(0);
        return table;
    }

    /** A bordered table cell; right to left if the text is in Arabic script. */
    public static PdfPCell cell(String text) {
        PdfPCell cell = new PdfPCell(PdfFonts.regular(text, TEXT_SIZE));
        cell.setRunDirection(PdfFonts.runDirection(text));
        cell.setPadding(4);
        return cell;
    }

    /** A bordered, bold, shaded header cell. */
    public static PdfPCell headerCell(String text) {
        PdfPCell cell = new PdfPCell(PdfFonts.bold(text, TEXT_SIZE));
        cell.setRunDirection(PdfFonts.runDirection(text));
        cell.setGrayFill(0.9f);
        cell.setPadding(CELL_PADDING);
        return cell;
    }

    /** A cell without border, e.g. for label/value lines; right to left if the text is in Arabic script. */
    public static PdfPCell plainCell(String text, boolean bold) {
        return plainCell(
                bold ? PdfFonts.bold(text, TEXT_SIZE) : PdfFonts.regular(text, TEXT_SIZE), PdfFonts.runDirection(text));
    }

    private static PdfPCell plainCell(Phrase phrase, int runDirection) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setRunDirection(runDirection);
        cell.setPadding(0);
        cell.setPaddingBottom(4);
        return cell;
    }

    private static PdfPTable oneCell(PdfPCell cell) {
        PdfPTable table = plainTable(1);
        table.setSpacingAfter(0);
        table.addCell(cell);
        return table;
    }
}
