package de.deutsch4u.attendance;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.deutsch4u.common.pdf.A4Document;
import de.deutsch4u.common.pdf.PdfFonts;
import de.deutsch4u.course.Course;
import de.deutsch4u.course.FundingLine;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The monthly attendance list (Anwesenheitsliste) of a course as landscape A4: the course's facts, the
 * sessions with time, units and topic, one row per participant with a mark per session and a column for
 * the signature, blank rows for walk-ins, the teacher's signature line, and each person's units.
 */
final class AttendanceListPdf {

    private static final int BLANK_ROWS = 4;
    /** Room for a signature. */
    private static final float ROW_HEIGHT = 24;

    private static final float MARK_SIZE = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AttendanceListPdf() {}

    static byte[] render(MonthSheet sheet, Locale locale) {
        Course course = sheet.course();
        String month = sheet.month().format(DateTimeFormatter.ofPattern("MM/yyyy"));
        return A4Document.render(
                A4Document.Orientation.LANDSCAPE,
                course.getProvider().getName() + " – " + course.getTitle(),
                locale,
                doc -> {
                    doc.title(doc.text("pdf_attendance.title", month));
                    facts(doc, course);
                    sessions(doc, sheet);
                    marks(doc, sheet);
                    doc.paragraph(doc.text("pdf_attendance.legend"));
                    doc.space(24);
                    doc.signatureLine(doc.text(
                            "pdf_attendance.teacherSignature",
                            course.getTeacher().getDisplayName()));
                    if (course.getFundingLine() == FundingLine.AMIF) {
                        doc.space(12);
                        doc.paragraph(doc.text("pdf.amifNotice"));
                    }
                });
    }

    private static void facts(A4Document doc, Course course) {
        doc.facts(
                new String[] {doc.text("general.provider"), course.getProvider().getName()},
                new String[] {
                    doc.text("general.location"),
                    course.getLocation().getName() + ", "
                            + course.getLocation().getStreet() + ", "
                            + course.getLocation().getPostalCode() + " "
                            + course.getLocation().getCity()
                },
                new String[] {doc.text("pdf_attendance.course"), course.getTitle()},
                new String[] {doc.text("general.level"), doc.text("CourseLevel." + course.getLevel())},
                new String[] {doc.text("general.teacher"), course.getTeacher().getDisplayName()},
                new String[] {
                    doc.text("general.fundingLine"),
                    doc.text("FundingLine." + course.getFundingLine())
                            + (course.getFundingReference() == null ? "" : " (" + course.getFundingReference() + ")")
                });
    }

    private static void sessions(A4Document doc, MonthSheet sheet) {
        PdfPTable table = doc.headedTable(
                Stream.of("general.date", "general.time", "general.units", "general.status", "attendance_sheet.topic")
                        .map(doc::text)
                        .toList(),
                2,
                2,
                1,
                2,
                9);
        for (MonthSheet.Session s : sheet.sessions()) {
            table.addCell(A4Document.cell(A4Document.date(s.date())));
            table.addCell(A4Document.cell(
                    s.startTime().format(TIME) + "–" + s.endTime().format(TIME)));
            table.addCell(A4Document.cell(String.valueOf(s.units())));
            table.addCell(A4Document.cell(doc.text("SessionStatus." + s.status())));
            table.addCell(A4Document.cell(s.topic() == null ? "" : s.topic()));
        }
        if (sheet.sessions().isEmpty()) {
            PdfPCell none = A4Document.cell(doc.text("pdf_attendance.noSessions"));
            none.setColspan(5);
            table.addCell(none);
        }
        doc.add(table);
    }

    /** Participants × sessions; held sessions only get marks, the others a dash in the header. */
    private static void marks(A4Document doc, MonthSheet sheet) {
        int sessions = sheet.sessions().size();
        float[] widths = new float[sessions + 3];
        widths[0] = 7;
        for (int i = 1; i <= sessions; i++) {
            widths[i] = 1.3f;
        }
        widths[sessions + 1] = 2.2f;
        widths[sessions + 2] = 6;
        PdfPTable table = A4Document.table(widths);
        table.addCell(A4Document.headerCell(doc.text("general.name")));
        sheet.sessions().forEach(s -> table.addCell(small(s.date().format(DAY), true)));
        table.addCell(A4Document.headerCell(doc.text("pdf_attendance.unitsAttended")));
        table.addCell(A4Document.headerCell(doc.text("pdf_attendance.signature")));
        for (MonthSheet.Person person : sheet.people()) {
            PdfPCell name = A4Document.cell(person.lastName() + ", " + person.firstName());
            name.setMinimumHeight(ROW_HEIGHT);
            table.addCell(name);
            int attended = 0;
            int held = 0;
            for (MonthSheet.Session s : sheet.sessions()) {
                boolean enrolled = person.enrolledAt(s);
                AttendanceStatus mark = sheet.mark(s.id(), person.participantId());
                if ("HELD".equals(s.status()) && enrolled) {
                    held += s.units();
                    attended += mark == AttendanceStatus.PRESENT ? s.units() : 0;
                }
                table.addCell(
                        small(!enrolled ? "–" : mark == null ? "" : doc.text("pdf_attendance.mark." + mark), false));
            }
            table.addCell(A4Document.cell(attended + " / " + held));
            table.addCell(A4Document.cell(""));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            for (int c = 0; c < sessions + 3; c++) {
                PdfPCell blank = A4Document.cell(" ");
                blank.setMinimumHeight(ROW_HEIGHT);
                table.addCell(blank);
            }
        }
        doc.add(table);
    }

    private static PdfPCell small(String text, boolean header) {
        PdfPCell cell = new PdfPCell(header ? PdfFonts.bold(text, MARK_SIZE) : PdfFonts.regular(text, MARK_SIZE));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(2);
        if (header) {
            cell.setGrayFill(0.9f);
        }
        return cell;
    }
}
