package de.deutsch4u.course;

import de.deutsch4u.common.Today;
import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /courses/detail.xhtml?id=: a course with its sessions; planners cancel sessions or the course. */
@Named
@ViewScoped
public class CourseDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseService courseService;

    @Inject
    private SessionService sessionService;

    @Inject
    private Caller caller;

    @Inject
    private FacesMessages messages;

    private Long id;
    private Course course;
    private CourseService.CourseFigures figures;
    private List<CourseSession> sessions;
    private Long sessionToCancel;
    private String reason;

    /** {@code <f:viewAction>}: an unknown id or one outside the caller's scope is a 404 page. */
    public void load() {
        reload();
    }

    public void startCancelSession(CourseSession session) {
        sessionToCancel = session.getId();
        reason = null;
    }

    public void startCancelCourse() {
        sessionToCancel = null;
        reason = null;
    }

    public void cancel() {
        if (sessionToCancel == null) {
            courseService.cancel(id, reason);
            messages.info("courses_detail.message.info.courseCancelled");
        } else {
            sessionService.cancel(sessionToCancel, reason);
            messages.info("courses_detail.message.info.sessionCancelled");
        }
        reload();
    }

    /** Shows the current state after a change made on this page. */
    public void refresh() {
        reload();
    }

    private void reload() {
        course = courseService.get(id);
        figures = courseService.figures(id);
        sessions = courseService.sessions(id);
    }

    /** Attendance can be recorded from the session's date on. */
    public boolean isFuture(CourseSession session) {
        return session.getDate().isAfter(Today.date());
    }

    /** Shown in the public finder now, so that its flyer can be printed. */
    public boolean isInFinder() {
        return course.isPublicListing()
                && course.getStatus() != CourseStatus.DRAFT
                && !course.isCancelled()
                && !course.getEndDate().isBefore(Today.date());
    }

    public boolean isPlanner() {
        return caller.managesProviderData();
    }

    public CourseStatus getStatus() {
        return course.statusOn(Today.date());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Course getCourse() {
        return course;
    }

    public CourseService.CourseFigures getFigures() {
        return figures;
    }

    public List<CourseSession> getSessions() {
        return sessions;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
