package de.deutsch4u.statistics;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.deutsch4u.common.Messages;
import de.deutsch4u.common.pdf.A4Document;
import de.deutsch4u.course.FundingLine;
import de.deutsch4u.report.FundingCourse;
import de.deutsch4u.report.FundingSum;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * The funding statement as a German A4 PDF (landscape): provider, year, funding line and version; the
 * funding figures per location and course with their sum (report.FundingReportService, not recomputed);
 * then the participant statistics of the year with small cells hidden.
 */
public record StatementPdf(
        String providerName,
        int year,
        FundingLine fundingLine,
        String version,
        LocalDateTime producedAt,
        List<CourseLine> courses,
        FundingSum sum,
        ParticipantStatistics statistics) {

    /** One course with its location and open months. */
    public record CourseLine(String location, FundingCourse figures, int openMonths) implements Serializable {}

    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    byte[] render() {
        String line = Messages.get(Messages.GERMAN, "FundingLine." + fundingLine.name());
        String title = Messages.get(Messages.GERMAN, "statement.title", String.valueOf(year), line);
        return A4Document.render(
                A4Document.Orientation.LANDSCAPE, providerName + " – " + title, Messages.GERMAN, doc -> {
                    doc.title(title);
                    doc.facts(
                            new String[] {doc.text("statement.provider"), providerName},
                            new String[] {doc.text("statement.year"), String.valueOf(year)},
                            new String[] {doc.text("statement.fundingLine"), line},
                            new String[] {
                                doc.text("statement.version"), version == null ? doc.text("statement.preview") : version
                            },
                            new String[] {doc.text("statement.producedAt"), producedAt.format(PRODUCED)});
                    doc.emphasis(doc.text("statement.numbers"));
                    if (courses.isEmpty()) {
                        doc.paragraph(doc.text("statement.noCourses"));
                    } else {
                        doc.add(fundingTable(doc));
                        doc.paragraph(doc.text("statement.openMonthsNote"));
                    }
                    doc.emphasis(doc.text("statement.statistics"));
                    if (statistics.suppressed()) {
                        doc.paragraph(doc.text("statistics.suppressedNote"));
                    }
                    doc.add(statisticsTable(doc));
                });
    }

    private PdfPTable fundingTable(A4Document doc) {
        List<String> headings = Stream.of(
                        "statement.location",
                        "statement.course",
                        "statement.fundingReference",
                        "statement.approvedUnits",
                        "statement.unitsHeld",
                        "statement.childcareUnits",
                        "statement.rate",
                        "statement.cap",
                        "statement.claimable",
                        "statement.openMonths")
                .map(doc::text)
                .toList();
        PdfPTable table = doc.headedTable(headings, 16, 20, 11, 7, 7, 8, 7, 9, 10, 7);
        for (CourseLine course : courses) {
            FundingCourse f = course.figures();
            table.addCell(A4Document.cell(course.location()));
            table.addCell(A4Document.cell(f.title()));
            table.addCell(A4Document.cell(f.fundingReference() == null ? "" : f.fundingReference()));
            table.addCell(number(String.valueOf(f.approvedUnits())));
            table.addCell(number(String.valueOf(f.unitsHeld())));
            table.addCell(number(f.childcareUnits() == null ? "0" : String.valueOf(f.childcareUnits())));
            table.addCell(number(money(f.ratePerUnit())));
            table.addCell(number(money(f.fundingCap())));
            table.addCell(number(f.claimable() == null ? doc.text("statement.noRate") : money(f.claimable())));
            table.addCell(number(String.valueOf(course.openMonths())));
        }
        table.addCell(sumCell(doc.text("statement.sum"), 3));
        table.addCell(number(String.valueOf(sum.approvedUnits())));
        table.addCell(number(String.valueOf(sum.unitsHeld())));
        table.addCell(number(String.valueOf(sum.childcareUnits())));
        table.addCell(sumCell("", 2));
        table.addCell(number(money(sum.claimable())));
        table.addCell(number(
                String.valueOf(courses.stream().mapToInt(CourseLine::openMonths).sum())));
        return table;
    }

    private PdfPTable statisticsTable(A4Document doc) {
        PdfPTable table = doc.headedTable(
                Stream.of("statistics.column.dimension", "statistics.column.category", "statistics.column.count")
                        .map(doc::text)
                        .toList(),
                30,
                50,
                20);
        for (StatisticsTable.Line line : StatisticsTable.lines(statistics, doc.locale())) {
            table.addCell(A4Document.cell(line.dimension()));
            table.addCell(line.total() ? A4Document.headerCell(line.label()) : A4Document.cell(line.label()));
            table.addCell(number(line.count()));
        }
        return table;
    }

    private static PdfPCell number(String text) {
        PdfPCell cell = A4Document.cell(text);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static PdfPCell sumCell(String text, int columns) {
        PdfPCell cell = A4Document.headerCell(text);
        cell.setColspan(columns);
        return cell;
    }

    /** 1.234,50 as written in German; empty for null. */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Messages.GERMAN);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
