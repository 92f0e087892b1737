package de.deutsch4u.attendance;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import de.deutsch4u.config.AppSettings;
import de.deutsch4u.course.SessionStatus;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

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

    @Inject
    private Sql sql;

    /** The facts and whether the caller teaches the course (its teacher, or a substitute of one of its sessions). */
    private record Found(SessionFacts facts, boolean teachesCourse) {}

    /**
     * What the checks need to know of a session, in one query; outside the caller's scope: 404. With
     * {@code forSave} the query locks the session row and its course's row: saves of one course, and a
     * month closing (which locks the course row too), run one after the other, and the version read here
     * stays the current one until commit. (A shared lock let two saves of one course deadlock on
     * course_presence.)
     */
    SessionFacts facts(long sessionId, boolean forSave) {
        Found found = sql.withHandle(handle -> handle.createQuery(
                        Sql.file("attendance/session-facts.sql") + (forSave ? " FOR UPDATE" : ""))
                .bind("me", caller.id())
                .bind("session", sessionId)
                .map((rs, ctx) -> new Found(
                        new SessionFacts(
                                sessionId,
                                rs.getLong("course_id"),
                                rs.getLong("provider_id"),
                                rs.getObject("session_date", LocalDate.class),
                                SessionStatus.valueOf(rs.getString("status")),
                                rs.getLong("effective_teacher_id"),
                                rs.getInt("attendance_version"),
                                rs.getString("topic"),
                                rs.getBoolean("month_closed")),
                        rs.getBoolean("teaches_course")))
                .findOne()
                .orElseThrow(() -> BusinessException.notFound("session.notFound", sessionId)));
        SessionFacts facts = found.facts();
        if (!caller.canSeeProvider(facts.providerId()) || (caller.role() == Role.TEACHER && !found.teachesCourse())) {
            throw BusinessException.notFound("session.notFound", sessionId);
        }
        return facts;
    }

    /** Refuses (409 or 403) when the caller may not record this session's attendance now. */
    void requireMayRecord(SessionFacts session) {
        boolean teacher = caller.role() == Role.TEACHER;
        AttendanceRules.requireMayRecord(
                session,
                teacher,
                teacher && session.effectiveTeacherId() == caller.id(),
                Today.date(),
                settings.attendanceCorrectionDays());
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
