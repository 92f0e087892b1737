package de.deutsch4u.report;

import de.deutsch4u.common.Messages;
import de.deutsch4u.course.FundingLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The usage report as a table for the downloads: German headings (contract §5), one line per row, then the
 * totals as the line {@code Gesamt}; and the heading lines (period, filters, time produced) of XLSX and PDF.
 */
final class UsageTable {

    static final List<String> COLUMNS = List.of(
            "key",
            "name",
            "courses",
            "sessionsHeld",
            "sessionsCancelled",
            "unitsHeld",
            "participants",
            "participantUnits",
            "attendanceRate",
            "utilisation");
    /** The first two columns are text, the next six whole numbers, the last two rates (0…1, 4 decimals). */
    static final int FIRST_RATE_COLUMN = 8;

    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private UsageTable() {}

    static List<String> headings() {
        return COLUMNS.stream()
                .map(column -> text("reports_usage.column." + column))
                .toList();
    }

    /** The cells of each line as values: String, Long, or BigDecimal/null for the rates. */
    static List<List<Object>> lines(UsageReport report) {
        List<List<Object>> lines = new ArrayList<>();
        for (UsageRow row : report.getRows()) {
            lines.add(cells(String.valueOf(row.getKey()), row.getName(), row.getFigures()));
        }
        lines.add(cells(text("reports_usage.total"), "", report.getTotals()));
        return lines;
    }

    private static List<Object> cells(String key, String name, UsageFigures f) {
        List<Object> cells = new ArrayList<>();
        cells.add(key);
        cells.add(name);
        cells.add(f.courses());
        cells.add(f.sessionsHeld());
        cells.add(f.sessionsCancelled());
        cells.add(f.unitsHeld());
        cells.add(f.participants());
        cells.add(f.participantUnits());
        cells.add(f.attendanceRate());
        cells.add(f.utilisation());
        return cells;
    }

    /** Period, grouping, funding line, the provider of a PROVIDER's report, and when it was produced. */
    static List<String> headingLines(UsageReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(text("reports_usage.period", report.getFrom(), report.getTo()));
        lines.add(text(
                "reports_usage.groupBy", text("GroupBy." + report.getGrouping().name())));
        FundingLine line = report.getFundingLine();
        lines.add(text(
                "reports_usage.fundingLine",
                line == null ? text("reports_usage.allFundingLines") : text("FundingLine." + line.name())));
        if (report.getProviderName() != null) {
            lines.add(text("reports_usage.provider", report.getProviderName()));
        }
        lines.add(text("reports_usage.producedAt", report.getProducedAt().format(PRODUCED)));
        return lines;
    }

    /** A rate with a decimal comma and its 4 decimals (0,8333); empty for null. */
    static String germanDecimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    /** A rate for people to read (0.8333 becomes 83,3 %, contract §9); empty for null. */
    static String germanPercent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(Messages.GERMAN);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        percent.setRoundingMode(RoundingMode.HALF_UP);
        return percent.format(value);
    }

    static String title() {
        return text("reports_usage.title");
    }

    /** E.g. nutzungsbericht-traeger-2026-01-01-bis-2026-06-30.csv (ASCII only, safe in every browser). */
    static String fileName(UsageReport report, String extension) {
        String fundingLine = report.getFundingLine() == null ? "" : "-" + fileWord(report.getFundingLine());
        return "nutzungsbericht-" + fileWord(GroupBy.ofParam(report.getGroupBy())) + fundingLine + "-"
                + report.getFrom() + "-bis-" + report.getTo() + "." + extension;
    }

    /** The German word for the rows in a file name, without umlauts. */
    static String fileWord(GroupBy groupBy) {
        return switch (groupBy) {
            case COURSE -> "kurse";
            case LOCATION -> "standorte";
            case PROVIDER -> "traeger";
            case DISTRICT -> "kreise";
            case REGION -> "regierungsbezirke";
        };
    }

    static String fileWord(FundingLine fundingLine) {
        return switch (fundingLine) {
            case STATE -> "landesmittel";
            case AMIF -> "amif";
        };
    }

    static String text(String key, Object... args) {
        return Messages.get(Messages.GERMAN, key, args);
    }
}
