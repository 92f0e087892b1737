package de.deutsch4u.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.deutsch4u.common.BusinessException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming readers: rows and line numbers as before, the row limit while reading, bounded text. */
class ImportTablesTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadAnXlsxWrittenByPoiRowByRow() throws Exception {
        Rows rows = read(ImportFiles.workbook(3));
        assertEquals(List.of(ImportFiles.HEADINGS), List.of(rows.headings.toArray(String[]::new)));
        assertEquals(3, rows.values.size());
        assertEquals(List.of(2, 3, 4), rows.lines);
        assertEquals("1990", rows.values.get(0).get("Geburtsjahr"));
        assertEquals("Haddad", rows.values.get(0).get("Nachname"));
    }

    @Test
    void shouldReadCellsWithoutReferences() throws Exception {
        Rows rows = read(ImportFiles.handWritten(2, 0));
        assertEquals(2, rows.values.size());
        assertEquals("SY", rows.values.get(1).get("Staatsangehörigkeit"));
        assertEquals("Haddad-1", rows.values.get(1).get("Nachname"));
    }

    @Test
    void shouldStopAtTheFirstRowBeyondTheLimit() throws Exception {
        Rows seen = new Rows();
        BusinessException refused = assertThrows(
                BusinessException.class, () -> ImportTables.read(file(ImportFiles.handWritten(500_000, 0)), seen));
        assertEquals("violation.import.tooManyRows", refused.violations().get(0).messageKey());
        assertEquals(ParticipantImport.MAX_ROWS, seen.values.size(), "no row after the limit was handed on");

        StringBuilder csv = new StringBuilder(ImportFiles.HEADER);
        csv.append("Amal;Haddad;1990;w;SY;SY;ja\r\n".repeat(ParticipantImport.MAX_ROWS + 1));
        Rows csvSeen = new Rows();
        assertThrows(
                BusinessException.class,
                () -> ImportTables.read(file(csv.toString().getBytes(StandardCharsets.UTF_8)), csvSeen));
        assertEquals(ParticipantImport.MAX_ROWS, csvSeen.values.size());
    }

    @Test
    void shouldRefuseSharedStringsThatUnpackBeyondTheBound() throws Exception {
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> ImportTables.read(file(ImportFiles.sharedStringsBomb(100_000)), new Rows()));
        assertEquals("violation.import.tooMuchText", refused.violations().get(0).messageKey());
    }

    @Test
    void shouldReadCsvWithByteOrderMarkAndCommasAndRefuseOtherEncodings() throws Exception {
        Rows rows = read(
                ("\uFEFFVorname,Nachname\r\nAmal,Haddad\r\n\r\nZahra,Ahmadi\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Vorname", "Nachname"), rows.headings);
        assertEquals(List.of(2, 4), rows.lines);
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> read((ImportFiles.HEADER + "Jürgen;Müller\r\n").getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("violation.import.encoding", refused.violations().get(0).messageKey());
    }

    private Rows read(byte[] content) throws Exception {
        Rows rows = new Rows();
        ImportTables.read(file(content), rows);
        return rows;
    }

    private Path file(byte[] content) throws Exception {
        return Files.write(Files.createTempFile(dir, "import", ".bin"), content);
    }

    private static final class Rows implements ImportTables.RowSink {
        List<String> headings;
        final List<Integer> lines = new ArrayList<>();
        final List<Map<String, String>> values = new ArrayList<>();

        @Override
        public void headings(List<String> headings) {
            this.headings = headings;
        }

        @Override
        public void row(int line, Map<String, String> values) {
            lines.add(line);
            this.values.add(values);
        }
    }
}
