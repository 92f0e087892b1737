package de.deutsch4u.attendance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a save changes, worked out from the saved entries and the sent ones without touching the database:
 * the rows to upsert and delete, the history rows, and who stopped being PRESENT (for course_presence,
 * DerivedAttendance). Everyone enrolled on the session's date gets the status sent (none if left out);
 * entries of people no longer enrolled on that date (withdrawn later with an earlier date) stay as they were.
 */
final class SheetDiff {

    /** One history row: a participant's status before and after (null = not recorded), or, without a participant, the topic. */
    record EntryChange(Long participantId, String oldValue, String newValue) {}

    private final Map<Long, AttendanceStatus> before;
    /** Has a key for everyone in before, so comparing over its keys sees every change. Sorted by participant. */
    private final Map<Long, AttendanceStatus> after = new TreeMap<>();

    private final String previousTopic;
    private final String topic;

    private SheetDiff(Map<Long, AttendanceStatus> before, String previousTopic, String topic) {
        this.before = before;
        this.previousTopic = previousTopic;
        this.topic = topic;
    }

    /**
     * @param saved the entries saved so far, of anyone
     * @param enrolled who is enrolled on the session's date
     * @param sent the checked entries sent (see {@link SheetEntries}); a missing key means "not recorded"
     */
    static SheetDiff of(
            Map<Long, AttendanceStatus> saved,
            Set<Long> enrolled,
            Map<Long, AttendanceStatus> sent,
            String previousTopic,
            String topic) {
        SheetDiff diff = new SheetDiff(Map.copyOf(saved), previousTopic, topic);
        diff.after.putAll(saved);
        enrolled.forEach(id -> diff.after.put(id, sent.get(id)));
        return diff;
    }

    /** Every participant's status after the save (null = not recorded). */
    Map<Long, AttendanceStatus> after() {
        return after;
    }

    /** Saved entries that the save removes. */
    List<Long> removed() {
        return after.keySet().stream()
                .filter(id -> before.get(id) != null && after.get(id) == null)
                .toList();
    }

    /** Entries to insert or update, with their new status. */
    Map<Long, AttendanceStatus> upserts() {
        Map<Long, AttendanceStatus> upserts = new LinkedHashMap<>();
        after.forEach((id, status) -> {
            if (status != null && status != before.get(id)) {
                upserts.put(id, status);
            }
        });
        return upserts;
    }

    /** How many entries change (for the audit entry). */
    int changedEntries() {
        return removed().size() + upserts().size();
    }

    /** PRESENT before, not now: their course_presence row is recomputed (DerivedAttendance). */
    List<Long> noLongerPresent() {
        return after.keySet().stream()
                .filter(id -> isPresent(before, id) && !isPresent(after, id))
                .toList();
    }

    /** One row per changed entry, then one for the topic if it changed. */
    List<EntryChange> history() {
        List<EntryChange> rows = new ArrayList<>();
        after.forEach((id, status) -> {
            if (before.get(id) != status) {
                rows.add(new EntryChange(id, name(before.get(id)), name(status)));
            }
        });
        if (!Objects.equals(previousTopic, topic)) {
            rows.add(new EntryChange(null, previousTopic, topic));
        }
        return rows;
    }

    private static boolean isPresent(Map<Long, AttendanceStatus> entries, Long id) {
        return entries.get(id) == AttendanceStatus.PRESENT;
    }

    private static String name(AttendanceStatus status) {
        return status == null ? null : status.name();
    }
}
