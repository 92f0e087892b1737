package de.deutsch4u.report;

import de.deutsch4u.common.export.SpreadsheetText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The usage report as CSV for a German Excel (contract §5): UTF-8 with BOM, semicolons, decimal comma,
 * CRLF, null as an empty cell. Only the table, headings first, so that programs can read it too.
 */
final class UsageCsv {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    private UsageCsv() {}

    static byte[] write(UsageReport report) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(UsageTable.headings());
            for (List<Object> line : UsageTable.lines(report)) {
                csv.printRecord(line.stream().map(UsageCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal
                ? UsageTable.germanDecimal(decimal)
                : SpreadsheetText.safe(value.toString());
    }
}
