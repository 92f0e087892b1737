package de.deutsch4u.attendance;

import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import de.deutsch4u.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Writes a save's {@link SheetDiff}: the entries, the session's status and version, the derived counts and
 * course_presence ({@link DerivedAttendance}) and the change history. Runs inside the save's transaction,
 * after the session and course rows are locked.
 */
@ApplicationScoped
class SheetWriter {

    @Inject
    private Caller caller;

    @Inject
    private Sql sql;

    @Inject
    private DerivedAttendance derived;

    /** All writes of one save; the history only for corrections (not the first save). */
    void write(SessionFacts session, SheetDiff diff, String topic, boolean correction) {
        sql.useHandle(handle -> {
            writeEntries(handle, session.sessionId(), diff);
            markHeld(handle, session.sessionId(), topic);
            if (correction) {
                recordChanges(handle, session.sessionId(), diff.history());
            }
        });
        derived.sessionSaved(session.sessionId(), diff.noLongerPresent());
    }

    /** Replaces the saved entries by the new ones with one DELETE and one multi-row upsert. */
    private static void writeEntries(Handle handle, long sessionId, SheetDiff diff) {
        List<Long> removed = diff.removed();
        if (!removed.isEmpty()) {
            handle.createUpdate("DELETE FROM attendance WHERE session_id = :session AND participant_id IN (<removed>)")
                    .bind("session", sessionId)
                    .bindList("removed", removed)
                    .execute();
        }
        List<Entry> upserts = diff.upserts().entrySet().stream()
                .map(upsert ->
                        new Entry(sessionId, upsert.getKey(), upsert.getValue().name()))
                .toList();
        if (!upserts.isEmpty()) {
            handle.createUpdate("""
                            INSERT INTO attendance (session_id, participant_id, status) VALUES <entries>
                            ON DUPLICATE KEY UPDATE status = VALUES(status)""")
                    .bindMethodsList("entries", upserts, List.of("sessionId", "participantId", "status"))
                    .execute();
        }
    }

    /** A row of the upsert, bound by its accessors' names (public, for Jdbi's reflection). */
    public record Entry(long sessionId, long participantId, String status) {}

    /** A row of attendance_change, bound by its accessors' names (public, for Jdbi's reflection). */
    public record Change(
            long sessionId,
            Long participantId,
            String oldValue,
            String newValue,
            long changedBy,
            LocalDateTime changedAt) {}

    /** The session is held, by the caller, now. */
    private void markHeld(Handle handle, long sessionId, String topic) {
        handle.createUpdate("""
                        UPDATE course_session
                        SET attendance_version = attendance_version + 1, version = version + 1, status = 'HELD',
                            topic = :topic, attendance_saved_at = :now, attendance_saved_by = :caller
                        WHERE id = :session""")
                .bind("topic", topic)
                .bind("now", Today.utcNow())
                .bind("caller", caller.id())
                .bind("session", sessionId)
                .execute();
    }

    /** One row per changed entry (and one for the topic), written in one multi-row INSERT. */
    private void recordChanges(Handle handle, long sessionId, List<SheetDiff.EntryChange> rows) {
        if (rows.isEmpty()) {
            return;
        }
        long actor = caller.id();
        LocalDateTime now = Today.utcNow();
        List<Change> changes = rows.stream()
                .map(row -> new Change(sessionId, row.participantId(), row.oldValue(), row.newValue(), actor, now))
                .toList();
        handle.createUpdate("""
                        INSERT INTO attendance_change (session_id, participant_id, old_value, new_value, changed_by, changed_at)
                        VALUES <changes>""")
                .bindMethodsList(
                        "changes",
                        changes,
                        List.of("sessionId", "participantId", "oldValue", "newValue", "changedBy", "changedAt"))
                .execute();
    }
}
