package de.deutsch4u.dataprotection;

import com.lowagie.text.pdf.PdfPTable;
import de.deutsch4u.audit.AuditView;
import de.deutsch4u.common.Messages;
import de.deutsch4u.common.Today;
import de.deutsch4u.common.pdf.A4Document;
import de.deutsch4u.enrollment.EnrollmentView;
import de.deutsch4u.participant.Countries;
import de.deutsch4u.participant.ParticipantView;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The Art. 15 export as a German A4 document: the same content as the JSON. */
final class ExportPdf {

    private static final DateTimeFormatter GERMAN_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

    private ExportPdf() {
    }

    static byte[] render(ParticipantExport export) {
        ParticipantView p = export.participant();
        return A4Document.render(A4Document.Orientation.PORTRAIT, "Deutsch 4U", Messages.GERMAN, doc -> {
            doc.title(doc.text("export.title"));
            doc.paragraph(doc.text("export.intro", A4Document.date(Today.date())));
            doc.emphasis(p.firstName() + " " + p.lastName());
            doc.facts(new String[] {doc.text("export.number"), String.valueOf(p.id())},
                    new String[] {doc.text("general.latinName"), orEmpty(p.latinName())},
                    new String[] {doc.text("export.birthYear"), String.valueOf(p.birthYear())},
                    new String[] {doc.text("export.gender"), doc.text("Gender." + p.gender())},
                    new String[] {doc.text("export.countryOfOrigin"), Countries.label(p.countryOfOrigin(), doc.locale())},
                    new String[] {doc.text("export.nationality"), p.nationality() == null ? "" : Countries.label(p.nationality(), doc.locale())},
                    new String[] {doc.text("export.firstLanguages"), orEmpty(p.firstLanguages())},
                    new String[] {doc.text("export.residenceStatus"), p.residenceStatus() == null ? ""
                            : doc.text("ResidenceStatus." + p.residenceStatus())},
                    new String[] {doc.text("export.languageLevel"), p.languageLevel() == null ? ""
                            : doc.text("CourseLevel." + p.languageLevel())},
                    new String[] {doc.text("export.phone"), orEmpty(p.phone())});
            doc.space(8);
            doc.emphasis(doc.text("export.consents"));
            export.consents().forEach(c -> doc.paragraph(doc.text("export.consentValue", A4Document.date(c.date()),
                    c.recordedBy(), c.textVersion())));
            doc.emphasis(doc.text("export.enrollments"));
            table(doc, export.enrollments(), new String[] {"export.course", "export.status", "export.from", "export.withdrawal"},
                    e -> new String[] {String.valueOf(e.courseId()), doc.text("EnrollmentStatus." + e.status()),
                            A4Document.date(e.fromDate()), withdrawal(e)});
            doc.emphasis(doc.text("export.attendance"));
            table(doc, export.attendance(), new String[] {"export.date", "export.session", "export.course", "export.status"},
                    a -> new String[] {A4Document.date(a.date()), String.valueOf(a.sessionId()), String.valueOf(a.courseId()),
                            a.status() == null ? "" : doc.text("AttendanceStatus." + a.status())});
            doc.emphasis(doc.text("export.documents"));
            if (export.documents().isEmpty()) {
                doc.paragraph(doc.text("export.none"));
            }
            export.documents().forEach(d -> doc.paragraph(doc.text("export.document." + d.type(), d.courseId(), d.month())));
            doc.emphasis(doc.text("export.accessLog"));
            table(doc, export.accessLog(), new String[] {"export.at", "export.user", "export.action"},
                    (AuditView a) -> new String[] {a.at().format(GERMAN_TIME), a.username(), doc.text("audit.action." + a.action())
                            + " (" + doc.text("audit.entity." + a.entity()) + " " + a.entityId() + ")"});
        });
    }

    private static String withdrawal(EnrollmentView e) {
        return e.withdrawalDate() == null ? "" : A4Document.date(e.withdrawalDate());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static <T> void table(A4Document doc, List<T> rows, String[] headings, java.util.function.Function<T, String[]> cells) {
        if (rows.isEmpty()) {
            doc.paragraph(doc.text("export.none"));
            return;
        }
        float[] widths = new float[headings.length];
        java.util.Arrays.fill(widths, 1);
        PdfPTable table = doc.headedTable(java.util.Arrays.stream(headings).map(doc::text).toList(), widths);
        for (T row : rows) {
            for (String cell : cells.apply(row)) {
                table.addCell(A4Document.cell(cell));
            }
        }
        doc.add(table);
    }
}
