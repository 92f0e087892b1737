package de.deutsch4u.attendance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The provider's start page card "Zu erledigen": counted once per request. */
@Named
@RequestScoped
public class ProviderTasksBacking {

    @Inject
    private ProviderTasksService tasks;

    private Long unrecordedSessions;
    private Integer monthsToClose;

    public long getUnrecordedSessions() {
        if (unrecordedSessions == null) {
            unrecordedSessions = tasks.unrecordedSessions();
        }
        return unrecordedSessions;
    }

    public int getMonthsToClose() {
        if (monthsToClose == null) {
            monthsToClose = tasks.monthsToClose();
        }
        return monthsToClose;
    }
}
