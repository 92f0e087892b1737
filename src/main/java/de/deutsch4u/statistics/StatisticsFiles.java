package de.deutsch4u.statistics;

import static de.deutsch4u.common.export.SpreadsheetText.safe;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Messages;
import de.deutsch4u.common.Today;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The participant statistics as CSV (for a German Excel, as the usage report: UTF-8 with BOM, ";", CRLF,
 * only the table) or XLSX (title, period, filters and time produced above the table). A hidden count is
 * the text "&lt;3" in both; every other count is a number.
 */
public enum StatisticsFiles {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();
    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final String mediaType;
    private final String extension;

    StatisticsFiles(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** E.g. teilnehmendenstatistik-2026-01-01-bis-2026-06-30.csv (ASCII only). */
    public String fileName(ParticipantStatistics statistics) {
        return "teilnehmendenstatistik-" + statistics.from() + "-bis-" + statistics.to() + "." + extension;
    }

    public byte[] write(ParticipantStatistics statistics) {
        return this == CSV ? csv(statistics) : xlsx(statistics, LocalDateTime.now(Today.ZONE));
    }

    /** The format parameter: csv or xlsx; empty or json means JSON (null); anything else is a 400. */
    public static StatisticsFiles ofParam(String value) {
        if (value == null || value.isBlank() || "json".equalsIgnoreCase(value.strip())) {
            return null;
        }
        for (StatisticsFiles format : values()) {
            if (format.extension.equalsIgnoreCase(value.strip())) {
                return format;
            }
        }
        throw BusinessException.invalidField("format", "violation.format.unknown");
    }

    static byte[] csv(ParticipantStatistics statistics) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(StatisticsTable.headings(Messages.GERMAN));
            for (StatisticsTable.Line line : StatisticsTable.lines(statistics, Messages.GERMAN)) {
                csv.printRecord(safe(line.dimension()), safe(line.key()), safe(line.label()), line.count());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(ParticipantStatistics statistics, LocalDateTime produced) {
        Locale de = Messages.GERMAN;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String title = StatisticsTable.text(de, "statistics.title");
            Sheet sheet = workbook.createSheet(title);
            CellStyle bold = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            List<String> heading = new ArrayList<>(headingLines(statistics, de));
            heading.add(StatisticsTable.text(de, "reports_usage.producedAt", produced.format(PRODUCED)));
            for (String line : heading) {
                sheet.createRow(r++).createCell(0).setCellValue(safe(line));
            }
            r++;
            Row headings = sheet.createRow(r++);
            List<String> names = StatisticsTable.headings(de);
            for (int c = 0; c < names.size(); c++) {
                headings.createCell(c).setCellValue(names.get(c));
                headings.getCell(c).setCellStyle(bold);
            }
            for (StatisticsTable.Line line : StatisticsTable.lines(statistics, de)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(safe(line.dimension()));
                row.createCell(1).setCellValue(safe(line.key()));
                row.createCell(2).setCellValue(safe(line.label()));
                if (Cell.isHiddenText(line.count())) {
                    row.createCell(3).setCellValue(line.count());
                } else {
                    row.createCell(3).setCellValue(Long.parseLong(line.count()));
                }
                if (line.total()) {
                    row.getCell(2).setCellStyle(bold);
                }
            }
            sheet.setColumnWidth(0, 28 * 256);
            sheet.setColumnWidth(1, 18 * 256);
            sheet.setColumnWidth(2, 40 * 256);
            sheet.setColumnWidth(3, 12 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Period, funding line, and a note when small counts are hidden. */
    static List<String> headingLines(ParticipantStatistics statistics, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(StatisticsTable.text(locale, "reports_usage.period", statistics.from(), statistics.to()));
        lines.add(StatisticsTable.text(
                locale,
                "reports_usage.fundingLine",
                statistics.fundingLine() == null
                        ? StatisticsTable.text(locale, "reports_usage.allFundingLines")
                        : StatisticsTable.text(
                                locale,
                                "FundingLine." + statistics.fundingLine().name())));
        if (statistics.suppressed()) {
            lines.add(StatisticsTable.text(locale, "statistics.suppressedNote"));
        }
        return lines;
    }
}
