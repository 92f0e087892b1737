package de.deutsch4u.attendance;

import de.deutsch4u.common.Today;
import de.deutsch4u.config.DataSourceConfig;
import de.deutsch4u.security.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes a save's {@link SheetDiff}: entries, the session's summary columns, course_presence and the
 * change history, each with one or two statements, in plain JDBC on the transaction's connection
 * (see NativeSql). Runs inside the save's transaction, after the session and course rows are locked.
 */
@ApplicationScoped
class SheetWriter {

    @Inject
    private Caller caller;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    private DataSource dataSource;

    /** All writes of one save; the history only for corrections (not the first save). */
    void write(SessionFacts session, SheetDiff diff, String topic, boolean correction) {
        writeEntries(session.sessionId(), diff);
        markHeld(session.sessionId(), topic, diff);
        updatePresence(session, diff);
        if (correction) {
            recordChanges(session.sessionId(), diff.history());
        }
    }

    /** Replaces the saved entries by the new ones with one DELETE and one multi-row upsert. */
    private void writeEntries(long sessionId, SheetDiff diff) {
        List<Long> removed = diff.removed();
        Map<Long, AttendanceStatus> upserts = diff.upserts();
        if (!removed.isEmpty()) {
            sql("DELETE FROM attendance WHERE session_id = ? AND participant_id IN (" + ids(removed) + ")")
                    .param(sessionId).update();
        }
        if (!upserts.isEmpty()) {
            var upsert = sql("INSERT INTO attendance (session_id, participant_id, status) VALUES "
                    + String.join(", ", Collections.nCopies(upserts.size(), "(?, ?, ?)"))
                    + " ON DUPLICATE KEY UPDATE status = VALUES(status)");
            upserts.forEach((id, status) -> upsert.param(sessionId).param(id).param(status.name()));
            upsert.update();
        }
    }

    /** The session is held; its summary counts (for the reports) follow the entries in the same transaction. */
    private void markHeld(long sessionId, String topic, SheetDiff diff) {
        sql("""
                UPDATE course_session
                SET attendance_version = attendance_version + 1, version = version + 1, status = 'HELD', topic = ?,
                    present_count = ?, recorded_count = ?, attendance_saved_at = ?, attendance_saved_by = ?
                WHERE id = ?""")
                .param(topic).param(diff.presentCount()).param(diff.recordedCount())
                .param(Today.utcNow()).param(caller.id())
                .param(sessionId).update();
    }

    /**
     * Keeps course_presence (V040, read by the usage report) equal to the entries; runs after markHeld,
     * so this session counts. Whoever became PRESENT widens their row to this date. Whoever is no longer
     * PRESENT gets first and last day recomputed from the course's held sessions (read course first: a
     * person's attendance in other courses does not matter). The course row is locked by
     * {@link SessionAccess#facts}, so no other save of this course changes these rows meanwhile.
     */
    private void updatePresence(SessionFacts session, SheetDiff diff) {
        List<Long> nowPresent = diff.nowPresent();
        List<Long> noLongerPresent = diff.noLongerPresent();
        if (!nowPresent.isEmpty()) {
            var upsert = sql("INSERT INTO course_presence (course_id, participant_id, first_present, last_present) VALUES "
                    + String.join(", ", Collections.nCopies(nowPresent.size(), "(?, ?, ?, ?)"))
                    + " ON DUPLICATE KEY UPDATE first_present = LEAST(first_present, VALUES(first_present)),"
                    + " last_present = GREATEST(last_present, VALUES(last_present))");
            for (Long id : nowPresent) {
                upsert.param(session.courseId()).param(id).param(session.date()).param(session.date());
            }
            upsert.update();
        }
        if (!noLongerPresent.isEmpty()) {
            String ids = ids(noLongerPresent);
            sql("DELETE FROM course_presence WHERE course_id = ? AND participant_id IN (" + ids + ")")
                    .param(session.courseId()).update();
            sql("""
                    INSERT INTO course_presence (course_id, participant_id, first_present, last_present)
                    SELECT STRAIGHT_JOIN s.course_id, a.participant_id, MIN(s.session_date), MAX(s.session_date)
                    FROM course_session s JOIN attendance a ON a.session_id = s.id
                    WHERE s.course_id = ? AND s.status = 'HELD' AND a.participant_id IN (%s) AND a.status = 'PRESENT'
                    GROUP BY s.course_id, a.participant_id""".formatted(ids))
                    .param(session.courseId()).update();
        }
    }

    /** One row per changed entry (and one for the topic), written in one multi-row INSERT. */
    private void recordChanges(long sessionId, List<SheetDiff.EntryChange> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var insert = sql("INSERT INTO attendance_change "
                + "(session_id, participant_id, old_value, new_value, changed_by, changed_at) VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?)")));
        long actor = caller.id();
        var now = Today.utcNow();
        for (SheetDiff.EntryChange row : rows) {
            insert.param(sessionId).param(row.participantId()).param(row.oldValue())
                    .param(row.newValue()).param(actor).param(now);
        }
        insert.update();
    }

    /** Ids are longs, so they can go into the statement's text. */
    private static String ids(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private NativeSql sql(String statement) {
        return new NativeSql(dataSource, statement);
    }
}
