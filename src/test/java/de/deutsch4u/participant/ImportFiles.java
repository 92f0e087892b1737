package de.deutsch4u.participant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Import files for the tests: the template's headings and valid rows, as POI or by hand, and a zip bomb. */
final class ImportFiles {

    static final String HEADER =
            "Vorname;Nachname;Geburtsjahr;Geschlecht;Herkunftsland;Staatsangehörigkeit;Einwilligung\r\n";
    static final String[] HEADINGS = HEADER.strip().split(";");

    private static final int NAMES = 200;

    private ImportFiles() {}

    /** An XLSX with the template's headings and {@code rows} valid rows, written as a stream. */
    static byte[] workbook(int rows) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true); // shared strings, as Excel writes them
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Teilnehmende");
            var heading = sheet.createRow(0);
            for (int c = 0; c < HEADINGS.length; c++) {
                heading.createCell(c).setCellValue(HEADINGS[c]);
            }
            String[] values = {"Amal", "Haddad", null, "w", "SY", "SY", "ja"};
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    if (c == 2) {
                        row.createCell(c).setCellValue(1990);
                    } else {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } finally {
            workbook.close();
        }
    }

    /** A well-formed XLSX with headings only, whose shared strings table unpacks to about {@code strings} × 250 bytes. */
    static byte[] sharedStringsBomb(int strings) throws IOException {
        return handWritten(0, strings);
    }

    /**
     * An XLSX written by hand as Excel does (shared strings), but without the optional cell references,
     * so that many repeated rows compress well: the template's headings, {@code rows} valid rows, and
     * {@code padded} more shared strings of about 250 characters each.
     */
    static byte[] handWritten(int rows, int padded) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                            + "</Types>");
            put(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>");
            put(
                    zip,
                    "xl/workbook.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            + "<sheets><sheet name=\"Teilnehmende\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                            + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder sheet = new StringBuilder(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row>");
            for (int c = 0; c < HEADINGS.length; c++) {
                sheet.append("<c t=\"s\"><v>").append(c).append("</v></c>");
            }
            sheet.append("</row>");
            for (int r = 0; r < rows; r++) {
                // one of 200 last names: identical rows would compress beyond POI's own zip bomb ratio (1:100)
                sheet.append("<row><c t=\"s\"><v>7</v></c><c t=\"s\"><v>")
                        .append(11 + r % NAMES)
                        .append("</v></c><c><v>1990</v></c><c t=\"s\"><v>8</v></c><c t=\"s\"><v>9</v></c>")
                        .append("<c t=\"s\"><v>9</v></c><c t=\"s\"><v>10</v></c></row>");
                if (sheet.length() > 1 << 20) {
                    zip.write(sheet.toString().getBytes(StandardCharsets.UTF_8));
                    sheet.setLength(0);
                }
            }
            zip.write(sheet.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (String text : HEADINGS) {
                strings.append("<si><t>").append(text).append("</t></si>");
            }
            for (String text : new String[] {"Amal", "w", "SY", "ja"}) {
                strings.append("<si><t>").append(text).append("</t></si>");
            }
            for (int i = 0; i < NAMES; i++) {
                strings.append("<si><t>Haddad-").append(i).append("</t></si>");
            }
            zip.write(strings.toString().getBytes(StandardCharsets.UTF_8));
            String padding = "x".repeat(180);
            for (int i = 0; i < padded; i++) {
                zip.write(String.format("<si><t>Teilnehmerin Nummer %07d aus dem Landkreis %s</t></si>", i, padding)
                        .getBytes(StandardCharsets.UTF_8));
            }
            zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
