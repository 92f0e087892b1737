package de.deutsch4u.course;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Messages;
import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.daysoff.Closure;
import de.deutsch4u.daysoff.ClosureService;
import de.deutsch4u.daysoff.HessianHolidays;
import de.deutsch4u.location.Location;
import de.deutsch4u.location.LocationService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import de.deutsch4u.user.SignedInUser;
import de.deutsch4u.user.UserAccount;
import de.deutsch4u.user.UserService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleModel;

/**
 * /calendar/view.xhtml: the sessions of a location ({@code ?locationId=}) or of a teacher
 * ({@code ?teacherId=}; a TEACHER always sees their own timetable), week or month, loaded per visible range.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseService courseService;

    @Inject
    private LocationService locationService;

    @Inject
    private UserService userService;

    @Inject
    private ClosureService closureService;

    @Inject
    private Caller caller;

    @Inject
    private SignedInUser signedInUser;

    private Long locationId;
    private Long teacherId;
    private String heading;
    private ScheduleModel model;

    /** {@code <f:viewAction>} (and the teacher's start page); ids outside the caller's scope give a 404 page. */
    public void load() {
        if (caller.role() == Role.TEACHER) {
            teacherId = caller.id();
            locationId = null;
        }
        Long providerId;
        if (locationId != null) {
            Location location = locationService.get(locationId);
            heading = location.getName();
            providerId = location.getProviderId();
        } else if (teacherId != null && caller.role() != Role.PROGRAMME) {
            UserAccount teacher = teacherId.equals(caller.id()) ? signedInUser.account() : userService.get(teacherId);
            heading = teacher.getDisplayName();
            providerId = teacher.getProviderId();
        } else {
            throw BusinessException.notFound("notFound");
        }
        Locale locale = PageLocale.current();
        List<Closure> closures = closureService.list(providerId);
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                for (CourseSession s :
                        courseService.sessionsBetween(locationId, teacherId, start.toLocalDate(), end.toLocalDate())) {
                    boolean cancelled = s.getStatus() == SessionStatus.CANCELLED;
                    String title = s.getCourse().getTitle()
                            + (cancelled ? " – " + Messages.get(locale, "SessionStatus.CANCELLED") : "");
                    addEvent(DefaultScheduleEvent.builder()
                            .id(String.valueOf(s.getId()))
                            .title(title)
                            .startDate(s.getDate().atTime(s.getStartTime()))
                            .endDate(s.getDate().atTime(s.getEndTime()))
                            .description(s.getCourse().getLocation().getName())
                            .styleClass(
                                    cancelled
                                            ? "event-cancelled"
                                            : "event-" + s.getStatus().name().toLowerCase(Locale.ROOT))
                            .url(FacesContext.getCurrentInstance()
                                            .getExternalContext()
                                            .getRequestContextPath() + "/courses/detail.xhtml?id="
                                    + s.getCourse().getId())
                            .build());
                }
                addDaysOff(this, start.toLocalDate(), end.toLocalDate(), closures);
            }
        };
    }

    /** Holidays and the provider's closures as background events, so gaps in the plan explain themselves. */
    private static void addDaysOff(ScheduleModel model, LocalDate from, LocalDate to, List<Closure> closures) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            HessianHolidays.of(year).forEach((day, name) -> {
                if (!day.isBefore(from) && day.isBefore(to)) {
                    model.addEvent(background(name, day, day, "event-holiday"));
                }
            });
        }
        closures.stream()
                .filter(c -> !c.getTo().isBefore(from) && c.getFrom().isBefore(to))
                .forEach(c -> model.addEvent(background(c.getReason(), c.getFrom(), c.getTo(), "event-closure")));
    }

    private static DefaultScheduleEvent<?> background(String title, LocalDate from, LocalDate to, String styleClass) {
        return DefaultScheduleEvent.builder()
                .title(title)
                .startDate(from.atStartOfDay())
                .endDate(to.plusDays(1).atStartOfDay())
                .allDay(true)
                .display(ScheduleDisplayMode.BACKGROUND)
                .styleClass(styleClass)
                .build();
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    /** A teacher's own timetable opens as a list (readable on a phone); other calendars as a week grid. */
    public String getView() {
        return caller.role() == Role.TEACHER ? "listWeek" : "timeGridWeek";
    }

    public String getHeading() {
        return heading;
    }

    public ScheduleModel getModel() {
        return model;
    }
}
