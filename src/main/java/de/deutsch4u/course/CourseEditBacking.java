package de.deutsch4u.course;

import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.location.Location;
import de.deutsch4u.location.LocationService;
import de.deutsch4u.location.Room;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.provider.ProviderService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import de.deutsch4u.user.UserAccount;
import de.deutsch4u.user.UserService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** /courses/edit.xhtml: plan a new course (or change one, ?id=), preview its sessions, save. */
@Named
@ViewScoped
public class CourseEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseService courseService;

    @Inject
    private LocationService locationService;

    @Inject
    private UserService userService;

    @Inject
    private ProviderService providerService;

    @Inject
    private Caller caller;

    @Inject
    private FacesMessages messages;

    private Long id;
    private CourseData course = new CourseData();
    private List<Provider> providers;
    private List<Location> locations = List.of();
    private List<UserAccount> teachers = List.of();
    private CourseService.CourseFigures preview;

    @PostConstruct
    void init() {
        course.setLevel(CourseLevel.A1);
        course.setFundingLine(FundingLine.STATE);
        course.setStartTime(LocalTime.of(9, 0));
        course.setEndTime(LocalTime.of(12, 0));
        course.setUnitsPerSession(4);
        course.setCapacity(15);
        if (caller.role() == Role.ADMIN) {
            providers = providerService.list();
        } else {
            providers = List.of();
            course.setProviderId(caller.providerId());
            loadProviderChoices();
        }
    }

    /** {@code <f:viewAction>}: with {@code ?id=} the page changes that course instead of creating one. */
    public void load() {
        if (id == null) {
            return;
        }
        course = CourseData.of(courseService.get(id));
        loadChoices();
    }

    public void loadProviderChoices() {
        loadChoices();
        course.setLocationId(null);
        course.setRoomId(null);
        course.setTeacherId(null);
        preview = null;
    }

    private void loadChoices() {
        Long provider = course.getProviderId();
        locations = provider == null
                ? List.of()
                : locationService.list(provider, null).stream()
                        .filter(Location::isActive)
                        .toList();
        teachers = provider == null ? List.of() : userService.teachers(provider);
    }

    public void locationChanged() {
        course.setRoomId(null);
        preview = null;
    }

    public void showPreview() {
        preview = null;
        preview = courseService.preview(course);
    }

    public String save() {
        Course saved = id == null ? courseService.create(course) : courseService.update(id, course);
        messages.flashInfo(
                id == null ? "courses_edit.message.info.created" : "courses_edit.message.info.saved", saved.getTitle());
        return "/courses/detail?faces-redirect=true&id=" + saved.getId();
    }

    public List<Room> getRooms() {
        return locations.stream()
                .filter(l -> l.getId().equals(course.getLocationId()))
                .findFirst()
                .map(Location::getRooms)
                .orElse(List.of());
    }

    public boolean isProviderSelectable() {
        return caller.role() == Role.ADMIN && id == null;
    }

    public boolean isExisting() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<DayOfWeek> getAllWeekdays() {
        return List.of(DayOfWeek.values());
    }

    public List<CourseLevel> getLevels() {
        return List.of(CourseLevel.values());
    }

    public List<FundingLine> getFundingLines() {
        return List.of(FundingLine.values());
    }

    public List<String> getOfferedLanguages() {
        return SupportLanguages.OFFERED;
    }

    public String languageName(String code) {
        return SupportLanguages.name(code, PageLocale.current());
    }

    public CourseData getCourse() {
        return course;
    }

    public List<Provider> getProviders() {
        return providers;
    }

    public List<Location> getLocations() {
        return locations;
    }

    public List<UserAccount> getTeachers() {
        return teachers;
    }

    public CourseService.CourseFigures getPreview() {
        return preview;
    }
}
