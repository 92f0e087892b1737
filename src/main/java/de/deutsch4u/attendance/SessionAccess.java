package de.deutsch4u.attendance;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Today;
import de.deutsch4u.config.AppSettings;
import de.deutsch4u.config.DataSourceConfig;
import de.deutsch4u.course.SessionStatus;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;

/**
 * Whether the caller may see a session's sheet ({@link #facts}) and record it now ({@link #requireMayRecord}).
 * Called by the attendance services, which carry the roles and the transaction.
 */
@ApplicationScoped
class SessionAccess {

    @Inject
    private Caller caller;

    @Inject
    private AppSettings settings;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    private DataSource dataSource;

    /**
     * What the checks need to know of a session, in one query; outside the caller's scope: 404. With
     * {@code forSave} the query locks the session row and its course's row: saves of one course, and a
     * month closing (which locks the course row too), run one after the other, and the version read here
     * stays the current one until commit. (A shared lock let two saves of one course deadlock on
     * course_presence.)
     */
    SessionFacts facts(long sessionId, boolean forSave) {
        long me = caller.id();
        List<Object[]> found = new NativeSql(dataSource, """
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
        Object[] row = found.get(0);
        SessionFacts facts = new SessionFacts(sessionId, ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((java.sql.Date) row[2]).toLocalDate(), SessionStatus.valueOf((String) row[3]), ((Number) row[4]).longValue(),
                ((Number) row[5]).intValue(), (String) row[6], ((Number) row[8]).intValue() == 1);
        boolean teachesCourse = ((Number) row[7]).intValue() == 1;
        if (!caller.canSeeProvider(facts.providerId()) || (caller.role() == Role.TEACHER && !teachesCourse)) {
            throw BusinessException.notFound("session.notFound", sessionId);
        }
        return facts;
    }

    /** Refuses (409 or 403) when the caller may not record this session's attendance now. */
    void requireMayRecord(SessionFacts session) {
        boolean teacher = caller.role() == Role.TEACHER;
        AttendanceRules.requireMayRecord(session, teacher, teacher && session.effectiveTeacherId() == caller.id(),
                Today.date(), settings.attendanceCorrectionDays());
    }

    /** Why the caller may not record this session now, or null when they may. */
    BusinessException refusal(SessionFacts session) {
        try {
            requireMayRecord(session);
            return null;
        } catch (BusinessException e) {
            return e;
        }
    }
}
