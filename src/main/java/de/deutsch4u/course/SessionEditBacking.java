package de.deutsch4u.course;

import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.user.UserAccount;
import de.deutsch4u.user.UserService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The session dialogs of /courses/detail.xhtml: move a session or change its time and units, set a
 * substitute (Vertretung), add a make-up session. Every change is checked for clashes by the service.
 */
@Named
@ViewScoped
public class SessionEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionService sessionService;

    @Inject
    private UserService userService;

    @Inject
    private FacesMessages messages;

    @Inject
    private CourseDetailBacking detail;

    private Long sessionId;
    private SessionChangeData change = new SessionChangeData();
    private Long substituteId;
    private List<UserAccount> teachers = List.of();

    public void startChange(CourseSession session) {
        sessionId = session.getId();
        change = new SessionChangeData();
        change.setDate(session.getDate());
        change.setStartTime(session.getStartTime());
        change.setEndTime(session.getEndTime());
        change.setUnits(session.getUnits());
    }

    public void startMakeup() {
        Course course = detail.getCourse();
        sessionId = null;
        change = new SessionChangeData();
        change.setStartTime(course.getStartTime());
        change.setEndTime(course.getEndTime());
        change.setUnits(course.getUnitsPerSession());
    }

    public void saveChange() {
        if (sessionId == null) {
            sessionService.addMakeup(detail.getId(), change);
            messages.info("courses_detail.message.info.makeupAdded");
        } else {
            sessionService.change(sessionId, change);
            messages.info("courses_detail.message.info.sessionChanged");
        }
        detail.refresh();
    }

    public void startSubstitute(CourseSession session) {
        sessionId = session.getId();
        substituteId = session.getSubstituteTeacher() == null
                ? null
                : session.getSubstituteTeacher().getId();
        long teacherOfCourse = detail.getCourse().getTeacher().getId();
        teachers = userService.teachers(detail.getCourse().getProviderId()).stream()
                .filter(t -> t.getId() != teacherOfCourse)
                .toList();
    }

    public void saveSubstitute() {
        sessionService.substitute(sessionId, substituteId);
        messages.info("courses_detail.message.info.substituteSaved");
        detail.refresh();
    }

    public boolean isMakeup() {
        return sessionId == null;
    }

    public SessionChangeData getChange() {
        return change;
    }

    public Long getSubstituteId() {
        return substituteId;
    }

    public void setSubstituteId(Long substituteId) {
        this.substituteId = substituteId;
    }

    public List<UserAccount> getTeachers() {
        return teachers;
    }
}
