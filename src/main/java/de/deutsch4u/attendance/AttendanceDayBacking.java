package de.deutsch4u.attendance;

import de.deutsch4u.common.Today;
import de.deutsch4u.course.CourseSession;
import de.deutsch4u.course.SessionStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The day view (/attendance/today.xhtml and the teacher's start page): today's and overdue sessions. */
@Named
@RequestScoped
public class AttendanceDayBacking {

    @Inject
    private AttendanceDayService attendance;

    /** How many days after today the teacher's start page lists. */
    static final int COMING_DAYS = 7;

    private List<CourseSession> sessions;
    private List<CourseSession> coming;

    public List<CourseSession> getToday() {
        return all().stream().filter(s -> s.getDate().equals(Today.date())).toList();
    }

    /** Past sessions without attendance: flagged, newest first. */
    public List<CourseSession> getOverdue() {
        return all().stream()
                .filter(s -> s.getDate().isBefore(Today.date()) && s.getStatus() == SessionStatus.PLANNED)
                .toList();
    }

    /** The teacher's sessions of the next days, for the start page. */
    public List<CourseSession> getComing() {
        if (coming == null) {
            coming = attendance.comingDays(COMING_DAYS);
        }
        return coming;
    }

    private List<CourseSession> all() {
        if (sessions == null) {
            sessions = attendance.dayView();
        }
        return sessions;
    }
}
