package de.deutsch4u.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.deutsch4u.common.BusinessException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SheetEntriesTest {

    private static AttendanceEntry entry(Long participantId, String status) {
        AttendanceEntry entry = new AttendanceEntry();
        entry.setParticipantId(participantId);
        entry.setStatus(status);
        return entry;
    }

    @Test
    void validEntriesBecomeAMapWithNullForNotRecorded() {
        Map<Long, AttendanceStatus> expected = new HashMap<>();
        expected.put(1L, AttendanceStatus.PRESENT);
        expected.put(2L, null);

        assertEquals(expected, SheetEntries.checked(Set.of(1L, 2L), List.of(entry(1L, "PRESENT"), entry(2L, null))));
    }

    @Test
    void everyBadEntryIsAViolationOnItsField() {
        BusinessException e = assertThrows(
                BusinessException.class,
                () -> SheetEntries.checked(
                        Set.of(1L, 2L),
                        Arrays.asList(
                                entry(null, "PRESENT"),
                                entry(1L, "PRESENT"),
                                entry(1L, "ABSENT"),
                                entry(7L, "PRESENT"),
                                entry(2L, "DA"),
                                null)));

        assertEquals(BusinessException.Kind.INVALID, e.kind());
        assertEquals(
                List.of(
                        "entries[0].participantId validation.required",
                        "entries[2].participantId violation.attendance.duplicate",
                        "entries[3].participantId violation.attendance.notEnrolled",
                        "entries[4].status violation.attendance.status",
                        "entries[5].participantId validation.required"),
                e.violations().stream()
                        .map(v -> v.field() + " " + v.messageKey())
                        .toList());
    }

    @Test
    void theTopicIsStrippedAndBlankMeansNone() {
        assertEquals("Perfekt", SheetEntries.topic("  Perfekt \n"));
        assertNull(SheetEntries.topic("   "));
        assertNull(SheetEntries.topic(null));
    }
}
