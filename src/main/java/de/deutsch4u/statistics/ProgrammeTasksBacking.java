package de.deutsch4u.statistics;

import de.deutsch4u.common.Today;
import de.deutsch4u.common.web.StartTask;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The programme's start page card "Zu erledigen" (issue 14): months not closed yet, per provider. */
@Named
@RequestScoped
public class ProgrammeTasksBacking {

    @Inject
    private OpenMonthsService openMonths;

    private List<StartTask> all;

    /** Months that have ended (up to the end of last month) and are not closed, per provider. */
    public List<StartTask> getTasks() {
        if (all == null) {
            all = List.of(StartTask.withAction(
                    "openMonths",
                    "home.tasks.openMonths",
                    openMonths.openMonthsByProvider(
                            Today.date().withDayOfMonth(1).minusDays(1)),
                    "/reports/statistics",
                    "home.tasks.toStatistics"));
        }
        return all;
    }
}
