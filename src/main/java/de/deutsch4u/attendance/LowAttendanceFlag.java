package de.deutsch4u.attendance;

import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The low-attendance notice on the course page, for the provider's staff. */
@Named
@RequestScoped
public class LowAttendanceFlag {

    @Inject
    private AttendanceSummaryService summaries;

    @Inject
    private Caller caller;

    private Long count;

    /** How many enrolled participants attended less than the threshold lately; 0 for PROGRAMME and DISTRICT. */
    public long count(long courseId) {
        if (count == null) {
            count = caller.role() == Role.PROGRAMME || caller.isDistrict()
                    ? 0L
                    : summaries.participants(courseId).stream()
                            .filter(ParticipantAttendance::lowAttendance)
                            .count();
        }
        return count;
    }
}
