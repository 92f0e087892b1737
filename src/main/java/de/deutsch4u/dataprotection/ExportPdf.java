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
import java.util.Locale;

/**
 * The Art. 15 export as a German A4 document: the same content as the JSON. Headings and labels can carry a second
 * language below the German, one of the privacy notice's (issue 13), so the person can read what the document is.
 */
final class ExportPdf {

    private static final DateTimeFormatter GERMAN_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

    /** The second language of headings and labels; null for German only. */
    private final Locale second;

    private ExportPdf(Locale second) {
        this.second = second;
    }

    /** The PDF; {@code second} is a language of {@link ExportLanguages#CHOICES}, or null for German only. */
    static byte[] render(ParticipantExport export, Locale second) {
        return new ExportPdf(second).render(export);
    }

    private byte[] render(ParticipantExport export) {
        ParticipantView p = export.participant();
        return A4Document.render(A4Document.Orientation.PORTRAIT, "Deutsch 4U", Messages.GERMAN, doc -> {
            doc.title(label(doc, "export.title"));
            doc.paragraph(label(doc, "export.intro", A4Document.date(Today.date())));
            doc.emphasis(p.firstName() + " " + p.lastName());
            doc.facts(
                    new String[] {label(doc, "export.number"), String.valueOf(p.id())},
                    new String[] {label(doc, "general.latinName"), orEmpty(p.latinName())},
                    new String[] {label(doc, "export.birthYear"), String.valueOf(p.birthYear())},
                    new String[] {label(doc, "export.gender"), doc.text("Gender." + p.gender())},
                    new String[] {
                        label(doc, "export.countryOfOrigin"), Countries.label(p.countryOfOrigin(), doc.locale())
                    },
                    new String[] {
                        label(doc, "export.nationality"),
                        p.nationality() == null ? "" : Countries.label(p.nationality(), doc.locale())
                    },
                    new String[] {label(doc, "export.firstLanguages"), orEmpty(p.firstLanguages())},
                    new String[] {
                        label(doc, "export.residenceStatus"),
                        p.residenceStatus() == null ? "" : doc.text("ResidenceStatus." + p.residenceStatus())
                    },
                    new String[] {
                        label(doc, "export.languageLevel"),
                        p.languageLevel() == null ? "" : doc.text("CourseLevel." + p.languageLevel())
                    },
                    new String[] {label(doc, "export.phone"), orEmpty(p.phone())});
            doc.space(8);
            doc.emphasis(label(doc, "export.consents"));
            export.consents()
                    .forEach(c -> doc.paragraph(doc.text(
                            "export.consentValue", A4Document.date(c.date()), c.recordedBy(), c.textVersion())));
            doc.emphasis(label(doc, "export.enrollments"));
            table(
                    doc,
                    export.enrollments(),
                    new String[] {"export.course", "export.status", "export.from", "export.withdrawal"},
                    e -> new String[] {
                        String.valueOf(e.courseId()),
                        doc.text("EnrollmentStatus." + e.status()),
                        A4Document.date(e.fromDate()),
                        withdrawal(e)
                    });
            doc.emphasis(label(doc, "export.attendance"));
            table(
                    doc,
                    export.attendance(),
                    new String[] {"export.date", "export.session", "export.course", "export.status"},
                    a -> new String[] {
                        A4Document.date(a.date()),
                        String.valueOf(a.sessionId()),
                        String.valueOf(a.courseId()),
                        a.status() == null ? "" : doc.text("AttendanceStatus." + a.status())
                    });
            doc.emphasis(label(doc, "export.documents"));
            if (export.documents().isEmpty()) {
                doc.paragraph(label(doc, "export.none"));
            }
            export.documents()
                    .forEach(d -> doc.paragraph(doc.text("export.document." + d.type(), d.courseId(), d.month())));
            doc.emphasis(label(doc, "export.accessLog"));
            table(
                    doc,
                    export.accessLog(),
                    new String[] {"export.at", "export.user", "export.action"},
                    (AuditView a) -> new String[] {
                        a.at().format(GERMAN_TIME),
                        a.username(),
                        doc.text("audit.action." + a.action()) + " (" + doc.text("audit.entity." + a.entity()) + " "
                                + a.entityId() + ")"
                    });
        });
    }

    private static String withdrawal(EnrollmentView e) {
        return e.withdrawalDate() == null ? "" : A4Document.date(e.withdrawalDate());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The German text of {@code key}, and below it the text in the second language, if one was chosen. */
    private String label(A4Document doc, String key, Object... args) {
        String german = doc.text(key, args);
        return second == null ? german : german + "\n" + ExportLanguages.text(second, key, args);
    }

    private <T> void table(
            A4Document doc, List<T> rows, String[] headings, java.util.function.Function<T, String[]> cells) {
        if (rows.isEmpty()) {
            doc.paragraph(label(doc, "export.none"));
            return;
        }
        float[] widths = new float[headings.length];
        java.util.Arrays.fill(widths, 1);
        PdfPTable table = doc.headedTable(
                java.util.Arrays.stream(headings).map(key -> label(doc, key)).toList(), widths);
        for (T row : rows) {
            for (String cell : cells.apply(row)) {
                table.addCell(A4Document.cell(cell));
            }
        }
        doc.add(table);
    }
}
