package de.deutsch4u.attendance;

import de.deutsch4u.course.CourseSession;
import de.deutsch4u.course.SessionService;
import de.deutsch4u.enrollment.EnrollmentService;
import de.deutsch4u.participant.Participant;
import de.deutsch4u.participant.ParticipantData;
import de.deutsch4u.participant.ParticipantService;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Walk-ins added from an attendance sheet (low-threshold courses). */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
public class WalkInService {

    @Inject
    private SessionAccess access;

    @Inject
    private SessionService sessions;

    @Inject
    private ParticipantService participants;

    @Inject
    private EnrollmentService enrollments;

    /**
     * A person registered with minimal data and consent from the sheet, enrolled from the session's date
     * if a place is free; all in one transaction, or nothing. Only whoever may record the session now.
     */
    public Participant addWalkIn(long sessionId, ParticipantData data) {
        access.requireMayRecord(access.facts(sessionId, false));
        CourseSession session = sessions.get(sessionId);
        Participant participant =
                participants.registerWalkIn(session.getCourse().getProvider(), data);
        enrollments.enrollWalkIn(session.getCourse().getId(), participant, session.getDate());
        return participant;
    }
}
