package de.deutsch4u.participant;

import de.deutsch4u.common.BusinessException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an import file row by row, as a stream: CSV with Apache Commons CSV, XLSX with Apache POI's
 * event API (SAX over the sheet's XML). Only the current row is in memory; the reader stops at the
 * first row beyond {@link ParticipantImport#MAX_ROWS}. A ZIP part other than a worksheet (shared strings,
 * styles, relations) is refused when it unpacks to more than {@link #MAX_PART_BYTES}, and a worksheet row
 * with more than {@link #MAX_ROW_CHARS} characters, so a small "zip bomb" cannot fill the heap.
 */
final class ImportTables {

    /** Far more than the shared strings of 20,000 rows of the template need (about 2 MB). */
    static final long MAX_PART_BYTES = 16L * 1024 * 1024;

    static final int MAX_ROW_CHARS = 64 * 1024;

    /** Receives the headings once, then every non-blank row with its line number in the file. */
    interface RowSink {
        void headings(List<String> headings);

        void row(int line, Map<String, String> values);
    }

    private ImportTables() {}

    /** XLSX files are ZIP archives: they start with "PK\3\4". */
    static boolean isXlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        }
    }

    static void read(Path file, RowSink sink) {
        try {
            if (isXlsx(file)) {
                readXlsx(file, sink);
            } else {
                readCsv(file, sink);
            }
        } catch (IOException e) {
            throw BusinessException.invalidField("file", "violation.import.unreadable");
        }
    }

    private static void readCsv(Path file, RowSink sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char delimiter = delimiter(reader);
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                sink.headings(parser.getHeaderNames());
                int rows = 0;
                for (CSVRecord record : parser) {
                    checkRowCount(++rows);
                    sink.row((int) parser.getCurrentLineNumber(), record.toMap());
                }
            }
        } catch (CharacterCodingException e) {
            throw encoding();
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof CharacterCodingException ? encoding() : unreadable();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw unreadable();
        }
    }

    /** ";" (German Excel) unless the header line has more commas; skips a byte order mark. */
    private static char delimiter(BufferedReader reader) throws IOException {
        int lookahead = 64 * 1024;
        reader.mark(lookahead);
        char[] start = new char[lookahead];
        int length = Math.max(0, reader.read(start, 0, lookahead));
        reader.reset();
        if (length > 0 && start[0] == '\uFEFF') {
            reader.skip(1);
        }
        String header = new String(start, 0, length).lines().findFirst().orElse("");
        return header.chars().filter(c -> c == ',').count()
                        > header.chars().filter(c -> c == ';').count()
                ? ','
                : ';';
    }

    /** The first sheet; its first row holds the headings; cells are read as Excel shows them. */
    private static void readXlsx(Path file, RowSink sink) throws IOException {
        checkPartSizes(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw unreadable();
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new BoundedSheetHandler(styles, strings, new SheetRows(sink)));
                parser.parse(new InputSource(sheet));
            }
        } catch (BusinessException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof BusinessException refused) {
                throw refused;
            }
            throw unreadable();
        } catch (Exception e) {
            // POI reports a damaged or foreign file with various checked and runtime exceptions
            throw unreadable();
        }
    }

    /** Unpacks (and throws away) every part but the worksheets, counting its real size, not the declared one. */
    private static void checkPartSizes(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            byte[] buffer = new byte[16 * 1024];
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    continue; // read as a stream, bounded per row and by the row limit
                }
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        size += n;
                        if (size > MAX_PART_BYTES) {
                            throw BusinessException.invalidField(
                                    "file", "violation.import.tooMuchText", ParticipantImport.MAX_ROWS);
                        }
                    }
                }
            }
        }
    }

    private static void checkRowCount(int rows) {
        if (rows > ParticipantImport.MAX_ROWS) {
            throw BusinessException.invalidField("file", "violation.import.tooManyRows", ParticipantImport.MAX_ROWS);
        }
    }

    private static BusinessException unreadable() {
        return BusinessException.invalidField("file", "violation.import.unreadable");
    }

    private static BusinessException encoding() {
        return BusinessException.invalidField("file", "violation.import.encoding");
    }

    /** POI's sheet handler, refusing a row with more text than any participant needs. */
    private static final class BoundedSheetHandler extends XSSFSheetXMLHandler {
        private int rowChars;

        BoundedSheetHandler(StylesTable styles, ReadOnlySharedStringsTable strings, SheetContentsHandler rows) {
            super(styles, strings, rows, new DataFormatter(Locale.GERMANY), false);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("row".equals(localName)) {
                rowChars = 0;
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            rowChars += length;
            if (rowChars > MAX_ROW_CHARS) {
                throw new SAXException(BusinessException.invalidField(
                        "file", "violation.import.tooMuchText", ParticipantImport.MAX_ROWS));
            }
            super.characters(ch, start, length);
        }
    }

    /** Turns POI's cell events into rows: the first row gives the headings; blank rows are skipped. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private Map<Integer, String> headings;
        private final Map<Integer, String> cells = new TreeMap<>();
        private int nextColumn;
        private int rows;

        SheetRows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            cells.put(column, formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (headings == null) {
                headings = new LinkedHashMap<>();
                cells.forEach((column, text) -> headings.put(column, text == null ? "" : text.strip()));
                sink.headings(new ArrayList<>(headings.values()));
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            headings.forEach((column, heading) -> values.put(heading, cells.get(column)));
            if (values.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
                checkRowCount(++rows);
                sink.row(rowNum + 1, values);
            }
        }
    }
}
