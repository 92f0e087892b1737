package de.deutsch4u.attendance;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Sql;
import de.deutsch4u.course.SessionStatus;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and saves a session's attendance sheet in one transaction. A save first locks the session row
 * (and its course's) and then compares the version: of two saves on the same version, the second waits,
 * then finds the version changed and is refused (409), so nothing is overwritten unnoticed.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
public class AttendanceSheetService {

    @Inject
    private SessionAccess access;

    @Inject
    private SheetReader reader;

    @Inject
    private SheetWriter writer;

    @Inject
    private AuditLog audit;

    @Inject
    private Sql sql;

    /**
     * Reads only, so it runs without a transaction (no BEGIN and COMMIT round trips on the most used page); its
     * statements share one connection.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AttendanceSheet sheet(long sessionId) {
        return sql.inOneHandle(() -> savedSheet(access.facts(sessionId, false)));
    }

    /** The sheet page's data with one check of the session (not one per part). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SheetPage page(long sessionId) {
        return sql.inOneHandle(() -> {
            SessionFacts facts = access.facts(sessionId, false);
            return new SheetPage(savedSheet(facts), access.refusal(facts), reader.changes(sessionId));
        });
    }

    /** Why the caller may not save this session's sheet now (for the pages), or null when they may. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BusinessException refusal(long sessionId) {
        return access.refusal(access.facts(sessionId, false));
    }

    /** The history of changes after the first save, newest first (shown on the sheet). */
    public List<AttendanceChange> changes(long sessionId) {
        access.facts(sessionId, false);
        return reader.changes(sessionId);
    }

    public AttendanceSheet save(long sessionId, AttendanceSheetData data) {
        return saveChecked(access.facts(sessionId, true), data);
    }

    /**
     * Saves like {@link #save} and returns the page's data in the same transaction, with the session
     * checked and locked once. The refusal holds as checked before the save: a save changes none of its
     * reasons (status cancelled, date, teacher, closed month).
     */
    public SheetPage savePage(long sessionId, AttendanceSheetData data) {
        SessionFacts facts = access.facts(sessionId, true);
        AttendanceSheet sheet = saveChecked(facts, data);
        return new SheetPage(sheet, access.refusal(facts), reader.changes(sessionId));
    }

    /** The checks (may record, entries, version), then the writes and the audit entry; the session is locked. */
    private AttendanceSheet saveChecked(SessionFacts facts, AttendanceSheetData data) {
        access.requireMayRecord(facts);
        List<SheetLine> lines = reader.lines(facts);
        List<SheetLine> people = onSheet(lines);
        Set<Long> enrolled = people.stream().map(SheetLine::participantId).collect(Collectors.toSet());
        Map<Long, AttendanceStatus> entries = SheetEntries.checked(enrolled, data.getEntries());
        String topic = SheetEntries.topic(data.getTopic());
        if (facts.attendanceVersion() != data.getVersion()) {
            throw BusinessException.conflict("attendance.staleVersion");
        }
        SheetDiff diff = SheetDiff.of(savedEntries(lines), enrolled, entries, facts.topic(), topic);
        writer.write(facts, diff, topic, data.getVersion() > 0);
        audit.record(
                data.getVersion() == 0 ? "ATTENDANCE" : "ATTENDANCE_CORRECT",
                "session",
                facts.sessionId(),
                "version=" + (data.getVersion() + 1) + ", changedEntries=" + diff.changedEntries());
        return sheetOf(facts, people, diff.after(), SessionStatus.HELD, data.getVersion() + 1, topic);
    }

    private AttendanceSheet savedSheet(SessionFacts facts) {
        List<SheetLine> lines = reader.lines(facts);
        return sheetOf(
                facts, onSheet(lines), savedEntries(lines), facts.status(), facts.attendanceVersion(), facts.topic());
    }

    /** Only people enrolled on the session's date are on the sheet. */
    private static List<SheetLine> onSheet(List<SheetLine> lines) {
        return lines.stream().filter(SheetLine::enrolledOnDate).toList();
    }

    /** The saved entries, including those of people no longer enrolled on that date. */
    private static Map<Long, AttendanceStatus> savedEntries(List<SheetLine> lines) {
        return lines.stream()
                .filter(l -> l.savedStatus() != null)
                .collect(Collectors.toMap(SheetLine::participantId, SheetLine::savedStatus));
    }

    private static AttendanceSheet sheetOf(
            SessionFacts facts,
            List<SheetLine> people,
            Map<Long, AttendanceStatus> statuses,
            SessionStatus status,
            int version,
            String topic) {
        return new AttendanceSheet(
                facts.sessionId(),
                status,
                version,
                topic,
                people.stream()
                        .map(p -> new AttendanceSheet.Row(
                                p.participantId(), p.firstName(), p.lastName(), statuses.get(p.participantId())))
                        .toList());
    }
}
