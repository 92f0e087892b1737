package de.deutsch4u.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Sql;
import de.deutsch4u.course.SessionStatus;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The save's flow without a container: the database parts are replaced by fakes that record their calls. */
class AttendanceSheetServiceTest {

    private static final long SESSION = 11;

    private final List<Boolean> factsReads = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final List<SheetDiff> written = new ArrayList<>();
    private int savedVersion = 0;
    private final AttendanceSheetService service = new AttendanceSheetService();

    @BeforeEach
    void wire() throws ReflectiveOperationException {
        set("access", new SessionAccess() {
            @Override
            SessionFacts facts(long sessionId, boolean forSave) {
                factsReads.add(forSave);
                return new SessionFacts(
                        sessionId,
                        2,
                        3,
                        LocalDate.of(2026, 11, 30),
                        SessionStatus.PLANNED,
                        4,
                        savedVersion,
                        null,
                        false);
            }

            @Override
            void requireMayRecord(SessionFacts session) {}

            @Override
            BusinessException refusal(SessionFacts session) {
                return null;
            }
        });
        set("reader", new SheetReader() {
            @Override
            List<SheetLine> lines(SessionFacts session) {
                return List.of(
                        new SheetLine(1, "Ana", "Alves", null, true),
                        new SheetLine(2, "Bo", "Berg", null, true),
                        new SheetLine(3, "Cem", "Can", AttendanceStatus.ABSENT, false));
            }

            @Override
            List<AttendanceChange> changes(long sessionId) {
                return List.of();
            }
        });
        set("writer", new SheetWriter() {
            @Override
            void write(SessionFacts session, SheetDiff diff, String topic, boolean correction) {
                written.add(diff);
            }
        });
        set("sql", new Sql() {
            @Override
            public <R> R inOneHandle(Supplier<R> work) {
                return work.get();
            }
        });
        set("audit", new AuditLog() {
            @Override
            public void record(String action, String entityType, long entityId, String detail) {
                audited.add(action + " " + entityType + " " + entityId + " " + detail);
            }
        });
    }

    private void set(String field, Object value) throws ReflectiveOperationException {
        Field f = AttendanceSheetService.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(service, value);
    }

    private static AttendanceSheetData data(int version) {
        return new AttendanceSheetData(
                version,
                " Wortschatz ",
                List.of(
                        new AttendanceEntry(1L, AttendanceStatus.PRESENT),
                        new AttendanceEntry(2L, AttendanceStatus.ABSENT)));
    }

    @Test
    void aPageSaveChecksAndLocksTheSessionOnce() {
        SheetPage page = service.savePage(SESSION, data(0));

        assertEquals(List.of(true), factsReads, "one locking read of the session, no further checks");
        assertEquals(1, page.sheet().version());
        assertEquals(SessionStatus.HELD, page.sheet().status());
        assertEquals("Wortschatz", page.sheet().topic());
        assertEquals(
                List.of(1L, 2L),
                page.sheet().rows().stream()
                        .map(AttendanceSheet.Row::participantId)
                        .toList(),
                "only people enrolled on the date");
        assertNull(page.refusal());
        assertEquals(List.of("ATTENDANCE session 11 version=1, changedEntries=2"), audited);
        assertEquals(
                AttendanceStatus.ABSENT,
                written.get(0).after().get(3L),
                "the entry of someone no longer enrolled stays");
    }

    @Test
    void aPageReadChecksTheSessionOnceWithoutLock() {
        SheetPage page = service.page(SESSION);

        assertEquals(List.of(false), factsReads);
        assertEquals(0, page.sheet().version());
        assertTrue(written.isEmpty());
        assertTrue(audited.isEmpty());
    }

    @Test
    void aCorrectionIsAuditedAsSuch() {
        savedVersion = 3;
        AttendanceSheet sheet = service.save(SESSION, data(3));

        assertEquals(4, sheet.version());
        assertEquals(List.of("ATTENDANCE_CORRECT session 11 version=4, changedEntries=2"), audited);
    }

    @Test
    void aStaleVersionIsAConflictAndWritesNothing() {
        savedVersion = 2;
        BusinessException e = assertThrows(BusinessException.class, () -> service.save(SESSION, data(1)));

        assertEquals("attendance.staleVersion", e.code());
        assertTrue(written.isEmpty());
        assertTrue(audited.isEmpty());
    }
}
