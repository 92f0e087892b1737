package de.deutsch4u.attendance;

import static de.deutsch4u.attendance.AttendanceStatus.ABSENT;
import static de.deutsch4u.attendance.AttendanceStatus.EXCUSED;
import static de.deutsch4u.attendance.AttendanceStatus.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SheetDiffTest {

    @Test
    void aFirstSaveInsertsEveryEntryAndCountsThem() {
        SheetDiff diff =
                SheetDiff.of(Map.of(), Set.of(1L, 2L, 3L), Map.of(1L, PRESENT, 2L, ABSENT), null, "Modalverben");

        assertEquals(Map.of(1L, PRESENT, 2L, ABSENT), diff.upserts());
        assertEquals(List.of(), diff.removed());
        assertEquals(2, diff.changedEntries());
        assertEquals(Map.of(1L, PRESENT, 2L, ABSENT), recorded(diff), "3 is left out: not recorded");
        assertEquals(List.of(), diff.noLongerPresent());
    }

    @Test
    void aCorrectionWritesOnlyWhatChangedAndRemovesEntriesLeftOut() {
        Map<Long, AttendanceStatus> saved = Map.of(1L, PRESENT, 2L, ABSENT, 3L, PRESENT);
        SheetDiff diff = SheetDiff.of(saved, Set.of(1L, 2L, 3L), Map.of(1L, PRESENT, 2L, PRESENT), "A", "A");

        assertEquals(Map.of(2L, PRESENT), diff.upserts());
        assertEquals(List.of(3L), diff.removed());
        assertEquals(2, diff.changedEntries());
        assertEquals(Map.of(1L, PRESENT, 2L, PRESENT), recorded(diff));
        assertEquals(List.of(3L), diff.noLongerPresent(), "3 was PRESENT and is left out now");
        assertEquals(
                List.of(
                        new SheetDiff.EntryChange(2L, "ABSENT", "PRESENT"),
                        new SheetDiff.EntryChange(3L, "PRESENT", null)),
                diff.history());
    }

    @Test
    void entriesOfPeopleNoLongerEnrolledOnTheDateStayAsTheyWere() {
        Map<Long, AttendanceStatus> saved = Map.of(1L, PRESENT, 9L, EXCUSED);
        SheetDiff diff = SheetDiff.of(saved, Set.of(1L), Map.of(1L, PRESENT), null, null);

        assertEquals(EXCUSED, diff.after().get(9L));
        assertTrue(diff.upserts().isEmpty());
        assertTrue(diff.removed().isEmpty());
        assertTrue(diff.history().isEmpty(), "nothing changed: no history row");
        assertEquals(Map.of(1L, PRESENT, 9L, EXCUSED), recorded(diff), "the session keeps every entry");
    }

    @Test
    void aChangedTopicIsOneHistoryRowWithoutParticipant() {
        SheetDiff diff = SheetDiff.of(Map.of(1L, ABSENT), Set.of(1L), Map.of(1L, ABSENT), "alt", null);

        assertEquals(List.of(new SheetDiff.EntryChange(null, "alt", null)), diff.history());
        assertEquals(0, diff.changedEntries());
    }

    @Test
    void aStatusChangeBetweenTwoAbsencesLeavesPresenceAlone() {
        SheetDiff diff = SheetDiff.of(Map.of(1L, ABSENT), Set.of(1L), Map.of(1L, EXCUSED), null, null);

        assertEquals(Map.of(1L, EXCUSED), diff.upserts());
        assertTrue(diff.removed().isEmpty());
        assertEquals(List.of(new SheetDiff.EntryChange(1L, "ABSENT", "EXCUSED")), diff.history());
        assertTrue(diff.noLongerPresent().isEmpty(), "neither status is PRESENT");
    }

    @Test
    void theSavedMapIsNotChanged() {
        Map<Long, AttendanceStatus> saved = new HashMap<>(Map.of(1L, PRESENT));
        SheetDiff.of(saved, Set.of(1L, 2L), Map.of(2L, PRESENT), null, null).after();

        assertEquals(Map.of(1L, PRESENT), saved);
    }

    /** The entries the session has after the save (what the derived counts are computed from). */
    private static Map<Long, AttendanceStatus> recorded(SheetDiff diff) {
        Map<Long, AttendanceStatus> recorded = new HashMap<>();
        diff.after().forEach((id, status) -> {
            if (status != null) {
                recorded.put(id, status);
            }
        });
        return recorded;
    }
}
