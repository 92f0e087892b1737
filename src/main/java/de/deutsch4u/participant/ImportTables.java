package de.deutsch4u.participant;

import de.deutsch4u.common.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an import file into headings and rows of text: CSV with Apache Commons CSV, XLSX with Apache POI. */
final class ImportTables {

    private ImportTables() {
    }

    static ParticipantImport.Table fromCsv(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<ParticipantImport.TableRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() > ParticipantImport.MAX_ROWS) {
                    break;
                }
                rows.add(new ParticipantImport.TableRow((int) parser.getCurrentLineNumber(), record.toMap()));
            }
            return new ParticipantImport.Table(parser.getHeaderNames(), rows);
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw BusinessException.invalidField("file", "violation.import.unreadable");
        }
    }

    /** The first sheet; the first row holds the headings; cells are read as Excel shows them. */
    static ParticipantImport.Table fromXlsx(byte[] file) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.GERMANY);
            List<String> headings = new ArrayList<>();
            if (sheet.getRow(sheet.getFirstRowNum()) != null) {
                sheet.getRow(sheet.getFirstRowNum()).forEach(cell -> headings.add(formatter.formatCellValue(cell).strip()));
            }
            List<ParticipantImport.TableRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum() && rows.size() <= ParticipantImport.MAX_ROWS; r++) {
                var row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < headings.size(); c++) {
                    Cell cell = row.getCell(c);
                    values.put(headings.get(c), cell == null ? null : formatter.formatCellValue(cell));
                }
                if (values.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
                    rows.add(new ParticipantImport.TableRow(r + 1, values));
                }
            }
            return new ParticipantImport.Table(headings, rows);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign file with various runtime exceptions
            throw BusinessException.invalidField("file", "violation.import.unreadable");
        }
    }

    /** ";" (German Excel) unless the header line has more commas. */
    private static char delimiter(String text) {
        String header = text.lines().findFirst().orElse("");
        return header.chars().filter(c -> c == ',').count() > header.chars().filter(c -> c == ';').count() ? ',' : ';';
    }
}
