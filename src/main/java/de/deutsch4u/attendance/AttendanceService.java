package de.deutsch4u.attendance;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.BusinessException.Violation;
import de.deutsch4u.common.Today;
import de.deutsch4u.config.AppSettings;
import de.deutsch4u.config.DataSourceConfig;
import de.deutsch4u.course.CourseSession;
import de.deutsch4u.course.SessionService;
import de.deutsch4u.course.SessionStatus;
import de.deutsch4u.enrollment.EnrollmentService;
import de.deutsch4u.participant.Participant;
import de.deutsch4u.participant.ParticipantData;
import de.deutsch4u.participant.ParticipantService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import de.deutsch4u.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads and saves a session's attendance sheet in one transaction. A save first locks the session row
 * (and its course's) and then compares the version: of two saves on the same version, the second waits,
 * then finds the version changed and is refused (409), so nothing is overwritten unnoticed.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
public class AttendanceService {

    /** How far back the day view looks for sessions without attendance. */
    static final int OVERDUE_DAYS = 56;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SessionService sessions;

    @Inject
    private ParticipantService participants;

    @Inject
    private EnrollmentService enrollments;

    @Inject
    private Caller caller;

    @Inject
    private AppSettings settings;

    @Inject
    private AuditLog audit;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    private DataSource dataSource;

    /** Reads only, so it runs without a transaction (no BEGIN and COMMIT round trips on the most used page). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AttendanceSheet sheet(long sessionId) {
        SessionFacts facts = facts(sessionId, false);
        Lines lines = lines(facts);
        return sheetOf(facts, lines.people(), lines.saved(), facts.status(), facts.attendanceVersion(), facts.topic());
    }

    /**
     * The day view: today's sessions and the past ones still without attendance (overdue, up to
     * {@link #OVERDUE_DAYS} days back) of the signed-in teacher, or of the provider for its staff.
     */
    public List<CourseSession> dayView() {
        LocalDate today = Today.date();
        boolean teacher = caller.role() == Role.TEACHER;
        return em.createQuery("""
                SELECT s FROM CourseSession s JOIN FETCH s.course c JOIN FETCH c.location
                WHERE s.date BETWEEN :from AND :today
                  AND (s.date = :today OR s.status = de.deutsch4u.course.SessionStatus.PLANNED)
                  AND (:provider IS NULL OR c.provider.id = :provider)
                  AND (:teacher IS NULL OR s.substituteTeacher.id = :teacher
                       OR (s.substituteTeacher IS NULL AND c.teacher.id = :teacher))
                ORDER BY s.date DESC, s.startTime""", CourseSession.class)
                .setParameter("from", today.minusDays(OVERDUE_DAYS)).setParameter("today", today)
                .setParameter("provider", caller.seesAllProviders() ? null : caller.providerId())
                .setParameter("teacher", teacher ? caller.id() : null)
                .setMaxResults(200).getResultList();
    }

    /**
     * Walk-in (low-threshold courses): a person registered with minimal data and consent from the sheet,
     * enrolled from the session's date if a place is free; all in one transaction, or nothing.
     */
    public Participant addWalkIn(long sessionId, ParticipantData data) {
        requireMayRecord(facts(sessionId, false));
        CourseSession session = sessions.get(sessionId);
        Participant participant = participants.registerWalkIn(session.getCourse().getProvider(), data);
        enrollments.enrollWalkIn(session.getCourse().getId(), participant, session.getDate());
        return participant;
    }

    /** Why the caller may not save this session's sheet now (for the pages), or null when they may. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BusinessException refusal(long sessionId) {
        try {
            requireMayRecord(facts(sessionId, false));
            return null;
        } catch (BusinessException e) {
            return e;
        }
    }

    public AttendanceSheet save(long sessionId, AttendanceSheetData data) {
        SessionFacts facts = facts(sessionId, true);
        requireMayRecord(facts);
        Lines lines = lines(facts);
        List<Object[]> people = lines.people();
        Set<Long> enrolled = new HashSet<>();
        people.forEach(p -> enrolled.add(((Number) p[0]).longValue()));
        Map<Long, AttendanceStatus> entries = checkedEntries(enrolled, data.getEntries());
        String topic = data.getTopic() == null || data.getTopic().isBlank() ? null : data.getTopic().strip();
        if (facts.attendanceVersion() != data.getVersion()) {
            throw BusinessException.conflict("attendance.staleVersion");
        }
        String previousTopic = facts.topic();
        Map<Long, AttendanceStatus> before = lines.saved();
        // Everyone enrolled that day gets the status sent (none if left out); entries of people no longer
        // enrolled on that date (withdrawn later with an earlier date) stay as they were. So after has a key
        // for everyone in before: the methods below compare the two over after's keys.
        Map<Long, AttendanceStatus> after = new HashMap<>(before);
        enrolled.forEach(id -> after.put(id, entries.get(id)));
        int changed = writeEntries(sessionId, before, after);
        markHeld(sessionId, topic, after);
        updatePresence(facts, before, after);
        if (data.getVersion() > 0) {
            recordChanges(sessionId, before, after, previousTopic, topic);
        }
        audit.record(data.getVersion() == 0 ? "ATTENDANCE" : "ATTENDANCE_CORRECT", "session", sessionId,
                "version=" + (data.getVersion() + 1) + ", changedEntries=" + changed);
        return sheetOf(facts, people, after, SessionStatus.HELD, data.getVersion() + 1, topic);
    }

    /** The history of changes after the first save, newest first (shown on the sheet). */
    public List<AttendanceChange> changes(long sessionId) {
        facts(sessionId, false);
        return em.createQuery("""
                SELECT c FROM AttendanceChange c LEFT JOIN FETCH c.participant WHERE c.sessionId = :session
                ORDER BY c.changedAt DESC, c.id DESC""", AttendanceChange.class)
                .setParameter("session", sessionId).getResultList();
    }

    private void requireMayRecord(SessionFacts session) {
        AttendanceRules.requireRecordable(session.status(), session.date(), Today.date());
        if (caller.role() == Role.TEACHER) {
            if (session.effectiveTeacherId() != caller.id()) {
                throw BusinessException.forbidden("attendance.notYourSession");
            }
            if (!AttendanceRules.teacherWindowOpen(session.date(), Today.date(), settings.attendanceCorrectionDays())) {
                throw BusinessException.forbidden("attendance.windowClosed", settings.attendanceCorrectionDays());
            }
        }
        if (session.monthClosed()) {
            throw BusinessException.conflict("attendance.monthClosed");
        }
    }

    /**
     * What the checks need to know of a session, in one query; outside the caller's scope: 404. With
     * {@code forSave} the query locks the session row and its course's row: saves of one course, and a
     * month closing (which locks the course row too), run one after the other, and the version read here
     * stays the current one until commit. (A shared lock let two saves of one course deadlock on
     * course_presence.)
     */
    private SessionFacts facts(long sessionId, boolean forSave) {
        long me = caller.id();
        List<?> found = sql("""
                SELECT s.course_id, c.provider_id, s.session_date, s.status, COALESCE(s.substitute_teacher_id, c.teacher_id),
                       s.attendance_version, s.topic,
                       c.teacher_id = ? OR EXISTS (SELECT 1 FROM course_session x
                                                   WHERE x.course_id = c.id AND x.substitute_teacher_id = ?),
                       EXISTS (SELECT 1 FROM month_closing m WHERE m.course_id = c.id AND m.reopened_at IS NULL
                                 AND m.month_start = s.session_date - INTERVAL (DAYOFMONTH(s.session_date) - 1) DAY)
                FROM course_session s JOIN course c ON c.id = s.course_id WHERE s.id = ?"""
                        + (forSave ? " FOR UPDATE" : ""))
                .param(me).param(me).param(sessionId).rows();
        if (found.isEmpty()) {
            throw BusinessException.notFound("session.notFound", sessionId);
        }
        Object[] row = (Object[]) found.get(0);
        SessionFacts facts = new SessionFacts(sessionId, ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((java.sql.Date) row[2]).toLocalDate(), SessionStatus.valueOf((String) row[3]), ((Number) row[4]).longValue(),
                ((Number) row[5]).intValue(), (String) row[6], ((Number) row[8]).intValue() == 1);
        boolean teachesCourse = ((Number) row[7]).intValue() == 1;
        if (!caller.canSeeProvider(facts.providerId()) || (caller.role() == Role.TEACHER && !teachesCourse)) {
            throw BusinessException.notFound("session.notFound", sessionId);
        }
        return facts;
    }

    private record SessionFacts(long sessionId, long courseId, long providerId, LocalDate date, SessionStatus status,
                                long effectiveTeacherId, int attendanceVersion, String topic, boolean monthClosed) {
    }

    /** The sheet's queries and writes run in plain JDBC on the transaction's connection (see NativeSql). */
    private NativeSql sql(String statement) {
        return new NativeSql(dataSource, statement);
    }

    private static AttendanceSheet sheetOf(SessionFacts facts, List<Object[]> people, Map<Long, AttendanceStatus> statuses,
                                           SessionStatus status, int version, String topic) {
        List<AttendanceSheet.Row> rows = new ArrayList<>();
        for (Object[] p : people) {
            long participantId = ((Number) p[0]).longValue();
            rows.add(new AttendanceSheet.Row(participantId, (String) p[1], (String) p[2], statuses.get(participantId)));
        }
        return new AttendanceSheet(facts.sessionId(), status, version, topic, rows);
    }

    /**
     * people: id, first and last name of everyone enrolled on the session's date, in sheet order; saved:
     * the saved entries, including those of people no longer enrolled on that date (withdrawn later with
     * an earlier date). One query over the course's enrollments: only people enrolled once can have entries.
     */
    private record Lines(List<Object[]> people, Map<Long, AttendanceStatus> saved) {
    }

    @SuppressWarnings("unchecked")
    private Lines lines(SessionFacts session) {
        List<Object[]> rows = sql("""
                SELECT p.id, p.first_name, p.last_name, a.status,
                       MAX(e.was_enrolled AND e.from_date <= ? AND (e.withdrawal_date IS NULL OR e.withdrawal_date > ?))
                FROM enrollment e JOIN participant p ON p.id = e.participant_id
                LEFT JOIN attendance a ON a.session_id = ? AND a.participant_id = p.id
                WHERE e.course_id = ?
                GROUP BY p.id, p.first_name, p.last_name, a.status
                ORDER BY p.last_name, p.first_name, p.id""")
                .param(session.date()).param(session.date()).param(session.sessionId())
                .param(session.courseId()).rows();
        List<Object[]> people = new ArrayList<>();
        Map<Long, AttendanceStatus> saved = new HashMap<>();
        for (Object[] row : rows) {
            if (((Number) row[4]).intValue() == 1) {
                people.add(row);
            }
            if (row[3] != null) {
                saved.put(((Number) row[0]).longValue(), AttendanceStatus.valueOf((String) row[3]));
            }
        }
        return new Lines(people, saved);
    }

    /** The entries as a map participant -> status (null = not recorded); every problem is a violation. */
    private static Map<Long, AttendanceStatus> checkedEntries(Set<Long> enrolled, List<AttendanceEntry> entries) {
        Map<Long, AttendanceStatus> result = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            String field = "entries[" + i + "]";
            if (entry == null || entry.getParticipantId() == null) {
                violations.add(new Violation(field + ".participantId", "validation.required"));
            } else if (result.containsKey(entry.getParticipantId())) {
                violations.add(new Violation(field + ".participantId", "violation.attendance.duplicate"));
            } else if (!enrolled.contains(entry.getParticipantId())) {
                violations.add(new Violation(field + ".participantId", "violation.attendance.notEnrolled"));
            } else if (!AttendanceStatus.isValid(entry.getStatus())) {
                violations.add(new Violation(field + ".status", "violation.attendance.status"));
            } else {
                result.put(entry.getParticipantId(), AttendanceStatus.ofNullable(entry.getStatus()));
            }
        }
        if (!violations.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "validation.failed", violations);
        }
        return result;
    }

    /** The session is held; its summary counts (for the reports) follow the entries in the same transaction. */
    private void markHeld(long sessionId, String topic, Map<Long, AttendanceStatus> entries) {
        long present = entries.values().stream().filter(s -> s == AttendanceStatus.PRESENT).count();
        long recorded = entries.values().stream().filter(Objects::nonNull).count();
        sql("""
                UPDATE course_session
                SET attendance_version = attendance_version + 1, version = version + 1, status = 'HELD', topic = ?,
                    present_count = ?, recorded_count = ?, attendance_saved_at = ?, attendance_saved_by = ?
                WHERE id = ?""")
                .param(topic).param(present).param(recorded)
                .param(Today.utcNow()).param(caller.id())
                .param(sessionId).update();
    }

    /** Replaces the saved entries by the new ones with one DELETE and one multi-row upsert; returns how many changed. */
    private int writeEntries(long sessionId, Map<Long, AttendanceStatus> before, Map<Long, AttendanceStatus> after) {
        List<Long> removed = before.keySet().stream().filter(id -> after.get(id) == null).toList();
        Map<Long, AttendanceStatus> upserts = new LinkedHashMap<>();
        after.forEach((id, status) -> {
            if (status != null && status != before.get(id)) {
                upserts.put(id, status);
            }
        });
        if (!removed.isEmpty()) {
            sql("DELETE FROM attendance WHERE session_id = ? AND participant_id IN ("
                            + String.join(",", removed.stream().map(String::valueOf).toList()) + ")")
                    .param(sessionId).update();
        }
        if (!upserts.isEmpty()) {
            var upsert = sql("INSERT INTO attendance (session_id, participant_id, status) VALUES "
                    + String.join(", ", Collections.nCopies(upserts.size(), "(?, ?, ?)"))
                    + " ON DUPLICATE KEY UPDATE status = VALUES(status)");
            upserts.forEach((id, status) -> upsert.param(sessionId).param(id).param(status.name()));
            upsert.update();
        }
        return removed.size() + upserts.size();
    }

    /**
     * Keeps course_presence (V040, read by the usage report) equal to the entries; runs after markHeld,
     * so this session counts. Whoever became PRESENT widens their row to this date. Whoever is no longer
     * PRESENT gets first and last day recomputed from the course's held sessions (read course first: a
     * person's attendance in other courses does not matter). The course row is locked by
     * {@link #facts}, so no other save of this course changes these rows meanwhile.
     */
    private void updatePresence(SessionFacts session, Map<Long, AttendanceStatus> before, Map<Long, AttendanceStatus> after) {
        List<Long> nowPresent = new ArrayList<>();
        List<String> noLongerPresent = new ArrayList<>();
        for (Long id : after.keySet()) {
            boolean was = before.get(id) == AttendanceStatus.PRESENT;
            boolean is = after.get(id) == AttendanceStatus.PRESENT;
            if (is && !was) {
                nowPresent.add(id);
            } else if (was && !is) {
                noLongerPresent.add(String.valueOf(id));
            }
        }
        if (!nowPresent.isEmpty()) {
            var upsert = sql("INSERT INTO course_presence (course_id, participant_id, first_present, last_present) VALUES "
                    + String.join(", ", Collections.nCopies(nowPresent.size(), "(?, ?, ?, ?)"))
                    + " ON DUPLICATE KEY UPDATE first_present = LEAST(first_present, VALUES(first_present)),"
                    + " last_present = GREATEST(last_present, VALUES(last_present))");
            for (Long id : nowPresent) {
                upsert.param(session.courseId()).param(id)
                        .param(session.date()).param(session.date());
            }
            upsert.update();
        }
        if (!noLongerPresent.isEmpty()) {
            String ids = String.join(",", noLongerPresent);
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
    private void recordChanges(long sessionId, Map<Long, AttendanceStatus> before, Map<Long, AttendanceStatus> after,
                               String previousTopic, String topic) {
        List<Object[]> rows = new ArrayList<>();
        for (Long participantId : after.keySet()) {
            if (before.get(participantId) != after.get(participantId)) {
                rows.add(new Object[] {participantId, name(before.get(participantId)), name(after.get(participantId))});
            }
        }
        if (!Objects.equals(previousTopic, topic)) {
            rows.add(new Object[] {null, previousTopic, topic});
        }
        if (rows.isEmpty()) {
            return;
        }
        var insert = sql("INSERT INTO attendance_change "
                + "(session_id, participant_id, old_value, new_value, changed_by, changed_at) VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?)")));
        long actor = caller.id();
        var now = Today.utcNow();
        for (Object[] row : rows) {
            insert.param(sessionId).param(row[0]).param(row[1])
                    .param(row[2]).param(actor).param(now);
        }
        insert.update();
    }

    private static String name(AttendanceStatus status) {
        return status == null ? null : status.name();
    }

}
