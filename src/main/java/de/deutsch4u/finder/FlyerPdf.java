package de.deutsch4u.finder;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.deutsch4u.common.GermanFormats;
import de.deutsch4u.common.Messages;
import de.deutsch4u.common.pdf.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one-page flyer of a public course (contract §11), A4 or A5: every label in German and, below it, in a
 * second language; the QR code holds the course's public link. Only what the finder shows is printed.
 */
final class FlyerPdf {

    enum Format {
        A4(PageSize.A4, 1f),
        A5(PageSize.A5, 0.75f);

        final Rectangle page;
        final float scale;

        Format(Rectangle page, float scale) {
            this.page = page;
            this.scale = scale;
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PublicCourse course;
    private final Format format;
    private final Locale second;
    private final String link;

    private FlyerPdf(PublicCourse course, Format format, Locale second, String link) {
        this.course = course;
        this.format = format;
        this.second = second;
        this.link = link;
    }

    /** The PDF; {@code second} is German for a German-only flyer. */
    static byte[] render(PublicCourse course, Format format, Locale second, String link) {
        return new FlyerPdf(course, format, second, link).render();
    }

    private byte[] render() {
        float margin = 42 * format.scale;
        Document document = new Document(format.page, margin, margin, margin, margin);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        document.addTitle(course.title());
        document.open();
        try {
            document.add(paragraph(PdfFonts.bold(course.title(), 26 * format.scale), 4));
            document.add(paragraph(PdfFonts.regular(both("flyer.subtitle", course.level()), 13 * format.scale), 14));
            document.add(facts());
            document.add(qrCode());
        } catch (DocumentException e) {
            throw new IllegalStateException("flyer of course " + course.id(), e);
        }
        document.close();
        return out.toByteArray();
    }

    private PdfPTable facts() {
        PdfPTable table = new PdfPTable(new float[] {1f, 2f});
        table.setWidthPercentage(100);
        PublicCourse.PublicLocation where = course.location();
        row(table, "flyer.where", where.name() + "\n" + where.address() + "\n" + where.districtName());
        row(
                table,
                "flyer.when",
                weekdays(Locale.GERMAN) + (isGermanOnly() ? "" : " / " + weekdays(second)) + "\n"
                        + TIME.format(course.startTime()) + "–" + TIME.format(course.endTime()));
        row(
                table,
                "flyer.period",
                GermanFormats.date(course.startDate()) + " – " + GermanFormats.date(course.endDate()));
        row(
                table,
                "flyer.places",
                course.waitingList()
                        ? both("flyer.waitingList")
                        : both(course.freePlaces() == 1 ? "flyer.freePlace" : "flyer.freePlaces", course.freePlaces()));
        row(table, "flyer.childcare", both(course.childcare() ? "flyer.childcare.yes" : "flyer.childcare.no"));
        if (!course.supportLanguages().isEmpty()) {
            row(
                    table,
                    "flyer.languages",
                    course.supportLanguages().stream()
                            .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.GERMAN))
                            .collect(Collectors.joining(", ")));
        }
        row(table, "flyer.provider", course.provider());
        List<String> contact = new ArrayList<>();
        if (where.phone() != null) {
            contact.add(where.phone());
        }
        if (where.email() != null) {
            contact.add(where.email());
        }
        if (!contact.isEmpty()) {
            row(table, "flyer.contact", String.join("\n", contact));
        }
        return table;
    }

    private Element qrCode() throws DocumentException {
        QrCode qr = QrCode.of(link);
        Image image = Image.getInstance(qr.size(), qr.size(), 1, 8, qr.grey());
        float side = 150 * format.scale;
        image.scaleAbsolute(side, side);
        PdfPTable table = new PdfPTable(new float[] {1f, 2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(18 * format.scale);
        PdfPCell picture = new PdfPCell(image, false);
        picture.setBorder(Rectangle.NO_BORDER);
        table.addCell(picture);
        PdfPCell text = cell(both("flyer.qr") + "\n" + link, 11);
        text.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(text);
        return table;
    }

    private void row(PdfPTable table, String labelKey, String value) {
        PdfPCell label = new PdfPCell(PdfFonts.bold(both(labelKey), 11 * format.scale));
        label.setBorder(Rectangle.BOTTOM);
        label.setPadding(5 * format.scale);
        table.addCell(label);
        table.addCell(cell(value, 12));
    }

    private PdfPCell cell(String text, float size) {
        PdfPCell cell = new PdfPCell(PdfFonts.regular(text, size * format.scale));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setPadding(5 * format.scale);
        cell.setRunDirection(PdfFonts.runDirection(text));
        return cell;
    }

    private static Paragraph paragraph(com.lowagie.text.Phrase phrase, float spacingAfter) {
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    /** The text in German and, on the next line, in the second language ("Kursort\nLocation"). */
    private String both(String key, Object... args) {
        String german = Messages.get(Locale.GERMAN, key, args);
        return isGermanOnly() ? german : german + "\n" + FlyerLanguages.text(second, key, args);
    }

    private String weekdays(Locale language) {
        return course.weekdays().stream()
                .map(DayOfWeek::name)
                .map(day -> FlyerLanguages.text(language, "DayOfWeek." + day))
                .collect(Collectors.joining(", "));
    }

    private boolean isGermanOnly() {
        return second.getLanguage().equals(Locale.GERMAN.getLanguage());
    }
}
