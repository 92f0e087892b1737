package de.deutsch4u.report;

import de.deutsch4u.common.export.SpreadsheetText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The usage report as an Excel workbook: title, period, filters and time produced above the table; the
 * figures as numbers (rates with 4 decimals), so that people can go on calculating with them.
 */
final class UsageXlsx {

    private UsageXlsx() {}

    static byte[] write(UsageReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(UsageTable.title());
            CellStyle bold = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            CellStyle rate = workbook.createCellStyle();
            rate.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));

            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(UsageTable.title());
            title.getCell(0).setCellStyle(bold);
            for (String line : UsageTable.headingLines(report)) {
                sheet.createRow(r++).createCell(0).setCellValue(SpreadsheetText.safe(line));
            }
            r++;
            Row headings = sheet.createRow(r++);
            List<String> names = UsageTable.headings();
            for (int c = 0; c < names.size(); c++) {
                headings.createCell(c).setCellValue(names.get(c));
                headings.getCell(c).setCellStyle(bold);
            }
            List<List<Object>> lines = UsageTable.lines(report);
            for (int i = 0; i < lines.size(); i++) {
                Row row = sheet.createRow(r++);
                write(row, lines.get(i), rate);
                if (i == lines.size() - 1) {
                    row.getCell(0).setCellStyle(bold);
                }
            }
            sheet.createFreezePane(0, r - lines.size());
            sheet.setColumnWidth(0, 12 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            for (int c = 2; c < names.size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<Object> cells, CellStyle rate) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof Long number) {
                row.createCell(c).setCellValue(number);
            } else if (value instanceof BigDecimal decimal) {
                row.createCell(c).setCellValue(decimal.doubleValue());
                row.getCell(c).setCellStyle(rate);
            } else if (value != null) {
                row.createCell(c).setCellValue(SpreadsheetText.safe(value.toString()));
            } else {
                row.createCell(c);
            }
        }
    }
}
