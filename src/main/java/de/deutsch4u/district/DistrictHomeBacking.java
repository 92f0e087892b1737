package de.deutsch4u.district;

import de.deutsch4u.common.Today;
import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.course.Course;
import de.deutsch4u.course.CourseFilter;
import de.deutsch4u.course.CourseListBacking.CourseRow;
import de.deutsch4u.course.CourseService;
import de.deutsch4u.course.CourseStatus;
import de.deutsch4u.report.GroupBy;
import de.deutsch4u.report.UsageFigures;
import de.deutsch4u.report.UsageQuery;
import de.deutsch4u.report.UsageReportService;
import de.deutsch4u.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The start page of a DISTRICT account (contract §11): its districts, the courses there that have not ended
 * (free places first), and the key figures of this year so far. Every query is limited to its districts.
 */
@Named
@ViewScoped
public class DistrictHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseService courseService;

    @Inject
    private UsageReportService usageReports;

    @Inject
    private DistrictService districtService;

    @Inject
    private Caller caller;

    private List<String> districtNames;
    private List<CourseRow> courses;
    private UsageFigures yearFigures;

    @PostConstruct
    void load() {
        LocalDate today = Today.date();
        districtNames = caller.districtIds().stream()
                .map(id -> districtService.find(id).map(District::getName).orElse(String.valueOf(id)))
                .sorted()
                .toList();
        List<Course> open = courseService.list(new CourseFilter(null, null, null, null, today, null));
        Map<Long, Long> enrolled = courseService.enrolledCounts(open);
        courses = open.stream()
                .map(c -> CourseRow.of(
                        c, today, enrolled.getOrDefault(c.getId(), 0L).intValue()))
                .filter(row -> row.getStatus() != CourseStatus.CANCELLED)
                .sorted((a, b) -> Integer.compare(b.getFreePlaces(), a.getFreePlaces()))
                .toList();
        yearFigures = usageReports
                .usage(new UsageQuery(today.withDayOfYear(1), today, GroupBy.DISTRICT, null), PageLocale.current())
                .getTotals();
    }

    /** The districts as one line, e.g. "Darmstadt, Offenbach am Main". */
    public String getDistricts() {
        return String.join(", ", districtNames);
    }

    public List<CourseRow> getCourses() {
        return courses;
    }

    public long getCoursesWithFreePlaces() {
        return courses.stream().filter(row -> row.getFreePlaces() > 0).count();
    }

    public int getFreePlaces() {
        return courses.stream().mapToInt(CourseRow::getFreePlaces).sum();
    }

    public UsageFigures getYearFigures() {
        return yearFigures;
    }
}
