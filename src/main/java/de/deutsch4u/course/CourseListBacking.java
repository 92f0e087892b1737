package de.deutsch4u.course;

import de.deutsch4u.common.Today;
import de.deutsch4u.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** /courses/list.xhtml: the courses in the caller's scope, filtered by period, sortable and paginated. */
@Named
@ViewScoped
public class CourseListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseService courseService;

    @Inject
    private Caller caller;

    private List<CourseRow> courses;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void load() {
        LocalDate today = Today.date();
        List<Course> found = courseService.list(new CourseFilter(null, null, null, null, from, to));
        Map<Long, Long> enrolled = courseService.enrolledCounts(found);
        courses = found.stream()
                .map(c -> CourseRow.of(
                        c, today, enrolled.getOrDefault(c.getId(), 0L).intValue()))
                .toList();
    }

    public void filter() {
        load();
    }

    public boolean isPlanner() {
        return caller.managesProviderData();
    }

    public List<CourseLevel> getLevels() {
        return List.of(CourseLevel.values());
    }

    public List<CourseStatus> getStatuses() {
        return List.of(CourseStatus.values());
    }

    public List<CourseRow> getCourses() {
        return courses;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** One row of the list: plain values, so the table can sort and filter them. */
    public static final class CourseRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String title;
        private final CourseLevel level;
        private final String location;
        private final String district;
        private final String teacher;
        private final LocalDate startDate;
        private final LocalDate endDate;
        private final CourseStatus status;
        private final int capacity;
        private final int freePlaces;

        /** The row of a course, with the free places left by its {@code enrolled} participants. */
        public static CourseRow of(Course c, LocalDate today, int enrolled) {
            return new CourseRow(c, today, enrolled);
        }

        private CourseRow(Course c, LocalDate today, int enrolled) {
            id = c.getId();
            title = c.getTitle();
            level = c.getLevel();
            location = c.getLocation().getName();
            district = c.getLocation().getDistrict().getName();
            teacher = c.getTeacher().getDisplayName();
            startDate = c.getStartDate();
            endDate = c.getEndDate();
            status = c.statusOn(today);
            capacity = c.getCapacity();
            freePlaces = Math.max(0, c.getCapacity() - enrolled);
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public CourseLevel getLevel() {
            return level;
        }

        public String getLocation() {
            return location;
        }

        public String getDistrict() {
            return district;
        }

        public String getTeacher() {
            return teacher;
        }

        public LocalDate getStartDate() {
            return startDate;
        }

        public LocalDate getEndDate() {
            return endDate;
        }

        public CourseStatus getStatus() {
            return status;
        }

        public int getCapacity() {
            return capacity;
        }

        public int getFreePlaces() {
            return freePlaces;
        }
    }
}
