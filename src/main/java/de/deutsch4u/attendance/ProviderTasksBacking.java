package de.deutsch4u.attendance;

import de.deutsch4u.common.web.StartTask;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The provider's start page card "Zu erledigen" (issue 14): each task with its lines, read once per request. */
@Named
@RequestScoped
public class ProviderTasksBacking {

    @Inject
    private ProviderTasksService tasks;

    private List<StartTask> all;

    public List<StartTask> getTasks() {
        if (all == null) {
            all = List.of(
                    StartTask.withAction(
                            "unrecordedSessions",
                            "home.tasks.unrecordedSessions",
                            tasks.unrecordedSessionsByTeacher(),
                            "/attendance/today",
                            "home.tasks.toDayView"),
                    StartTask.withLineLinks(
                            "monthsToClose",
                            "home.tasks.monthsToClose",
                            tasks.monthsToCloseByCourse(),
                            "/courses/attendance"),
                    StartTask.withLineLinks(
                            "freePlacesWithWaitingList",
                            "home.tasks.freePlacesWithWaitingList",
                            tasks.freePlacesWithWaitingList(),
                            "/courses/participants"),
                    StartTask.withLineLinks(
                            "lowAttendance",
                            "home.tasks.lowAttendance",
                            tasks.lowAttendanceByCourse(),
                            "/courses/attendance"));
        }
        return all;
    }
}
